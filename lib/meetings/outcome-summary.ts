// Outcomes counted per country pair and per kind: what the organizers report after the event. Pure.
export type OutcomeRow = { outcome: string; rating: number; countries: [string, string]; sector: string };

/** "JP–VN": the pair in a fixed order, so both sides of a meeting count under one pair. */
export function countryPair(a: string, b: string): string {
  return [a, b].sort().join("–");
}

export function summarize(rows: readonly OutcomeRow[]) {
  const byPair = new Map<string, Map<string, number>>();
  const bySector = new Map<string, Map<string, number>>();
  const add = (table: Map<string, Map<string, number>>, key: string, outcome: string) => {
    const row = table.get(key) ?? new Map<string, number>();
    row.set(outcome, (row.get(outcome) ?? 0) + 1);
    table.set(key, row);
  };
  for (const r of rows) {
    add(byPair, countryPair(...r.countries), r.outcome);
    add(bySector, r.sector, r.outcome);
  }
  const averageRating = rows.length
    ? Math.round((rows.reduce((s, r) => s + r.rating, 0) / rows.length) * 10) / 10
    : null;
  return { byPair, bySector, averageRating };
}
