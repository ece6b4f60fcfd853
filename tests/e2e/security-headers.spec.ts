import { expect, test } from "@playwright/test";
import { DEMO, DEMO_PASSWORD, signIn } from "./helpers";

test("every page is sent with a content security policy and no framing", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (m) => m.text().includes("Content Security Policy") && violations.push(m.text()));
  const response = await page.goto("/en");
  const headers = response!.headers();
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["content-security-policy"]).toContain("object-src 'none'");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["x-powered-by"]).toBeUndefined();
  // Scripts run by this response's nonce only, and Next.js put that nonce on every script of the page.
  const scriptSrc = headers["content-security-policy"]!.split("; ").find((d) => d.startsWith("script-src "))!;
  expect(scriptSrc).not.toContain("unsafe-inline");
  const nonce = /'nonce-([^']+)'/.exec(scriptSrc)![1]!;
  const html = await response!.text();
  const scripts = html.match(/<script\b[^>]*>/g) ?? [];
  expect(scripts.length).toBeGreaterThan(0);
  for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
  // A new nonce for every response.
  const again = await page.request.get("/en");
  expect(again.headers()["content-security-policy"]).not.toContain(nonce);
  // The pages still work under the policy: nothing was blocked while this one loaded and hydrated.
  await page.getByRole("link", { name: "日本語" }).first().click();
  await expect(page).toHaveURL(/\/ja/);
  expect(violations).toEqual([]);
});

test("the session cookie is HttpOnly and SameSite=Lax, and holds no password", async ({ page, context }) => {
  await signIn(page, DEMO.attendeeVn);
  const session = (await context.cookies()).find((c) => c.name.endsWith("next-auth.session-token"));
  expect(session).toBeDefined();
  expect(session!.httpOnly).toBe(true);
  expect(session!.sameSite).toBe("Lax");
  expect(session!.path).toBe("/");
  // Over plain http (this test server) the cookie cannot be Secure; behind https (NEXTAUTH_URL https://…)
  // next-auth names it __Secure-next-auth.session-token and sets Secure.
  expect(session!.value).not.toContain(DEMO_PASSWORD);
  const csrf = (await context.cookies()).find((c) => c.name.endsWith("next-auth.csrf-token"));
  if (csrf) expect(csrf.httpOnly).toBe(true);
});

test("the API's answers run nothing and may not be framed", async ({ request }) => {
  const response = await request.get("/api/health");
  const policy = response.headers()["content-security-policy"];
  expect(policy).toContain("default-src 'none'");
  expect(policy).toContain("frame-ancestors 'none'");
  expect(policy).not.toContain("script-src");
});

test("malformed paths and cross-site mutations are refused with a 4xx, never a 500", async ({ page }) => {
  // Percent-encoding that is not UTF-8, in a page path, a route handler's path and a query.
  for (const path of ["/en/firms/%C3%28", "/ja/tours/%E0%A4%A", "/api/firms/%C3%28/logo", "/api/tours/%ff/roster"]) {
    const status = (await page.request.get(path)).status();
    expect(status, path).toBeGreaterThanOrEqual(400);
    expect(status, path).toBeLessThan(500);
  }
  // A POST from a sandboxed frame or across a redirect ("null"), or with an Origin that is no URL: 403, even signed in.
  await signIn(page, DEMO.adminVn);
  for (const origin of ["null", "not a url", "https://evil.example"]) {
    const response = await page.request.post("/api/meetings/book", {
      headers: { origin, "content-type": "application/json" },
      data: { fromFirmId: "x", toFirmId: "y", slotId: "z" },
    });
    expect(response.status(), origin).toBe(403);
  }
});
