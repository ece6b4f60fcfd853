import { expect, test } from "@playwright/test";
import { DEMO, seriousViolations, signIn } from "./helpers";

for (const path of ["/en", "/ja/firms", "/vi/signin", "/en/signup"]) {
  test(`no serious accessibility violation on ${path}`, async ({ page }) => {
    await page.goto(path);
    expect(await seriousViolations(page)).toEqual([]);
  });
}

// One test a page, each signing in as the role that sees it, so no single test carries a dozen pages.
const SIGNED_IN: [string, string, string][] = [
  [DEMO.organizer, "en", "/en/organizer"],
  [DEMO.organizer, "en", "/en/organizer/vetting"],
  [DEMO.organizer, "ja", "/ja/organizer/import"],
  [DEMO.organizer, "en", "/en/organizer/taxonomy"],
  [DEMO.organizer, "vi", "/vi/organizer/matching"],
  [DEMO.organizer, "ja", "/ja/organizer/setup"],
  [DEMO.adminVn, "vi", "/vi/firm"],
  [DEMO.adminVn, "vi", "/vi/firm/register"],
  [DEMO.adminVn, "ja", "/ja/firm/recommendations"],
  [DEMO.adminVn, "vi", "/vi/firm/meetings"],
  [DEMO.adminVn, "vi", "/vi/firm/availability"],
  [DEMO.organizer, "en", "/en/organizer/schedule"],
  [DEMO.organizer, "en", "/en/tours/new"],
  [DEMO.adminVn, "vi", "/vi/tours"],
  [DEMO.adminJp, "ja", "/ja/consortiums/new"],
  [DEMO.organizer, "en", "/en/consortiums"],
  [DEMO.adminVn, "vi", "/vi/challenges"],
  [DEMO.organizer, "ja", "/ja/organizer/outbox"],
  [DEMO.organizer, "vi", "/vi/organizer/audit"],
  [DEMO.organizer, "en", "/en/organizer/outcomes"],
  [DEMO.organizer, "ja", "/ja/organizer/dashboard"],
  [DEMO.organizer, "ja", "/ja/organizer/check-in"],
  [DEMO.attendeeVn, "vi", "/vi/agenda/badge"],
  [DEMO.adminJp, "ja", "/ja/notifications"],
  [DEMO.organizer, "vi", "/vi/organizer/schedule/tables"],
  [DEMO.organizer, "vi", "/vi/organizer/staff"],
  [DEMO.organizer, "ja", "/ja/organizer/firm-people"],
  ["admin.00008@demo.kakehashi.example", "ja", "/ja/agenda"],
  ["admin.00008@demo.kakehashi.example", "vi", "/vi/agenda/print"],
];
for (const [email, locale, path] of SIGNED_IN) {
  test(`no serious accessibility violation on ${path}`, async ({ page }) => {
    await signIn(page, email, undefined, locale);
    await page.goto(path);
    expect(await seriousViolations(page)).toEqual([]);
  });
}

test("no serious accessibility violation on a firm's profile editor", async ({ page }) => {
  await signIn(page, DEMO.adminVn, undefined, "vi");
  await page.goto("/vi/firm");
  await page.getByRole("link", { name: "Sửa hồ sơ" }).click();
  await expect(page).toHaveURL(/\/edit$/);
  expect(await seriousViolations(page)).toEqual([]);
});

test("no serious accessibility violation on a firm's profile", async ({ page }) => {
  await page.goto("/en/firms?country=VN");
  await page.getByTestId("firm-list").getByRole("link").first().click();
  await expect(page).toHaveURL(/\/en\/firms\/.+/);
  expect(await seriousViolations(page)).toEqual([]);
});

test("sign-in works with the keyboard alone", async ({ page }) => {
  await page.goto("/en/signin");
  await page.locator('input[name="email"]').focus();
  await page.keyboard.type(DEMO.attendeeVn);
  await page.keyboard.press("Tab");
  await page.keyboard.type("kakehashi-demo-2026");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/en\/home$/);
});
