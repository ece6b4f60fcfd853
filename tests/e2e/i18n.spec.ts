import { expect, test } from "@playwright/test";
import { currentEvent } from "./current-event";

test("a visitor switches to Japanese and Vietnamese and the choice is remembered", async ({ page }) => {
  await page.goto("/en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(currentEvent().nameEn);
  await expect(page.getByRole("link", { name: "Participating firms" }).first()).toBeVisible();

  await page.getByRole("link", { name: "日本語" }).click();
  await expect(page).toHaveURL(/\/ja$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "ja");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(currentEvent().nameJa);
  await expect(page.getByRole("link", { name: "参加企業" }).first()).toBeVisible();
  await expect(page.getByText("ここでできること")).toBeVisible();

  await page.getByRole("link", { name: "Tiếng Việt" }).click();
  await expect(page).toHaveURL(/\/vi$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(currentEvent().nameVi);
  await expect(page.getByText("Bạn có thể làm gì tại đây")).toBeVisible();

  // Coming back to the bare address keeps Vietnamese.
  await page.goto("/");
  await expect(page).toHaveURL(/\/vi$/);
});

test("the switcher keeps the page and its search", async ({ page }) => {
  await page.goto("/en/firms?country=JP");
  await page.getByRole("link", { name: "Tiếng Việt" }).click();
  await expect(page).toHaveURL(/\/vi\/firms\?country=JP$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Danh bạ doanh nghiệp");
  await expect(page.getByLabel("Quốc gia")).toHaveValue("JP");
});

test("event times are in Hanoi time, labelled, whatever the browser's and server's zones", async ({ page }) => {
  // playwright.config.ts puts the browser in New York and the server in Los Angeles.
  await page.goto("/en");
  await expect(page.getByTestId("event-date")).toHaveText(currentEvent().dateEn);
  await expect(page.getByTestId("event-hours")).toHaveText("08:30–17:30 ICT (UTC+7)");
  await page.goto("/ja");
  await expect(page.getByTestId("event-date")).toHaveText(currentEvent().dateJa);
});

test("a first visit follows the browser's language", async ({ browser }) => {
  const context = await browser.newContext({ locale: "ja-JP" });
  const page = await context.newPage();
  await page.goto("/");
  await expect(page).toHaveURL(/\/ja$/);
  await context.close();
});

test("unknown pages get a translated 404", async ({ page }) => {
  const response = await page.goto("/vi/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Không tìm thấy trang" })).toBeVisible();
});
