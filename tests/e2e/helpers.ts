import { expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "kakehashi-demo-2026";
export const DEMO = {
  organizer: "organizer.vinasa@demo.kakehashi.example",
  adminVn: "admin.vn@demo.kakehashi.example",
  attendeeVn: "attendee.vn@demo.kakehashi.example",
  adminJp: "admin.jp@demo.kakehashi.example",
};

/** A fresh address for each run, so tests can sign up again and again on one database. */
export function uniqueEmail(label: string): string {
  return `${label}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 7)}@e2e.kakehashi.example`;
}

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD, locale = "en") {
  await page.goto(`/${locale}/signin`);
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(password);
  await page.locator('main form button[type="submit"]').click();
  await expect(page).not.toHaveURL(/\/signin/);
}

/** The error text shown at a form field. */
export function fieldError(page: Page, name: string) {
  return page.locator(`[data-field-error="${name}"]`);
}
