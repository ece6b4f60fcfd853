// The cap on meetings per firm, applied before scheduling: candidates are admitted in order (most important
// first) while both firms stay under the cap, counting the meetings each already has. Those left out are "at
// the cap", and which firm's cap it was is kept for the organizer's explanation.

export type Candidate = { id: string; participants: readonly [string, string] };

export function admitUnderCap<C extends Candidate>(
  ordered: readonly C[],
  already: ReadonlyMap<string, number>,
  cap: number | null,
): { admitted: C[]; capped: Map<string, string> } {
  if (cap === null) return { admitted: [...ordered], capped: new Map() };
  const used = new Map(already);
  const admitted: C[] = [];
  const capped = new Map<string, string>();
  for (const c of ordered) {
    const full = c.participants.find((p) => (used.get(p) ?? 0) >= cap);
    if (full) {
      capped.set(c.id, full);
      continue;
    }
    admitted.push(c);
    for (const p of c.participants) used.set(p, (used.get(p) ?? 0) + 1);
  }
  return { admitted, capped };
}
