// Form posts for the action tests. The bad-input suite swaps the values through `formValues.swap` (the page
// would send the same keys; an attacker or a broken client sends anything in them).
export type FieldValue = string | File;

export const formValues: { swap: ((key: string, value: FieldValue) => FieldValue | FieldValue[]) | null } = {
  swap: null,
};

export function form(entries: Record<string, FieldValue | FieldValue[]> = {}): FormData {
  const f = new FormData();
  for (const [key, values] of Object.entries(entries)) {
    for (const value of [values].flat())
      for (const v of [formValues.swap ? formValues.swap(key, value) : value].flat()) f.append(key, v);
  }
  return f;
}

/** A JSON body for the APIs, through the same swap (a File becomes its name: JSON has no files). */
export function jsonBody(entries: Record<string, string>): Record<string, unknown> {
  if (!formValues.swap) return entries;
  const swap = formValues.swap;
  const plain = (v: FieldValue) => (typeof v === "string" ? v : v.name);
  return Object.fromEntries(
    Object.entries(entries).map(([k, v]) => {
      const swapped = swap(k, v);
      return [k, Array.isArray(swapped) ? swapped.map(plain) : plain(swapped)];
    }),
  );
}
