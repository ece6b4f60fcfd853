import { expect, test } from "@playwright/test";

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
  // The pages still work under the policy: nothing was blocked while this one loaded and hydrated.
  await page.getByRole("link", { name: "日本語" }).first().click();
  await expect(page).toHaveURL(/\/ja/);
  expect(violations).toEqual([]);
});
