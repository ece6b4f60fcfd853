"use client";
import { useEffect } from "react";

/** Whether the service worker answered this page's own request (and so already kept a copy of it). */
function servedByWorker(): boolean {
  const navigation = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming | undefined;
  return (navigation?.workerStart ?? 0) > 0;
}

/**
 * Registers the service worker (public/sw.js) that keeps this agenda readable without signal. A page the
 * worker did not answer (the first visit, or one that arrived while the worker was still taking over) asks it
 * to keep a copy. Whether the worker controls the page by now says nothing about its request, which may have
 * gone out before.
 */
export function OfflineAgenda() {
  useEffect(() => {
    if (!("serviceWorker" in navigator)) return;
    const needsCopy = !servedByWorker();
    navigator.serviceWorker
      .register("/sw.js")
      .then(() => navigator.serviceWorker.ready)
      .then((registration) => {
        if (needsCopy) registration.active?.postMessage({ keep: window.location.href });
      })
      .catch(() => {
        // No worker (private mode, an old browser): the agenda works online as before.
      });
  }, []);
  return null;
}
