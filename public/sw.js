// Kakehashi's service worker: the agenda stays readable where the venue has no signal.
//
// It answers only for agenda pages (/{locale}/agenda and its printable view) and the stylesheets they use.
// Pages go to the network first, so with a connection they are always fresh, and each good answer is kept;
// without a connection the last copy this device loaded is shown, with its "no connection, as loaded at ..."
// notice made visible (the page renders it hidden). Nothing else is touched: every other page, form and API
// call goes to the server as if there were no worker. Signing out or in deletes the copies
// (components/auth/offline-copies.ts sends "forget"), so the next person on a shared phone sees none.
// tests/unit/service-worker.test.ts runs this file against a fake browser.
const CACHE = "kakehashi-agenda-v1";
const AGENDA = /^\/(en|ja|vi)\/agenda(\/print)?\/?$/;
const STYLESHEET = /^\/_next\/static\/.+\.css$/;
// The notice as the agenda page renders it: <p id="offline-notice" hidden="" ...>.
const HIDDEN_NOTICE = /(<p id="offline-notice"[^>]*?) hidden=""/;

self.addEventListener("install", () => self.skipWaiting());
self.addEventListener("activate", (event) => event.waitUntil(self.clients.claim()));

// A copy fetched before the last "forget" belongs to the person who was signed in then: it is dropped, even
// when its answer arrives after the copies were deleted.
let generation = 0;

async function store(request, response, fetchedIn) {
  if (fetchedIn !== generation) return;
  const cache = await caches.open(CACHE);
  if (fetchedIn === generation) await cache.put(request, response);
}

async function forget() {
  generation++;
  const names = await caches.keys();
  await Promise.all(names.filter((name) => name.startsWith("kakehashi-")).map((name) => caches.delete(name)));
}

self.addEventListener("message", (event) => {
  const data = event.data || {};
  if (data.forget === true) event.waitUntil(forget());
  // The page that registered the worker was loaded before the worker ran: it asks for its own copy to be kept.
  if (typeof data.keep !== "string") return;
  const url = new URL(data.keep, self.location.origin);
  if (url.origin === self.location.origin && AGENDA.test(url.pathname)) event.waitUntil(keep(url.href));
});

async function keep(href) {
  const fetchedIn = generation;
  const response = await fetch(href, { credentials: "same-origin" });
  if (response.ok && !response.redirected) await store(href, response, fetchedIn);
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
  const fetchedIn = generation;
  try {
    const response = await fetch(request);
    // A redirect (to sign-in, say) or an error page is not the agenda: keep the last good copy instead.
    if (response.ok && !response.redirected) event.waitUntil(store(request, response.clone(), fetchedIn));
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
