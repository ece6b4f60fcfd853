// The agenda copies the service worker keeps (public/sw.js) belong to whoever was signed in: they go when
// someone signs out, and when someone signs in, so the next person on a shared phone never sees them.

/**
 * Tells the worker to forget (it then also drops a copy still on its way from the server) and deletes every
 * cache of ours here too, for a worker that is not running. Nothing to do without Cache Storage.
 */
export async function forgetOfflineCopies(): Promise<void> {
  if (typeof window === "undefined" || !("caches" in window)) return;
  const registration =
    "serviceWorker" in navigator ? await navigator.serviceWorker.getRegistration().catch(() => undefined) : undefined;
  registration?.active?.postMessage({ forget: true });
  const names = await caches.keys().catch(() => [] as string[]);
  await Promise.all(names.filter((name) => name.startsWith("kakehashi-")).map((name) => caches.delete(name)));
}
