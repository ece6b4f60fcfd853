// Figures of the dashboard that are computed, not counted. Pure.

/** Accepted out of the requests that got an answer or ran out (pending ones are not decided yet); null if none. */
export function acceptanceRate(counts: Partial<Record<string, number>>): number | null {
  const accepted = counts.ACCEPTED ?? 0;
  const decided = accepted + (counts.DECLINED ?? 0) + (counts.EXPIRED ?? 0);
  return decided === 0 ? null : Math.round((accepted / decided) * 1000) / 10;
}

/** Share of tables in use per slot, in percent. */
export function tableUse(meetingsPerSlot: readonly { used: number }[], tables: number): number[] {
  return meetingsPerSlot.map((s) => (tables === 0 ? 0 : Math.round((s.used / tables) * 100)));
}

/** The dashboard as CSV rows: section, key, value. */
export function dashboardRows(sections: Record<string, Record<string, number | string | null>>): (string | number)[][] {
  return Object.entries(sections).flatMap(([section, values]) =>
    Object.entries(values).map(([key, value]) => [section, key, value ?? ""]),
  );
}
