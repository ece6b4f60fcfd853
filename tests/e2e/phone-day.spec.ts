// Issue 21 on a phone (390 × 844): the attendee's home with the next meeting, the menu opened and closed with the
// keyboard, the bottom bar, the agenda with its sticky next meeting; screenshots of the home, agenda and menu in
// three languages (kept as test artefacts under test-results/phone-day/), each checked with axe-core.
import { execFileSync } from "node:child_process";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./helpers";

const ATTENDEE_JP = "attendee.jp@demo.kakehashi.example";
const ATTENDEE_VN = "attendee.vn@demo.kakehashi.example";
const SHOTS = "test-results/phone-day";

test.use({ viewport: { width: 390, height: 844 } });

let meeting: { meetingId: string; table: number; startsAt: string };

test.beforeAll(() => {
  const out = execFileSync("npx", ["tsx", "--conditions=react-server", "tests/e2e/fixtures/phone-day.ts"], {
    env: process.env,
    encoding: "utf8",
  });
  meeting = JSON.parse(out.trim().split("\n").at(-1)!);
});

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

const noSidewaysScroll = async (page: Page) =>
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);

test("in Japanese: the home shows the next meeting, the menu opens and closes by keyboard", async ({ page }) => {
  await signIn(page, ATTENDEE_JP, undefined, "ja");
  await expect(page).toHaveURL(/\/ja\/home$/);
  const next = page.getByTestId("next-meeting");
  await expect(next.getByRole("heading", { name: "次の商談" })).toBeVisible();
  await expect(next.getByTestId("next-meeting-place")).toContainText(`テーブル ${meeting.table}`);
  await expect(next).toContainText("ICT (UTC+7)");
  // The next meeting is on the first screen, not under a wrapped header.
  const box = (await next.boundingBox())!;
  expect(box.y + box.height).toBeLessThan(844);
  const header = (await page.locator("header").boundingBox())!;
  expect(header.height).toBeLessThan(70);
  await noSidewaysScroll(page);

  // The bottom bar: four places, the home marked current.
  const bar = page.getByRole("navigation", { name: "よく使うページ" });
  await expect(bar.getByRole("link")).toHaveCount(4);
  await expect(bar.getByRole("link", { name: "ホーム" })).toHaveAttribute("aria-current", "page");

  // The menu by keyboard: focus moves into it, Tab stays inside, Escape closes it and focus returns.
  const button = page.getByRole("button", { name: "メニュー" });
  await button.focus();
  await page.keyboard.press("Enter");
  const menu = page.getByRole("dialog", { name: "メニュー" });
  await expect(menu).toBeVisible();
  await expect(button).toHaveAttribute("aria-expanded", "true");
  await expect(menu.getByRole("link", { name: "企業見学" })).toBeVisible();
  for (let i = 0; i < 25; i++) {
    await page.keyboard.press("Tab");
    expect(await menu.evaluate((d) => d.contains(document.activeElement))).toBe(true);
  }
  await page.keyboard.press("Escape");
  await expect(menu).toBeHidden();
  await expect(button).toBeFocused();
  await expect(button).toHaveAttribute("aria-expanded", "false");

  // A link in the menu navigates and closes it.
  await button.click();
  await menu.getByRole("link", { name: "マイアジェンダ" }).click();
  await expect(page).toHaveURL(/\/ja\/agenda$/);
  await expect(menu).toBeHidden();
  const sticky = page.getByTestId("next-meeting");
  await expect(sticky).toContainText(`テーブル ${meeting.table}`);
  // It stays in view while the agenda scrolls.
  await page.mouse.wheel(0, 600);
  await expect(sticky).toBeInViewport();
});

for (const [locale, email] of [
  ["ja", ATTENDEE_JP],
  ["vi", ATTENDEE_VN],
  ["en", ATTENDEE_JP],
] as const) {
  test(`screenshots and axe-core in ${locale}: home, agenda, menu`, async ({ page }) => {
    await signIn(page, email, undefined, locale);
    await expect(page).toHaveURL(new RegExp(`/${locale}/home$`));
    await expect(page.getByTestId("next-meeting")).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/home-${locale}.png` });

    await page.goto(`/${locale}/agenda`);
    await expect(page.getByTestId("agenda-item").first()).toBeVisible();
    await noSidewaysScroll(page);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/agenda-${locale}.png` });

    await page.getByTestId("menu-button").click();
    await expect(page.getByTestId("app-menu")).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/menu-${locale}.png` });
  });
}
