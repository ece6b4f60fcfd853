import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { DEMO, signIn } from "./helpers";

async function seriousViolations(page: import("@playwright/test").Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

for (const path of ["/en", "/ja/firms", "/vi/signin", "/en/signup"]) {
  test(`no serious accessibility violation on ${path}`, async ({ page }) => {
    await page.goto(path);
    expect(await seriousViolations(page)).toEqual([]);
  });
}

test("no serious accessibility violation on the signed-in pages", async ({ page }) => {
  await signIn(page, DEMO.organizer);
  expect(await seriousViolations(page)).toEqual([]);
  for (const path of ["/en/organizer/vetting", "/ja/organizer/import", "/en/organizer/taxonomy", "/vi/organizer/matching", "/ja/organizer/setup"]) {
    await page.goto(path);
    expect(await seriousViolations(page), path).toEqual([]);
  }
  await page.context().clearCookies();
  await signIn(page, DEMO.adminVn, undefined, "vi");
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole("link", { name: "Sửa hồ sơ" }).click();
  expect(await seriousViolations(page)).toEqual([]);
  await page.goto("/vi/firm/register");
  expect(await seriousViolations(page)).toEqual([]);
  await page.goto("/ja/firm/recommendations");
  expect(await seriousViolations(page)).toEqual([]);
  await page.goto("/vi/firm/meetings");
  expect(await seriousViolations(page)).toEqual([]);
  await page.goto("/vi/firm/availability");
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
  await expect(page).toHaveURL(/\/en\/agenda$/);
});
