"use client";
import { useEffect } from "react";

/**
 * Registers the service worker (public/sw.js) that keeps this agenda readable without signal. The page it is
 * on was loaded before the worker ran, so the first time it asks the worker to keep a copy of it.
 */
export function OfflineAgenda() {
  useEffect(() => {
    if (!("serviceWorker" in navigator)) return;
    const controlled = Boolean(navigator.serviceWorker.controller);
    navigator.serviceWorker
      .register("/sw.js")
      .then(() => navigator.serviceWorker.ready)
      .then((registration) => {
        if (!controlled) registration.active?.postMessage({ keep: window.location.href });
      })
      .catch(() => {
        // No worker (private mode, an old browser): the agenda works online as before.
      });
  }, []);
  return null;
}
