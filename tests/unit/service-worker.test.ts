import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";

// public/sw.js run against a fake browser: its event listeners, Cache Storage and a network that can be cut.
const ORIGIN = "https://kakehashi.example";
const source = readFileSync(path.join(process.cwd(), "public/sw.js"), "utf8");

type FakeRequest = { url: string; method: string; mode: string };
type FetchEvent = {
  request: FakeRequest;
  respondWith(answer: Promise<Response>): void;
  waitUntil(work: Promise<unknown>): void;
};

const AGENDA_HTML =
  '<main><h1>Agenda</h1><p id="offline-notice" hidden="" role="status" class="x">No connection: as loaded at 10:40</p></main>';

function fakeBrowser() {
  const listeners = new Map<string, (event: unknown) => void>();
  const stores = new Map<string, Map<string, Response>>();
  const network = {
    online: true,
    fetched: [] as string[],
    answer: (url: string): Response =>
      new Response(`page ${url}`, { status: 200, headers: { "content-type": "text/html" } }),
    /** While set, answers wait until release() is called: a slow server. */
    slow: false,
    waiting: [] as (() => void)[],
    release() {
      for (const go of this.waiting.splice(0)) go();
    },
  };
  const keyOf = (request: string | FakeRequest) => (typeof request === "string" ? request : request.url);
  const caches = {
    async open(name: string) {
      if (!stores.has(name)) stores.set(name, new Map());
      const store = stores.get(name)!;
      return {
        put: async (request: string | FakeRequest, response: Response) => void store.set(keyOf(request), response),
      };
    },
    async match(request: string | FakeRequest, options?: { ignoreSearch?: boolean }) {
      const wanted = options?.ignoreSearch ? keyOf(request).split("?")[0] : keyOf(request);
      for (const store of stores.values())
        for (const [key, response] of store)
          if ((options?.ignoreSearch ? key.split("?")[0] : key) === wanted) return response.clone();
      return undefined;
    },
    async keys() {
      return [...stores.keys()];
    },
    async delete(name: string) {
      return stores.delete(name);
    },
  };
  const fetch = async (request: string | FakeRequest) => {
    const url = keyOf(request);
    network.fetched.push(url);
    if (network.slow) await new Promise<void>((go) => network.waiting.push(go));
    if (!network.online) throw new TypeError("Failed to fetch");
    return network.answer(url);
  };
  const self = {
    location: { origin: ORIGIN },
    addEventListener: (type: string, listener: (event: unknown) => void) => listeners.set(type, listener),
    skipWaiting: () => Promise.resolve(),
    clients: { claim: () => Promise.resolve() },
  };
  new Function("self", "caches", "fetch", source)(self, caches, fetch);

  /** Dispatches a fetch event: the worker's answer, or null where it let the request pass. */
  async function request(url: string, init: Partial<FakeRequest> = {}): Promise<Response | null> {
    let answer: Promise<Response> | null = null;
    const work: Promise<unknown>[] = [];
    const event: FetchEvent = {
      request: { url, method: "GET", mode: "navigate", ...init },
      respondWith: (a) => void (answer = a),
      waitUntil: (w) => void work.push(w),
    };
    listeners.get("fetch")!(event);
    const response = answer ? await answer : null;
    await Promise.all(work);
    return response;
  }
  /** Posts a message; returns once the worker has done what it started for it. */
  async function message(data: unknown) {
    const work: Promise<unknown>[] = [];
    listeners.get("message")!({ data, waitUntil: (w: Promise<unknown>) => void work.push(w) });
    await Promise.all(work);
  }
  /** Posts a message without waiting for the work it starts. */
  function post(data: unknown): Promise<unknown[]> {
    const work: Promise<unknown>[] = [];
    listeners.get("message")!({ data, waitUntil: (w: Promise<unknown>) => void work.push(w) });
    return Promise.all(work);
  }
  return { request, message, post, network, stores };
}

describe("the agenda's service worker", () => {
  let browser: ReturnType<typeof fakeBrowser>;
  beforeEach(() => {
    browser = fakeBrowser();
    browser.network.answer = (url) =>
      new Response(url.includes("/agenda") ? AGENDA_HTML : "other", {
        status: 200,
        headers: { "content-type": "text/html", "content-security-policy": "script-src 'nonce-abc'" },
      });
  });

  it("answers from the network while there is one, and keeps a copy", async () => {
    const response = await browser.request(`${ORIGIN}/ja/agenda`);
    expect(await response!.text()).toBe(AGENDA_HTML);
    expect([...browser.stores.get("kakehashi-agenda-v1")!.keys()]).toEqual([`${ORIGIN}/ja/agenda`]);
  });

  it("without a connection shows the last copy, its notice made visible and its policy unchanged", async () => {
    await browser.request(`${ORIGIN}/vi/agenda?firm=f1`);
    browser.network.online = false;
    const response = await browser.request(`${ORIGIN}/vi/agenda?firm=f1`);
    const html = await response!.text();
    expect(html).toContain('<p id="offline-notice" role="status"');
    expect(html).not.toContain("hidden");
    expect(response!.headers.get("content-security-policy")).toBe("script-src 'nonce-abc'");
    // The same agenda asked for without the firm in the address still finds the copy.
    expect(await (await browser.request(`${ORIGIN}/vi/agenda`))!.text()).toContain("Agenda");
  });

  it("without a connection and no copy, fails as the browser would", async () => {
    browser.network.online = false;
    const response = await browser.request(`${ORIGIN}/en/agenda`);
    expect(response!.type).toBe("error");
  });

  it("keeps no redirect or error page in place of the agenda", async () => {
    browser.network.answer = () => new Response("server error", { status: 500 });
    await browser.request(`${ORIGIN}/en/agenda`);
    browser.network.answer = () =>
      Object.defineProperty(new Response("sign in", { status: 200 }), "redirected", { value: true });
    await browser.request(`${ORIGIN}/en/agenda/print`);
    expect(browser.stores.get("kakehashi-agenda-v1")?.size ?? 0).toBe(0);
  });

  it("leaves every other request to the network: other pages, forms, other sites", async () => {
    expect(await browser.request(`${ORIGIN}/en/firms`)).toBeNull();
    expect(await browser.request(`${ORIGIN}/en/agenda`, { method: "POST" })).toBeNull();
    expect(await browser.request(`${ORIGIN}/en/agenda`, { mode: "cors" })).toBeNull();
    expect(await browser.request("https://elsewhere.example/en/agenda")).toBeNull();
    expect(await browser.request(`${ORIGIN}/en/agenda/badge`)).toBeNull();
    expect(browser.stores.size).toBe(0);
  });

  it("keeps stylesheets on first use and serves them from the copy after", async () => {
    const css = `${ORIGIN}/_next/static/chunks/app.css`;
    await browser.request(css, { mode: "no-cors" });
    browser.network.online = false;
    expect(await (await browser.request(css, { mode: "no-cors" }))!.text()).toBe("other");
  });

  it("keeps the page that registered it when asked, and only an agenda page of this site", async () => {
    await browser.message({ keep: `${ORIGIN}/en/agenda?firm=f2` });
    await browser.message({ keep: `${ORIGIN}/en/organizer` });
    await browser.message({ keep: "https://elsewhere.example/en/agenda" });
    await browser.message("hello");
    expect([...browser.stores.get("kakehashi-agenda-v1")!.keys()]).toEqual([`${ORIGIN}/en/agenda?firm=f2`]);
  });

  it("forgets every copy when told to (sign-out, sign-in), also one still on its way from the server", async () => {
    await browser.request(`${ORIGIN}/en/agenda`);
    browser.network.slow = true;
    const late = browser.post({ keep: `${ORIGIN}/en/agenda?firm=f3` });
    await browser.message({ forget: true });
    expect(browser.stores.size).toBe(0);
    browser.network.release();
    await late;
    expect([...browser.stores.values()].flatMap((store) => [...store.keys()])).toEqual([]);
    // Copies fetched after the forgetting are kept again.
    browser.network.slow = false;
    await browser.request(`${ORIGIN}/en/agenda`);
    expect([...browser.stores.get("kakehashi-agenda-v1")!.keys()]).toEqual([`${ORIGIN}/en/agenda`]);
  });
});
