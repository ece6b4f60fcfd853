import { expect, test } from "@playwright/test";
import { DEMO, signIn } from "./helpers";

test("each role lands on its own page", async ({ page }) => {
  await signIn(page, DEMO.organizer);
  await expect(page).toHaveURL(/\/en\/organizer$/);
  await expect(page.getByRole("heading", { name: "Organizer overview" })).toBeVisible();
  await expect(page.getByTestId("registrations-by-country")).toContainText("Vietnam");

  await page.context().clearCookies();
  await signIn(page, DEMO.adminVn);
  await expect(page).toHaveURL(/\/en\/home$/);
  await expect(page.getByRole("heading", { name: "To do" })).toBeVisible();

  await page.context().clearCookies();
  await signIn(page, DEMO.attendeeVn);
  await expect(page).toHaveURL(/\/en\/home$/);
  await expect(page.getByTestId("next-meeting")).toBeVisible();
});

test("an anonymous visitor is sent to sign in from an organizer page", async ({ page }) => {
  await page.goto("/en/organizer");
  await expect(page).toHaveURL(/\/en\/signin\?returnTo=%2Fen%2Forganizer/);
  await expect(page.getByText("Organizer overview")).toHaveCount(0);
});

test("a firm user is kept out of an organizer page", async ({ page }) => {
  await signIn(page, DEMO.adminJp);
  const response = await page.goto("/en/organizer");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "Not allowed" })).toBeVisible();
  await expect(page.getByText("Organizer overview")).toHaveCount(0);
  await expect(page.getByText("Latest registrations")).toHaveCount(0);
});

test("after sign-in the visitor returns to the page they asked for", async ({ page }) => {
  await page.goto("/ja/organizer");
  await expect(page).toHaveURL(/returnTo=%2Fja%2Forganizer/);
  await page.locator('input[name="email"]').fill(DEMO.organizer);
  await page.locator('input[name="password"]').fill("kakehashi-demo-2026");
  await page.locator('main form button[type="submit"]').click();
  await expect(page).toHaveURL(/\/ja\/organizer$/);
  await expect(page.getByRole("heading", { name: "主催者ダッシュボード" })).toBeVisible();
});

test("a return address on another site is ignored", async ({ page }) => {
  await page.goto("/en/signin?returnTo=//evil.example/phish");
  await page.locator('input[name="email"]').fill(DEMO.attendeeVn);
  await page.locator('input[name="password"]').fill("kakehashi-demo-2026");
  await page.locator('main form button[type="submit"]').click();
  await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/en\/home$/);
});
