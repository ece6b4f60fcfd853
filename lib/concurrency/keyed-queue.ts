// Work that must not overlap with other work on the same thing takes turns in this process: the bookings of
// one slot (the later ones then see what the first wrote from a plain read and leave without a write), and
// SQLite's writing connection (lib/database/sqlite-serialized.ts). It spans one process only: across app
// servers, the database's keys and transactions decide.

const tails = new Map<string, Promise<unknown>>();

/** Runs `work` once all work queued earlier for `key` in this process has settled; resolves as `work` does. */
export function oneAtATime<T>(key: string, work: () => Promise<T>): Promise<T> {
  const previous = tails.get(key) ?? Promise.resolve();
  const run = previous.then(work, work);
  // The queue holds settled-or-not markers, not results: a failed booking must not fail the next one.
  const tail = run.then(
    () => undefined,
    () => undefined,
  );
  tails.set(key, tail);
  void tail.then(() => {
    if (tails.get(key) === tail) tails.delete(key);
  });
  return run;
}

/** Keys with work queued or running (for tests: the queue must not keep keys it no longer needs). */
export function queuedKeys(): number {
  return tails.size;
}
