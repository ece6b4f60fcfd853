import { expect, test } from "@playwright/test";
import { DEMO, signIn } from "./helpers";

test("an organizer sets up a matching session and tables, with times in the event's zone", async ({ page }) => {
  await signIn(page, DEMO.organizer);
  await page.goto("/en/organizer/setup");
  // Remove what an earlier run left.
  for (let i = 0; i < 10 && (await page.getByRole("button", { name: "Remove" }).count()) > 0; i++) {
    await page.getByRole("button", { name: "Remove" }).first().click();
    await page.waitForURL(/saved=remove/);
  }
  await expect(page.getByText("times in ICT (UTC+7)")).toBeVisible();

  // A session ending before it starts: the error at the field, nothing added.
  await page.getByLabel("Name", { exact: true }).fill("Morning");
  await page.getByLabel("Day", { exact: true }).fill("2026-02-04");
  await page.getByLabel("Starts", { exact: true }).fill("12:00");
  await page.getByLabel("Ends", { exact: true }).fill("09:00");
  await page.getByRole("button", { name: "Add the session" }).click();
  await expect(page.locator('[data-field-error="end"]')).toHaveText("The end must be after the start.");
  await expect(page.getByTestId("sessions").getByRole("listitem")).toHaveCount(0);

  await page.getByLabel("Name", { exact: true }).fill("Morning");
  await page.getByLabel("Day", { exact: true }).fill("2026-02-04");
  await page.getByLabel("Starts", { exact: true }).fill("09:00");
  await page.getByLabel("Ends", { exact: true }).fill("12:00");
  await page.getByRole("button", { name: "Add the session" }).click();
  await expect(page.getByRole("status")).toHaveText("Session added with its slots.");
  const session = page.getByTestId("sessions").getByRole("listitem").first();
  await expect(session).toContainText("09:00–12:00 ICT (UTC+7)");
  await expect(session).toContainText("9 slots of 20 min");

  await page.getByLabel("Number of tables").fill("30");
  await page.getByLabel("Tables with an interpreter (numbers)").fill("1, 2, 3");
  await page.getByRole("button", { name: "Save the tables" }).click();
  await expect(page.getByTestId("tables-summary")).toHaveText("30 tables, 3 with an interpreter.");

  // The event as a scheduling instance, for organizers only.
  const instance = await page.request.get("/api/organizer/schedule/instance");
  expect(instance.status()).toBe(200);
  const json = await instance.json();
  expect(json.slots).toHaveLength(9);
  expect(json.tables.filter((t: { interpreter?: string }) => t.interpreter === "ja-vi")).toHaveLength(3);

  // A firm marks the slots its delegation is away.
  await page.context().clearCookies();
  await signIn(page, DEMO.adminVn);
  expect((await page.goto("/en/organizer/setup"))?.status()).toBe(403);
  expect((await page.request.get("/api/organizer/schedule/instance")).status()).toBe(403);
  await page.goto("/vi/firm/availability");
  await page.getByLabel("09:00–09:20").check();
  await page.getByRole("button", { name: "Lưu" }).click();
  await expect(page.getByRole("status")).toContainText("Đã lưu");
  await expect(page.getByLabel("09:00–09:20")).toBeChecked();
  await expect(page.getByLabel("09:20–09:40")).not.toBeChecked();
});
