// Teams for one capability. A firm of 150 people may have four who do ATE test programs ("Small ATE test team
// (4 engineers)"); a buyer that needs "at least 10 engineers with V93000 experience" is not served by it, however
// large the firm. The reader keeps the teams a firm states beside its offers (Facts.teams) and the least teams
// its needs ask for (Requirements.teamMins); a partner whose own team for such a need is smaller fails it, like a
// firm below a minimum size. A firm that states no team for the capability is judged by its size alone.
import type { ConceptIndex } from "./concept-index";
import { MAX_LIST, MAX_THESIS } from "./profile";
import type { TextReading } from "./text/read-text";

/** The least teams asked: capability, head count, and which need (capabilities of one need share a group). */
export type TeamNeeds = { caps: Int32Array; mins: Float32Array; groups: Int32Array };
/** The teams stated: capability and head count (the largest stated for it). */
export type Teams = { caps: Int32Array; sizes: Float32Array };

/** Needs that say how the work is done: a least team asked with a specific need is that need's. */
export const MANNER = new Set([
  "software-development",
  "offshore-dev",
  "bridge-services",
  "managed-services",
  "local-delivery",
]);

export function teamNeedsOf(reading: TextReading, index: ConceptIndex): TeamNeeds {
  const caps: number[] = [];
  const mins: number[] = [];
  const groups: number[] = [];
  (reading.required.teamMins ?? []).forEach((need, group) => {
    const specific = need.caps.filter((code) => !MANNER.has(code));
    for (const code of specific.length ? specific : need.caps) {
      const c = index.capability(code);
      if (c === undefined || caps.length === MAX_THESIS) continue;
      caps.push(c);
      mins.push(need.min);
      groups.push(group);
    }
  });
  return { caps: Int32Array.from(caps), mins: Float32Array.from(mins), groups: Int32Array.from(groups) };
}

export function teamsOf(reading: TextReading, index: ConceptIndex): Teams {
  const best = new Map<number, number>();
  for (const [code, size] of Object.entries(reading.facts.teams ?? {})) {
    const c = index.capability(code);
    if (c !== undefined) best.set(c, Math.max(best.get(c) ?? 0, size));
  }
  const list = [...best].slice(0, MAX_LIST);
  return { caps: Int32Array.from(list.map(([c]) => c)), sizes: Float32Array.from(list.map(([, n]) => n)) };
}

/** A need's least team that b's stated teams miss: the largest team b states for any of the need's capabilities. */
export type TeamShortfall = { capability: number; minimum: number; team: number };

/**
 * The first need of `needs` whose least team `teams` states a smaller team for (every capability of the need
 * that it states a team for falls short), or null. The packed arrays (score.ts) and profiles (explain.ts) both
 * call it, through accessors, so the rule is written once.
 */
export function teamShortfall(
  needCount: number,
  needCap: (k: number) => number,
  needMin: (k: number) => number,
  needGroup: (k: number) => number,
  teamCount: number,
  teamCap: (j: number) => number,
  teamSize: (j: number) => number,
): TeamShortfall | null {
  if (needCount === 0 || teamCount === 0) return null;
  let k = 0;
  while (k < needCount) {
    const group = needGroup(k);
    const min = needMin(k);
    let best = -1;
    let bestCap = -1;
    for (; k < needCount && needGroup(k) === group; k++) {
      const cap = needCap(k);
      for (let j = 0; j < teamCount; j++)
        if (teamCap(j) === cap && teamSize(j) > best) [best, bestCap] = [teamSize(j), cap];
    }
    if (best >= 0 && best < min) return { capability: bestCap, minimum: min, team: best };
  }
  return null;
}
