import { expect, test } from "@playwright/test";
import { DEMO, signIn } from "./helpers";

// On a phone at the venue: no sideways scrolling, the navigation reachable.
for (const path of ["/en", "/vi/firms", "/ja/signin"]) {
  test(`${path} fits a phone screen`, async ({ page }) => {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
}

test("an attendee reads their agenda on a phone", async ({ page }) => {
  await signIn(page, DEMO.attendeeVn, undefined, "vi");
  await expect(page).toHaveURL(/\/vi\/home$/);
  await page.getByRole("navigation", { name: "Truy cập nhanh" }).getByRole("link", { name: "Lịch" }).click();
  await expect(page.getByRole("heading", { name: "Lịch của tôi" })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test("a firm's agenda with meetings and its printout fit a phone", async ({ page }) => {
  // admin.00008's firm has a published meeting once the 1:1 flow has run; the pages must fit either way.
  await signIn(page, "admin.00008@demo.kakehashi.example", undefined, "ja");
  for (const path of ["/ja/agenda", "/ja/agenda/print", "/ja/firm/meetings"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});
