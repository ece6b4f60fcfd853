// PostgreSQL cannot store the NUL character in text and answers any query that carries one with an error
// (22021), which would surface as a 500. SQLite would store it. Every query's arguments are checked before
// they reach either database, so both refuse it the same way, as bad input.

/** Whether a query's arguments hold a string with a NUL character anywhere (bytes such as logos are skipped). */
export function containsNul(value: unknown, depth = 0): boolean {
  if (typeof value === "string") return value.includes("\u0000");
  if (value === null || typeof value !== "object" || depth > 12) return false;
  if (value instanceof Date || ArrayBuffer.isView(value) || value instanceof ArrayBuffer) return false;
  if (Array.isArray(value)) return value.some((v) => containsNul(v, depth + 1));
  for (const v of Object.values(value)) if (containsNul(v, depth + 1)) return true;
  return false;
}
