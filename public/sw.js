// Kakehashi's service worker: the agenda stays readable where the venue has no signal.
//
// It answers only for agenda pages (/{locale}/agenda and its printable view) and the stylesheets they use.
// Pages go to the network first, so with a connection they are always fresh, and each good answer is kept;
// without a connection the last copy this device loaded is shown, with its "no connection, as loaded at ..."
// notice made visible (the page renders it hidden). Nothing else is touched: every other page, form and API
// call goes to the server as if there were no worker. Signing out deletes the copies (sign-out-button.tsx
// deletes every cache whose name starts with "kakehashi-"), so the next person on a shared phone sees none.
// tests/unit/service-worker.test.ts runs this file against a fake browser.
const CACHE = "kakehashi-agenda-v1";
const AGENDA = /^\/(en|ja|vi)\/agenda(\/print)?\/?$/;
const STYLESHEET = /^\/_next\/static\/.+\.css$/;
// The notice as the agenda page renders it: <p id="offline-notice" hidden="" ...>.
const HIDDEN_NOTICE = /(<p id="offline-notice"[^>]*?) hidden=""/;

self.addEventListener("install", () => self.skipWaiting());
self.addEventListener("activate", (event) => event.waitUntil(self.clients.claim()));

// The page that registered the worker was loaded before the worker ran: it asks for its own copy to be kept.
self.addEventListener("message", (event) => {
  const href = event.data && event.data.keep;
  if (typeof href !== "string") return;
  const url = new URL(href, self.location.origin);
  if (url.origin === self.location.origin && AGENDA.test(url.pathname)) event.waitUntil(keep(url.href));
});

async function keep(href) {
  const response = await fetch(href, { credentials: "same-origin" });
  if (response.ok && !response.redirected) await (await caches.open(CACHE)).put(href, response);
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === "navigate" && AGENDA.test(url.pathname)) event.respondWith(networkFirst(event, request));
  else if (STYLESHEET.test(url.pathname)) event.respondWith(cacheFirst(event, request));
});

async function networkFirst(event, request) {
  try {
    const response = await fetch(request);
    // A redirect (to sign-in, say) or an error page is not the agenda: keep the last good copy instead.
    if (response.ok && !response.redirected) {
      const copy = response.clone();
      event.waitUntil(caches.open(CACHE).then((cache) => cache.put(request, copy)));
    }
    return response;
  } catch {
    const kept = (await caches.match(request)) ?? (await caches.match(request, { ignoreSearch: true }));
    if (!kept) return Response.error();
    const html = (await kept.text()).replace(HIDDEN_NOTICE, "$1");
    return new Response(html, { status: kept.status, statusText: kept.statusText, headers: kept.headers });
  }
}

// Stylesheets under /_next/static/ never change under one name: once kept, the copy is the answer.
async function cacheFirst(event, request) {
  const kept = await caches.match(request);
  if (kept) return kept;
  const response = await fetch(request);
  if (response.ok) {
    const copy = response.clone();
    event.waitUntil(caches.open(CACHE).then((cache) => cache.put(request, copy)));
  }
  return response;
}
