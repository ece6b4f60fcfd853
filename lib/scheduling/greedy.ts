// The plain greedy placement the scheduler is measured against: meetings by priority (then as listed), each
// in the earliest slot where both firms and a table are free.
import type { Instance, Schedule } from "./instance";
import { compile, emptyState, free, place, toSchedule } from "./model";

export function greedySchedule(inst: Instance): Schedule {
  const model = compile(inst);
  const st = emptyState(model);
  const slotIndex = new Map(inst.slots.map((s, i) => [s.id, i]));
  const index = new Map(inst.meetings.map((m, i) => [m.id, i]));
  for (const f of inst.fixed) place(model, st, index.get(f.meeting)!, slotIndex.get(f.slot)!);
  const order = inst.meetings.map((_, i) => i).sort((x, y) => model.priority[y]! - model.priority[x]! || x - y);
  for (const m of order) {
    if (st.slotOf[m]! >= 0) continue;
    for (const s of model.allowed[m]!) {
      if (free(model, st, m, s)) {
        place(model, st, m, s);
        break;
      }
    }
  }
  return toSchedule(model, st);
}
