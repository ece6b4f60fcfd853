import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";
import { latestLink } from "../support/outbox-links";

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

/**
 * The serious and critical WCAG 2.1 A/AA violations on the page, each with where it is. The page's title is
 * streamed in after the body (Next.js streams metadata) and set again after a refresh: wait for it first, or axe
 * can look at a page between the two and report it missing.
 */
export async function seriousViolations(page: Page): Promise<string[]> {
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

/** The error text shown at a form field. */
export function fieldError(page: Page, name: string) {
  return page.locator(`[data-field-error="${name}"]`);
}

/** The newest link of a kind of email to `to`, read from the outbox the server writes (no SMTP in the tests). */
export async function emailLink(to: string, kind: string): Promise<string> {
  let link: string | undefined;
  await expect.poll(() => (link = latestLink(to, kind)), { timeout: 10_000 }).toBeTruthy();
  // The server writes links for NEXTAUTH_URL, which is this test server.
  return new URL(link!).pathname + new URL(link!).search;
}

/** Signs up through the form; the page then says to check the mailbox. */
export async function signUp(page: Page, name: string, email: string, password: string, locale = "en") {
  await page.goto(`/${locale}/signup`);
  await page.locator('input[name="displayName"]').fill(name);
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(password);
  await page.locator('main form button[type="submit"]').click();
  await expect(page.getByRole("status")).toContainText(email);
}

/** Opens the verification email's link and confirms, as the person would. */
export async function verifyEmail(page: Page, email: string) {
  await page.goto(await emailLink(email, "verifyEmail"));
  await page.locator("main form button[type=submit]").click();
  await expect(page).not.toHaveURL(/\/verify\/confirm/);
}

/** A new account with a verified address, signed in on this page. */
export async function signUpVerified(page: Page, name: string, email: string, password: string, locale = "en") {
  await signUp(page, name, email, password, locale);
  await verifyEmail(page, email);
  await signIn(page, email, password, locale);
}
