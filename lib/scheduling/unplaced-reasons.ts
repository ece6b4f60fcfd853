// Why a meeting stayed out of a schedule, in terms an organizer can act on: no table has the interpreter the
// pair needs; the two firms have no slot in which both can meet; every slot both could use is taken by their
// other meetings; or in those slots every suitable table is taken.
import type { Instance, Schedule } from "./instance";

export type UnplacedReason = "noInterpreter" | "noCommonSlot" | "partnersBusy" | "noTable";

export function unplacedReasons(inst: Instance, schedule: Schedule): Map<string, UnplacedReason> {
  const unavailable = new Map(inst.participants.map((p) => [p.id, new Set(p.unavailable)]));
  const meetingById = new Map(inst.meetings.map((m) => [m.id, m]));
  const busy = new Set<string>();
  const tablesTaken = new Map<string, Set<string>>();
  for (const a of schedule.assignments) {
    const m = meetingById.get(a.meeting);
    if (!m) continue;
    for (const p of m.participants) busy.add(`${p}@${a.slot}`);
    if (!tablesTaken.has(a.slot)) tablesTaken.set(a.slot, new Set());
    tablesTaken.get(a.slot)!.add(a.table);
  }
  const out = new Map<string, UnplacedReason>();
  for (const id of schedule.unscheduled) {
    const m = meetingById.get(id);
    if (!m) continue;
    const suitable = inst.tables.filter((t) => !m.interpreter || t.interpreter === m.interpreter);
    if (suitable.length === 0) {
      out.set(id, "noInterpreter");
      continue;
    }
    const common = inst.slots.filter(
      (s) => (!m.session || s.session === m.session) && m.participants.every((p) => !unavailable.get(p)?.has(s.id)),
    );
    if (common.length === 0) {
      out.set(id, "noCommonSlot");
      continue;
    }
    const bothFree = common.filter((s) => m.participants.every((p) => !busy.has(`${p}@${s.id}`)));
    out.set(id, bothFree.length === 0 ? "partnersBusy" : "noTable");
  }
  return out;
}
