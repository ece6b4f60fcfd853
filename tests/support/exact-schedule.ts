// The exact optimum of an instance's weighted count, by a MIP solved with HiGHS (WebAssembly), for checking
// the scheduler on small instances. One binary per meeting and allowed slot; per slot, each participant in at
// most one meeting, at most as many meetings as tables and as many interpreter meetings of a pair as that
// pair's tables (seating follows, as in the scheduler); each meeting at most once; fixed placements kept.
import highsLoader from "highs";
import type { Instance } from "@/lib/scheduling/instance";
import { compile } from "@/lib/scheduling/model";

let solver: Awaited<ReturnType<typeof highsLoader>> | undefined;

export async function exactWeighted(inst: Instance): Promise<number> {
  solver ??= await highsLoader();
  const model = compile(inst);
  const v = (m: number, s: number) => `x_${m}_${s}`;
  const objective: string[] = [];
  const rows: string[] = [];
  const binaries: string[] = [];
  const perPersonSlot = new Map<string, string[]>();
  const perSlot = new Map<number, string[]>();
  const perPairSlot = new Map<string, string[]>();
  model.allowed.forEach((slots, m) => {
    const vars = [...slots].map((s) => v(m, s));
    if (!vars.length) return;
    binaries.push(...vars);
    objective.push(...vars.map((x) => `${model.priority[m]} ${x}`));
    rows.push(`${vars.join(" + ")} <= 1`);
    for (const s of slots) {
      for (const p of [model.a[m]!, model.b[m]!])
        perPersonSlot.set(`${p}_${s}`, [...(perPersonSlot.get(`${p}_${s}`) ?? []), v(m, s)]);
      perSlot.set(s, [...(perSlot.get(s) ?? []), v(m, s)]);
      if (model.interp[m]! >= 0)
        perPairSlot.set(`${model.interp[m]}_${s}`, [...(perPairSlot.get(`${model.interp[m]}_${s}`) ?? []), v(m, s)]);
    }
  });
  if (!binaries.length)
    return inst.fixed.reduce((sum, f) => sum + (inst.meetings.find((m) => m.id === f.meeting)?.priority ?? 0), 0);
  for (const vars of perPersonSlot.values()) if (vars.length > 1) rows.push(`${vars.join(" + ")} <= 1`);
  for (const vars of perSlot.values())
    if (vars.length > model.tables) rows.push(`${vars.join(" + ")} <= ${model.tables}`);
  for (const [key, vars] of perPairSlot)
    rows.push(`${vars.join(" + ")} <= ${model.interpCapacity[Number(key.split("_")[0])]}`);
  const index = new Map(inst.meetings.map((m, i) => [m.id, i]));
  const slotIndex = new Map(inst.slots.map((s, i) => [s.id, i]));
  for (const f of inst.fixed) rows.push(`${v(index.get(f.meeting)!, slotIndex.get(f.slot)!)} = 1`);
  const lp = `Maximize\n obj: ${objective.join(" + ")}\nSubject To\n${rows.map((r, i) => ` c${i}: ${r}`).join("\n")}\nBinary\n ${binaries.join(" ")}\nEnd\n`;
  const solution = solver.solve(lp, { presolve: "on" });
  if (solution.Status !== "Optimal") throw new Error(`HiGHS: ${solution.Status}`);
  return Math.round(solution.ObjectiveValue);
}
