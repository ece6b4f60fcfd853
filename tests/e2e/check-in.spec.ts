import { expect, test } from "@playwright/test";
import { DEMO, signIn } from "./helpers";

test("an attendee shows a badge; staff check them in by typing its code; a second scan says when they came", async ({
  page,
}) => {
  await signIn(page, DEMO.attendeeVn, undefined, "vi");
  await page.goto("/vi/agenda/badge");
  await expect(page.getByRole("img", { name: "Mã QR để điểm danh tại cửa" })).toBeVisible();
  const code = (await page.getByTestId("badge-code").textContent())!.replace(/\s/g, "");
  expect(code).toMatch(/^[2-9A-HJKMNP-Z]{8}$/);

  await page.context().clearCookies();
  await signIn(page, DEMO.organizer);
  await page.goto("/en/organizer/check-in");
  // The page finds by badge code and by name: each form its own "Find".
  const byCode = page.locator("form").filter({ has: page.getByLabel("Badge code") });
  await page.getByLabel("Badge code").fill("NOTACODE1");
  await byCode.getByRole("button", { name: "Find" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "badge code" })).toHaveText(
    "That is not a badge code: eight letters and digits.",
  );
  // Typed the way people read it out: lower case, with a space.
  await page.getByLabel("Badge code").fill(`${code.slice(0, 4).toLowerCase()} ${code.slice(4)}`);
  await byCode.getByRole("button", { name: "Find" }).click();
  const found = page.getByTestId("badge-found");
  await expect(found).toBeVisible();
  if (await found.getByRole("button", { name: "Check in" }).count()) {
    await found.getByRole("button", { name: "Check in" }).click();
    await expect(page.getByRole("status")).toContainText("checked in");
  }
  // Scanning the badge again (its QR opens this address) says they are in already.
  await page.goto(`/en/organizer/check-in?code=${code}`);
  await expect(page.getByTestId("badge-found")).toContainText("checked in already");
  await expect(page.getByTestId("recent-check-ins")).not.toBeEmpty();

  // The welcome desk prints a firm's badges from its profile.
  await page.goto("/en/firms/seed-firm-00002");
  await page.getByRole("link", { name: "Print badges" }).click();
  await expect(page.getByTestId("badges").locator("article").first()).toBeVisible();

  // Not for firms.
  await page.context().clearCookies();
  await signIn(page, DEMO.adminVn);
  expect((await page.goto("/en/organizer/check-in"))?.status()).toBe(403);
});
