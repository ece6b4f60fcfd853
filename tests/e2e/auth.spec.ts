import { expect, test } from "@playwright/test";
// Several accounts are made and verified per test: more time than the default on a busy two-core machine.
import { emailLink, fieldError, signIn, signUp, signUpVerified, uniqueEmail, verifyEmail } from "./helpers";

test.describe.configure({ timeout: 180_000 });

test("a newcomer signs up, verifies the address by the email's link, signs in, out and in again", async ({ page }) => {
  const email = uniqueEmail("newcomer");
  await page.goto("/en/signup");
  await page.getByLabel("Your name").fill("Đỗ Quốc Khoa");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password", { exact: true }).fill("Hanoi-bridge-2026");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("status")).toHaveText(
    `We sent a message to ${email}. Open the link in it to confirm your address, then sign in. The link works for 24 hours.`,
  );

  // Before the address is verified, signing in leads only to the page that says so.
  await signIn(page, email, "Hanoi-bridge-2026");
  await expect(page).toHaveURL(/\/en\/verify$/);
  await expect(page.getByRole("heading", { name: "Confirm your email address" })).toBeVisible();
  await page.goto("/en/account");
  await expect(page).toHaveURL(/\/en\/verify$/);
  await page.getByRole("button", { name: "Send the link again" }).click();
  await expect(page.getByRole("status")).toContainText("A new link is on its way");

  await page.goto(await emailLink(email, "verifyEmail"));
  await page.getByRole("button", { name: "Confirm my address" }).click();
  // Signed in as that account: straight on to its page.
  await expect(page).toHaveURL(/\/en\/account$/);
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

test("sign-up refuses a malformed address and a weak password at their fields, saying why", async ({ page }) => {
  await page.goto("/en/signup");
  await page.getByLabel("Your name").fill("Bùi Gia Linh");
  await page.getByLabel("Email address").fill("not-an-address");
  await page.getByLabel("Password", { exact: true }).fill("short");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(fieldError(page, "email")).toHaveText("Enter a valid email address, like name@example.com.");
  await expect(fieldError(page, "password")).toHaveText("The password must be at least 12 characters long.");
  await expect(page.getByLabel("Email address")).toHaveAttribute("aria-invalid", "true");
  // What was typed is kept (the password is not sent back).
  await expect(page.getByLabel("Your name")).toHaveValue("Bùi Gia Linh");

  await page.getByLabel("Email address").fill(uniqueEmail("weak"));
  await page.getByLabel("Password", { exact: true }).fill("qwerty123456");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(fieldError(page, "password")).toHaveText("This is a commonly used password.");
});

test("sign-up answers a taken address exactly as a new one; the owner gets an email instead", async ({ page }) => {
  const answer = async (email: string) => {
    await signUp(page, "Someone", email, "Another-bridge-2026");
    return (await page.getByRole("status").textContent())!.replace(email, "<address>");
  };
  const taken = await answer("admin.vn@demo.kakehashi.example");
  const fresh = await answer(uniqueEmail("fresh"));
  expect(taken).toBe(fresh);
  expect(await emailLink("admin.vn@demo.kakehashi.example", "signUpExisting")).toMatch(/\/forgot-password$/);
});

test("the errors and answers are in the page's language", async ({ page }) => {
  await page.goto("/ja/signup");
  await page.getByLabel("お名前").fill("鈴木 大輔");
  await page.getByLabel("メールアドレス").fill(uniqueEmail("suzuki"));
  await page.getByLabel("パスワード", { exact: true }).fill("abcdefghijkl");
  await page.getByRole("button", { name: "アカウントを作成" }).click();
  await expect(fieldError(page, "password")).toHaveText(
    "推測されやすいパスワードです：「abc」や「1234」のようなよくある並びです。",
  );

  await page.goto("/vi/signin");
  await page.getByLabel("Địa chỉ email").fill("admin.vn@demo.kakehashi.example");
  await page.getByLabel("Mật khẩu").fill("wrong-password-1");
  await page.getByRole("button", { name: "Đăng nhập" }).last().click();
  await expect(fieldError(page, "password")).toHaveText("Địa chỉ email hoặc mật khẩu không đúng.");
});

test("wrong passwords slow an account down but never lock out its owner's own device", async ({ browser }) => {
  const owner = await browser.newPage();
  const email = uniqueEmail("slowed");
  await signUpVerified(owner, "Ngô Hải Nam", email, "Hue-bridge-2026");
  await owner.getByRole("button", { name: "Sign out" }).click();
  await expect(owner).toHaveURL(/signedOut=1/);

  // Someone else, on another device: five wrong guesses, then even the right password has to wait.
  const other = await browser.newPage();
  await other.goto("/en/signin");
  for (let i = 0; i < 5; i++) {
    await other.locator('input[name="email"]').fill(email);
    await other.locator('input[name="password"]').fill(`wrong-guess-${i}`);
    await other.locator('main form button[type="submit"]').click();
    await expect(fieldError(other, "password")).toBeVisible();
  }
  await other.locator('input[name="password"]').fill("Hue-bridge-2026");
  await other.locator('main form button[type="submit"]').click();
  await expect(other.getByRole("alert").filter({ hasText: "Too many" })).toHaveText(
    /^Too many failed attempts\. Wait \d+ seconds and try again\.$/,
  );
  await expect(other).toHaveURL(/\/signin/);

  // The owner, on the device they signed in on before, is not held up at all.
  await signIn(owner, email, "Hue-bridge-2026");
  await expect(owner).toHaveURL(/\/en\/account$/);
  await owner.close();
  await other.close();
});

test("after the email link, the verify page is gone for good", async ({ page }) => {
  const email = uniqueEmail("verified");
  await signUp(page, "Lê Minh", email, "Sapa-terraces-2026");
  await verifyEmail(page, email);
  await expect(page).toHaveURL(/\/en\/signin$/);
  await expect(page.getByRole("status")).toHaveText("Your address is confirmed. You can sign in now.");
  // The same link a second time: no longer valid.
  await page.goto(await emailLink(email, "verifyEmail"));
  await page.getByRole("button", { name: "Confirm my address" }).click();
  await expect(page.getByText("This link is no longer valid", { exact: false })).toBeVisible();
});
