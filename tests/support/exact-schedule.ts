// The exact optimum of an instance's weighted count, by a MIP solved with HiGHS (WebAssembly), for checking the
// scheduler on small instances. Written from the instance alone, with explicit tables (one binary per meeting,
// slot and table that fits it), so that it checks the scheduler's aggregated reasoning (tables of a kind are
// interchangeable, fixed tables come out of the counts) instead of repeating it: each meeting at most once;
// each firm and each table in at most one meeting per slot; the meeting's session and both firms' availability
// respected; interpreter meetings only at their pair's tables; fixed placements kept (slot, and table if named).
import highsLoader from "highs";
import type { Instance } from "@/lib/scheduling/instance";

let solver: Awaited<ReturnType<typeof highsLoader>> | undefined;

/** The best weighted count of any valid schedule, or null when the fixed placements cannot all be kept. */
export async function exactWeighted(inst: Instance): Promise<number | null> {
  solver ??= await highsLoader();
  const unavailable = new Map(inst.participants.map((p) => [p.id, new Set(p.unavailable)]));
  const fixed = new Map(inst.fixed.map((f) => [f.meeting, f]));
  const objective: string[] = [];
  const rows: string[] = [];
  const binaries: string[] = [];
  let impossible = false;
  const perMeeting = new Map<number, string[]>();
  const perPersonSlot = new Map<string, string[]>();
  const perTableSlot = new Map<string, string[]>();
  const add = <K>(map: Map<K, string[]>, key: K, v: string) => {
    const list = map.get(key);
    if (list) list.push(v);
    else map.set(key, [v]);
  };
  inst.meetings.forEach((m, i) => {
    const f = fixed.get(m.id);
    inst.slots.forEach((slot, s) => {
      if (f ? f.slot !== slot.id : m.session && slot.session !== m.session) return;
      if (!f && m.participants.some((p) => unavailable.get(p)?.has(slot.id))) return;
      inst.tables.forEach((table, t) => {
        if (f?.table ? f.table !== table.id : m.interpreter && table.interpreter !== m.interpreter) return;
        const v = `x_${i}_${s}_${t}`;
        binaries.push(v);
        objective.push(`${m.priority} ${v}`);
        add(perMeeting, i, v);
        for (const p of m.participants) add(perPersonSlot, `${p}@${s}`, v);
        add(perTableSlot, `${t}@${s}`, v);
      });
    });
    if (f && !perMeeting.has(i)) impossible = true;
  });
  if (impossible) return null;
  for (const [i, vars] of perMeeting)
    rows.push(`${vars.join(" + ")} ${fixed.has(inst.meetings[i]!.id) ? "=" : "<="} 1`);
  for (const vars of perPersonSlot.values()) if (vars.length > 1) rows.push(`${vars.join(" + ")} <= 1`);
  for (const vars of perTableSlot.values()) if (vars.length > 1) rows.push(`${vars.join(" + ")} <= 1`);
  if (!binaries.length) return 0;
  const lp = `Maximize\n obj: ${objective.join(" + ")}\nSubject To\n${rows.map((r, i) => ` c${i}: ${r}`).join("\n")}\nBinary\n ${binaries.join(" ")}\nEnd\n`;
  const solution = solver.solve(lp, { presolve: "on", output_flag: false });
  if (solution.Status === "Infeasible") return null;
  if (solution.Status !== "Optimal") throw new Error(`HiGHS: ${solution.Status}`);
  return Math.round(solution.ObjectiveValue);
}
