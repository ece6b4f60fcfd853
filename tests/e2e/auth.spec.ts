import { expect, test } from "@playwright/test";
import { fieldError, signIn, uniqueEmail } from "./helpers";

test("a newcomer signs up, signs out and signs in again", async ({ page }) => {
  const email = uniqueEmail("newcomer");
  await page.goto("/en/signup");
  await page.getByLabel("Your name").fill("Đỗ Quốc Khoa");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password", { exact: true }).fill("Hanoi-bridge-2026");
  await page.getByRole("button", { name: "Create account" }).click();

  // A user without a firm lands on their account page.
  await expect(page).toHaveURL(/\/en\/account$/);
  await expect(page.getByRole("heading", { name: "Your account" })).toBeVisible();
  await expect(page.getByText(email, { exact: true })).toBeVisible();

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/en\/signin\?signedOut=1/);
  await expect(page.getByText("You are signed out.")).toBeVisible();

  await page.goto("/en/account");
  await expect(page).toHaveURL(/\/en\/signin\?returnTo=/);

  await signIn(page, email, "Hanoi-bridge-2026");
  await expect(page).toHaveURL(/\/en\/account$/);
  await expect(page.getByTestId("signed-in-as")).toContainText("Đỗ Quốc Khoa");
});

test("sign-up refuses a taken address, a malformed one and a weak password, each at its field", async ({ page }) => {
  await page.goto("/en/signup");
  await page.getByLabel("Your name").fill("Bùi Gia Linh");
  await page.getByLabel("Email address").fill("not-an-address");
  await page.getByLabel("Password", { exact: true }).fill("short");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(fieldError(page, "email")).toHaveText("Enter a valid email address, like name@example.com.");
  await expect(fieldError(page, "password")).toHaveText("The password must be at least 10 characters long.");
  await expect(page.getByLabel("Email address")).toHaveAttribute("aria-invalid", "true");

  await page.getByLabel("Email address").fill("Admin.VN@demo.kakehashi.example");
  await page.getByLabel("Password", { exact: true }).fill("password123");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(fieldError(page, "password")).toContainText("too easy to guess");

  await page.getByLabel("Password", { exact: true }).fill("Another-bridge-2026");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(fieldError(page, "email")).toHaveText(
    "An account with this email address already exists. Sign in instead.",
  );
  await expect(page).toHaveURL(/\/en\/signup$/);
});

test("a refused sign-up stores nothing: the same address can sign up afterwards", async ({ page }) => {
  const email = uniqueEmail("retry");
  await page.goto("/en/signup");
  await page.getByLabel("Your name").fill("Vũ Thanh Tâm");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password", { exact: true }).fill("abcdefghijkl");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(fieldError(page, "password")).toBeVisible();

  await page.getByLabel("Password", { exact: true }).fill("Da-Nang-2026-bridge");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/en\/account$/);
});

test("the errors are in the page's language", async ({ page }) => {
  await page.goto("/ja/signup");
  await page.getByLabel("お名前").fill("鈴木 大輔");
  await page.getByLabel("メールアドレス").fill("admin.jp@demo.kakehashi.example");
  await page.getByLabel("パスワード", { exact: true }).fill("Osaka-bridge-2026");
  await page.getByRole("button", { name: "アカウントを作成" }).click();
  await expect(fieldError(page, "email")).toHaveText(
    "このメールアドレスのアカウントはすでに存在します。ログインしてください。",
  );

  await page.goto("/vi/signin");
  await page.getByLabel("Địa chỉ email").fill("admin.vn@demo.kakehashi.example");
  await page.getByLabel("Mật khẩu").fill("wrong-password-1");
  await page.getByRole("button", { name: "Đăng nhập" }).last().click();
  await expect(fieldError(page, "password")).toHaveText("Địa chỉ email hoặc mật khẩu không đúng.");
});

test("repeated wrong passwords lock the account for a while", async ({ page }) => {
  // A fresh account, so that locking it does not disturb other tests.
  const email = uniqueEmail("locked");
  await page.goto("/en/signup");
  await page.getByLabel("Your name").fill("Ngô Hải Nam");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password", { exact: true }).fill("Hue-bridge-2026");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/en\/account$/);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/signedOut=1/);

  for (let i = 0; i < 5; i++) {
    await page.locator('input[name="email"]').fill(email);
    await page.locator('input[name="password"]').fill(`wrong-guess-${i}`);
    await page.locator('main form button[type="submit"]').click();
    await expect(fieldError(page, "password")).toBeVisible();
  }
  // Even the right password is refused while locked.
  await page.locator('input[name="password"]').fill("Hue-bridge-2026");
  await page.locator('main form button[type="submit"]').click();
  await expect(page.getByRole("alert").filter({ hasText: "Too many" })).toHaveText(
    "Too many failed attempts. Wait 15 minutes and try again.",
  );
  await expect(page).toHaveURL(/\/signin/);
});
