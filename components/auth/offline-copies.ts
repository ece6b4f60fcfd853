// The agenda copies the service worker keeps (public/sw.js) belong to whoever was signed in: they go when
// someone signs out, and when someone signs in, so the next person on a shared phone never sees them.

/** Deletes every cache of ours (their names start with "kakehashi-"); nothing to do without Cache Storage. */
export async function forgetOfflineCopies(): Promise<void> {
  if (typeof window === "undefined" || !("caches" in window)) return;
  const names = await caches.keys().catch(() => [] as string[]);
  await Promise.all(names.filter((name) => name.startsWith("kakehashi-")).map((name) => caches.delete(name)));
}
