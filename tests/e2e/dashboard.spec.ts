import { expect, test } from "@playwright/test";
import { DEMO, signIn } from "./helpers";

test("organizers see the dashboard with charts and export its figures; firms cannot", async ({ page }) => {
  await signIn(page, DEMO.organizer);
  await page.goto("/en/organizer/dashboard");
  await expect(page.getByTestId("chart-country").locator("svg.recharts-surface")).toBeVisible();
  await expect(page.getByTestId("acceptance-rate")).toHaveText(/Acceptance rate: [\d.]+%|No request decided yet\./);
  const csv = await page.request.get("/api/organizer/dashboard?locale=en");
  expect(csv.status()).toBe(200);
  const text = await csv.text();
  expect(text).toContain("Registered firms by country,Vietnam,");
  // In the reader's language: Japanese headers and labels.
  const ja = await (await page.request.get("/api/organizer/dashboard?locale=ja")).text();
  expect(ja).toContain("ベトナム");
  await page.context().clearCookies();
  await signIn(page, DEMO.adminJp);
  expect((await page.goto("/en/organizer/dashboard"))?.status()).toBe(403);
  expect((await page.request.get("/api/organizer/dashboard")).status()).toBe(403);
});
