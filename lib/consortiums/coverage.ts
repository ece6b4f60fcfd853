// Which member covers which requirement of a bid, and which firms would best cover what is still open. Pure.
// A firm covers a required capability when it offers it or a narrower one under it in the taxonomy.

export type Requirement = { id: string; capabilityId: string; mustHave: boolean; weight: number };
export type Offering = { firmId: string; offers: ReadonlySet<string> };

/** The capability and everything under it, so "cloud" is covered by a firm offering "cloud migration". */
export type Descendants = (capabilityId: string) => readonly string[];

export function covers(offers: ReadonlySet<string>, capabilityId: string, descendants: Descendants): boolean {
  return offers.has(capabilityId) || descendants(capabilityId).some((id) => offers.has(id));
}

export type CoverageRow = { requirement: Requirement; coveredBy: string[] };

/** For each requirement, the members covering it (in member order); empty means still open. */
export function coverage(
  requirements: readonly Requirement[],
  members: readonly Offering[],
  descendants: Descendants,
): CoverageRow[] {
  return requirements.map((requirement) => ({
    requirement,
    coveredBy: members.filter((m) => covers(m.offers, requirement.capabilityId, descendants)).map((m) => m.firmId),
  }));
}

/** Must-haves count double: a bid without one of them cannot go in at all. */
export function requirementValue(r: Requirement): number {
  return r.weight * (r.mustHave ? 2 : 1);
}

export type Candidate = Offering & { fit: number };
export type Suggestion = { firmId: string; covers: string[]; gain: number; fit: number };

/**
 * Greedy weighted set cover over the open requirements: repeatedly take the firm that covers the most open
 * value (ties go to the better fit with the lead, from the matching engine), until `k` firms are chosen or
 * nothing open can be covered. Greedy is within a factor ln(n) of the best cover, and each pick is explained by
 * exactly what it adds.
 */
export function suggestPartners(
  open: readonly Requirement[],
  candidates: readonly Candidate[],
  descendants: Descendants,
  k = 5,
): Suggestion[] {
  const remaining = new Map(open.map((r) => [r.id, r]));
  const coverSets = candidates.map((c) => ({
    c,
    reqs: open.filter((r) => covers(c.offers, r.capabilityId, descendants)).map((r) => r.id),
  }));
  const chosen: Suggestion[] = [];
  const taken = new Set<string>();
  while (chosen.length < k && remaining.size > 0) {
    let best: { c: Candidate; reqs: string[]; gain: number } | null = null;
    for (const { c, reqs } of coverSets) {
      if (taken.has(c.firmId)) continue;
      const adds = reqs.filter((id) => remaining.has(id));
      const gain = adds.reduce((sum, id) => sum + requirementValue(remaining.get(id)!), 0);
      if (gain === 0) continue;
      if (
        !best ||
        gain > best.gain ||
        (gain === best.gain && (c.fit > best.c.fit || (c.fit === best.c.fit && c.firmId < best.c.firmId)))
      )
        best = { c, reqs: adds, gain };
    }
    if (!best) break;
    taken.add(best.c.firmId);
    for (const id of best.reqs) remaining.delete(id);
    chosen.push({ firmId: best.c.firmId, covers: best.reqs, gain: best.gain, fit: best.c.fit });
  }
  return chosen;
}
