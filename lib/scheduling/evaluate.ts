// Checks a schedule against an instance (the hard rules) and measures it (the objectives), as the format
// defines them: weighted count of placed meetings, then breaks (maximal runs of idle slots strictly between
// two of a participant's meetings within one session), in total and for the worst participant.
import type { Instance, Schedule } from "./instance";

export type Evaluation = {
  valid: boolean;
  violations: string[];
  meetings: number;
  scheduled: number;
  weighted: number;
  breaks: number;
  maxBreaks: number;
};

export function evaluate(inst: Instance, schedule: Schedule): Evaluation {
  const violations: string[] = [];
  const slotIndex = new Map(inst.slots.map((s, i) => [s.id, i]));
  const table = new Map(inst.tables.map((t) => [t.id, t]));
  const meeting = new Map(inst.meetings.map((m) => [m.id, m]));
  const unavailable = new Map(inst.participants.map((p) => [p.id, new Set(p.unavailable)]));
  const seen = new Set<string>();
  const busy = new Set<string>();
  const tableBusy = new Set<string>();
  const perPerson = new Map<string, number[]>();
  let weighted = 0;
  for (const a of schedule.assignments) {
    const m = meeting.get(a.meeting);
    const s = slotIndex.get(a.slot);
    const t = table.get(a.table);
    if (!m || s === undefined || !t) {
      violations.push(`${a.meeting}: unknown meeting, slot or table`);
      continue;
    }
    if (seen.has(a.meeting)) violations.push(`${a.meeting}: placed twice`);
    seen.add(a.meeting);
    if (tableBusy.has(`${a.table}@${a.slot}`)) violations.push(`table ${a.table} holds two meetings in ${a.slot}`);
    tableBusy.add(`${a.table}@${a.slot}`);
    for (const p of m.participants) {
      if (busy.has(`${p}@${a.slot}`)) violations.push(`${p} is in two meetings in ${a.slot}`);
      busy.add(`${p}@${a.slot}`);
      if (unavailable.get(p)?.has(a.slot)) violations.push(`${p} is unavailable in ${a.slot} (${a.meeting})`);
      perPerson.set(p, [...(perPerson.get(p) ?? []), s]);
    }
    if (m.session && inst.slots[s]!.session !== m.session)
      violations.push(`${a.meeting} is outside its session ${m.session}`);
    if (m.interpreter && t.interpreter !== m.interpreter)
      violations.push(`${a.meeting} needs a ${m.interpreter} interpreter, table ${a.table} has none`);
    weighted += m.priority;
  }
  for (const id of schedule.unscheduled) {
    if (!meeting.has(id)) violations.push(`${id}: unknown meeting`);
    if (seen.has(id)) violations.push(`${id}: both placed and unscheduled`);
    seen.add(id);
  }
  for (const m of inst.meetings) if (!seen.has(m.id)) violations.push(`${m.id}: neither placed nor unscheduled`);
  const placed = new Map(schedule.assignments.map((a) => [a.meeting, a]));
  for (const f of inst.fixed) {
    const a = placed.get(f.meeting);
    if (!a || a.slot !== f.slot || (f.table && a.table !== f.table)) violations.push(`fixed ${f.meeting} not kept`);
  }
  const { breaks, maxBreaks } = countBreaks(inst, perPerson);
  return {
    valid: violations.length === 0,
    violations,
    meetings: inst.meetings.length,
    scheduled: schedule.assignments.length,
    weighted,
    breaks,
    maxBreaks,
  };
}

/** Breaks per participant: idle runs strictly between two meetings of one session. */
export function countBreaks(inst: Instance, slotsOf: Map<string, number[]>): { breaks: number; maxBreaks: number } {
  let breaks = 0;
  let maxBreaks = 0;
  for (const slots of slotsOf.values()) {
    const sorted = [...slots].sort((a, b) => a - b);
    let mine = 0;
    for (let i = 1; i < sorted.length; i++) {
      const prev = sorted[i - 1]!;
      const cur = sorted[i]!;
      if (cur - prev > 1 && inst.slots[prev]!.session === inst.slots[cur]!.session) mine++;
    }
    breaks += mine;
    maxBreaks = Math.max(maxBreaks, mine);
  }
  return { breaks, maxBreaks };
}
