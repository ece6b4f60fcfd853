// Temporary: screenshots of the new pages in ja and vi (not committed).
import { test } from "@playwright/test";
import { DEMO, signIn, signUp, emailLink, uniqueEmail } from "./helpers";
test.describe.configure({ timeout: 300_000 });
for (const locale of ["ja", "vi"]) {
  test(`screens ${locale}`, async ({ page }) => {
    const shot = (name: string) => page.screenshot({ path: `/tmp/shots/${locale}-${name}.png`, fullPage: true });
    const email = uniqueEmail(`shot${locale}`);
    await signUp(page, locale === "ja" ? "山田 花子" : "Trần Thị Hoa", email, "Ha-Long-bay-2026-shot", locale);
    await shot("signup-done");
    await page.goto(`/${locale}/signin`);
    await page.locator('input[name="email"]').fill(email);
    await page.locator('input[name="password"]').fill("Ha-Long-bay-2026-shot");
    await page.locator("form button[type=submit]").click();
    await page.waitForURL(/\/verify$/);
    await shot("verify");
    await page.goto(await emailLink(email, "verifyEmail"));
    await shot("confirm");
    await page.goto(`/${locale}/forgot-password`);
    await shot("forgot");
    await page.goto(`/${locale}/reset-password?token=${"A".repeat(43)}`);
    await shot("reset-invalid");
    await page.context().clearCookies();
    await signIn(page, DEMO.adminVn, undefined, locale);
    await page.goto(`/${locale}/account`);
    await shot("account");
    await page.goto(`/${locale}/invitations`);
    await shot("invitations");
    await page.goto(`/${locale}/firm`);
    await page
      .locator('[data-testid="invitations"]')
      .scrollIntoViewIfNeeded()
      .catch(() => undefined);
    await shot("firm");
    await page.context().clearCookies();
    await page.goto(`/${locale}/signup`);
    await page.locator('input[name="displayName"]').fill("X");
    await page.locator('input[name="email"]').fill("bad");
    await page.locator('input[name="password"]').fill("qwerty123456");
    await page.locator("form button[type=submit]").click();
    await page.waitForSelector("[data-field-error=password]");
    await shot("signup-errors");
  });
}
