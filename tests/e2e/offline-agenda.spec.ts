import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./helpers";

const OWN_ATTENDEE = "attendee.00002@demo.kakehashi.example";

// The agenda stays readable without signal: the service worker keeps a copy of it on the device, and signing
// out deletes the copy. (What the worker answers without a network is tested against public/sw.js itself in
// tests/unit/service-worker.test.ts: Chromium's offline mode does not reach a service worker's own requests.)

const keptCopy = (page: Page) => page.evaluate(async () => (await caches.match(window.location.href))?.text() ?? null);
/** The addresses of the pages kept on the device (stylesheets are kept too, and are nobody's). */
const keptPages = (page: Page) =>
  page.evaluate(async () => {
    const kept: string[] = [];
    for (const name of await caches.keys())
      for (const request of await (await caches.open(name)).keys()) kept.push(new URL(request.url).pathname);
    return kept.filter((path) => !path.startsWith("/_next/"));
  });

test("the agenda is kept on the device for when there is no signal, and forgotten at sign-out", async ({ page }) => {
  // Signing out ends every session of the account, so this test uses an attendee no other test signs in as.
  await signIn(page, OWN_ATTENDEE, undefined, "en");
  await page.goto("/en/agenda");
  await expect(page.getByRole("heading", { level: 1, name: "My agenda" })).toBeVisible();
  // The notice for an offline copy is in the page, hidden while the page comes from the server.
  await expect(page.locator("#offline-notice")).toBeHidden();

  await expect.poll(() => keptCopy(page), { timeout: 20_000 }).toContain('id="offline-notice"');
  expect(await keptPages(page)).toContain("/en/agenda");
  expect(await keptCopy(page)).toContain("My agenda");
  const worker = await page.evaluate(
    async () => (await navigator.serviceWorker.getRegistration())?.active?.scriptURL ?? null,
  );
  expect(worker).toMatch(/\/sw\.js$/);

  // The worker may fetch our pages (its own policy), and browsers look for a new one on every visit.
  const script = await page.request.get("/sw.js");
  expect(script.headers()["content-security-policy"]).toContain("default-src 'self'");
  expect(script.headers()["cache-control"]).toBe("no-cache");

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/en\/signin/);
  // The worker forgets asynchronously, and drops a copy that was still on its way.
  await expect.poll(() => keptPages(page)).toEqual([]);
});
