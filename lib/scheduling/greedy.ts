// The plain greedy placement the scheduler is measured against, and its last resort: meetings by priority
// (then as listed), each in the earliest slot where both firms and a table are free.
import type { Instance, Schedule } from "./instance";
import { compile, fixedState, free, place, toSchedule } from "./model";

export function greedySchedule(inst: Instance): Schedule {
  const model = compile(inst);
  const st = fixedState(model);
  const order = inst.meetings.map((_, i) => i).sort((x, y) => model.priority[y]! - model.priority[x]! || x - y);
  for (const m of order) {
    if (st.slotOf[m]! >= 0 || st.fixed[m]) continue;
    for (const s of model.allowed[m]!) {
      if (free(model, st, m, s)) {
        place(model, st, m, s);
        break;
      }
    }
  }
  return toSchedule(model, st);
}
