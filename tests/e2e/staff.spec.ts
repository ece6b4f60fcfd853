// Staff and firms' people (issue 17), in Vietnamese: an event admin invites a newcomer as on-site staff; the
// newcomer signs up with that address, verifies it, accepts on Invitations and reaches check-in but not the
// staff page; the admin sees them on the staff list and removes them after the confirmation. A malformed
// address is refused at its field. The firms' people page lists a firm nobody has joined and resends its offer.
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { DEMO, fieldError, signIn, signUpVerified, uniqueEmail } from "./helpers";

type Messages = Record<string, Record<string, unknown>>;
const vi = JSON.parse(readFileSync("messages/vi.json", "utf8")) as Messages;
const staff = vi.staff as Record<string, string>;
const roles = (vi.events as Record<string, Record<string, string>>).role!;

test.describe.configure({ timeout: 180_000 });

test("an event admin invites on-site staff; the holder of the address accepts and may check people in only", async ({
  page,
  browser,
}) => {
  await signIn(page, DEMO.organizer, undefined, "vi");
  await page.goto("/vi/organizer/staff");
  await expect(page.getByRole("heading", { name: staff.title, exact: true })).toBeVisible();

  // A malformed address: refused at the field, nothing sent.
  const invite = page.getByTestId("staff-invite-form");
  await invite.getByLabel(staff.email!).fill("không phải địa chỉ");
  await invite.getByRole("button", { name: staff.invite }).click();
  await expect(fieldError(page, "email")).toBeVisible();

  const email = uniqueEmail("onsite");
  await invite.getByLabel(staff.email!).fill(email);
  await invite.getByLabel(staff.role!).selectOption("ONSITE");
  await invite.getByRole("button", { name: staff.invite }).click();
  await expect(page.locator(`[data-testid="staff-invitation"][data-email="${email}"]`)).toBeVisible();

  // The newcomer signs up with the address, verifies it and accepts.
  const newcomer = await browser.newPage();
  await signUpVerified(newcomer, "Nhân viên tại chỗ", email, "Hoi-An-lantern-2027", "vi");
  await newcomer.goto("/vi/invitations");
  await newcomer
    .getByRole("button", { name: (vi.invitations as Record<string, string>).accept })
    .first()
    .click();
  await expect(newcomer.getByText(/nhân sự của/)).toBeVisible();
  await newcomer.goto("/vi/organizer/check-in");
  await expect(newcomer.locator("main h1")).toBeVisible();
  expect((await newcomer.goto("/vi/organizer/staff"))?.status()).toBe(403);

  // The admin sees them with their role, and removes them after the second step.
  await page.reload();
  const row = page.locator(`[data-testid="staff-row"][data-email="${email}"]`);
  await expect(row).toContainText(roles.ONSITE!);
  await row.locator("summary").click();
  await row.getByRole("button", { name: /^Gỡ / }).click();
  await expect(row).toHaveCount(0);
  expect((await newcomer.goto("/vi/organizer/check-in"))?.status()).toBe(403);
});

test("the overview flags the firm nobody has joined; the firms' people page resends its offer to a new address", async ({
  page,
}) => {
  const people = vi.firmPeople as Record<string, Record<string, string> & string>;
  await signIn(page, DEMO.organizer, undefined, "vi");
  await page.goto("/vi/organizer");
  // The seed's Hai Van Software was imported for the upcoming edition and nobody has joined it yet.
  const flag = page.getByTestId("firms-without-people");
  await expect(flag).toBeVisible();
  await flag.getByRole("link", { name: people.see! }).click();
  await expect(page).toHaveURL(/\/vi\/organizer\/firm-people$/);
  const row = page.locator('[data-testid="firm-people-row"][data-firm="Hai Van Software Co., Ltd."]');
  await expect(row.getByTestId("offer-state")).toContainText(people.state!.sent!);
  const address = uniqueEmail("haivan");
  await row.getByLabel(people.address!).fill(address);
  await row.getByRole("button", { name: people.resend! }).click();
  await expect(page.getByText(people.done!.sent!.replace("{email}", address))).toBeVisible();
  await expect(row).toContainText(address);
  await page.screenshot({ path: "test-results/screens/vi-firm-people.png", fullPage: true });
  await page.goto("/ja/organizer/firm-people");
  await page.screenshot({ path: "test-results/screens/ja-firm-people.png", fullPage: true });
  for (const locale of ["vi", "ja"]) {
    await page.goto(`/${locale}/organizer/staff`);
    await page.screenshot({ path: `test-results/screens/${locale}-staff.png`, fullPage: true });
  }
});
