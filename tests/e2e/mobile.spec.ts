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
  await expect(page).toHaveURL(/\/vi\/agenda$/);
  await expect(page.getByRole("heading", { name: "Lịch của tôi" })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
