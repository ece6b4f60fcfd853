// A refused form keeps everything the person typed, and says what is wrong at the field (actions answer with the
// submitted values: lib/actions/define-action.ts). React resets a form after its action; the fields go back to
// what was submitted, not to the page's values.
import { expect, test, type Page } from "@playwright/test";
import { DEMO, fieldError, signIn } from "./helpers";

/** Every named control of a form, as the page shows it now: text, ticked boxes, chosen options. */
async function formState(page: Page, form: string) {
  return page.getByTestId(form).evaluate((element) => {
    const out: Record<string, string | boolean> = {};
    for (const control of (element as HTMLFormElement).elements) {
      const c = control as HTMLInputElement;
      if (!c.name || c.type === "hidden" || c.type === "file" || c.type === "submit") continue;
      if (c.type === "checkbox" || c.type === "radio") out[`${c.name}=${c.value}`] = c.checked;
      else out[c.name] = c.value;
    }
    return out;
  });
}

test("a refused event set-up form keeps every typed value", async ({ page }) => {
  await signIn(page, DEMO.organizer);
  await page.goto("/en/organizer/setup");

  // A session ending before it starts.
  const session = page.getByTestId("add-session-form");
  await session.getByLabel("Name", { exact: true }).fill("Refused afternoon");
  await session.getByLabel("Day", { exact: true }).fill("2026-02-05");
  await session.getByLabel("Starts", { exact: true }).fill("16:30");
  await session.getByLabel("Ends", { exact: true }).fill("14:10");
  await session.getByLabel("Meeting length (minutes)").fill("25");
  await session.getByLabel("Break between meetings (minutes)").fill("5");
  const typed = await formState(page, "add-session-form");
  await session.getByRole("button", { name: "Add the session" }).click();
  await expect(fieldError(page, "end")).toHaveText("The end must be after the start.");
  expect(await formState(page, "add-session-form")).toEqual(typed);

  // Tables: a number out of range, with an interpreter pair chosen.
  const tables = page.getByTestId("tables-form");
  await tables.getByLabel("Number of tables").fill("0");
  await tables.getByLabel("Tables with an interpreter (numbers)").fill("2, 4");
  await tables.getByLabel("Interpreter's languages").selectOption("en-vi");
  const typedTables = await formState(page, "tables-form");
  await tables.getByRole("button", { name: "Save the tables" }).click();
  await expect(fieldError(page, "count")).toBeVisible();
  expect(await formState(page, "tables-form")).toEqual(typedTables);

  // Settings: a deadline without a time, a cap, self-booking ticked.
  const settings = page.getByTestId("settings-form");
  await settings.getByLabel("Request deadline: day").fill("2026-02-03");
  await settings.getByLabel("Request deadline: time").fill("");
  await settings.getByLabel("Most meetings per firm (empty: no cap)").fill("7");
  await settings.getByLabel("Firms may book each other's open slots themselves").setChecked(true);
  const typedSettings = await formState(page, "settings-form");
  await settings.getByRole("button", { name: "Save the settings" }).click();
  await expect(fieldError(page, "deadlineTime")).toBeVisible();
  expect(await formState(page, "settings-form")).toEqual(typedSettings);
});

test("a refused profile form keeps every typed value", async ({ page }) => {
  await signIn(page, DEMO.adminVn);
  await page.goto("/en/firm");
  await page.getByRole("link", { name: "Edit profile" }).click();
  await expect(page).toHaveURL(/\/en\/firm\/[^/]+\/edit$/);
  const form = page.getByTestId("profile-form");

  await form.getByLabel("Name in English").fill("Refused Edit Co., Ltd.");
  await form.getByLabel("City", { exact: true }).fill("Đà Nẵng");
  await form.getByLabel("Year founded").fill("1700");
  await form.getByLabel("Website").fill("www.refused-edit.example");
  await form.getByLabel("Tags").fill("ERP, 自動車, phần mềm");
  await form.locator('input[name="sectorIds"]').first().setChecked(true);
  await form.locator('input[name="markets"][value="EU"]').setChecked(true);
  await form.locator('select[name="offers.3.nodeId"]').selectOption({ index: 2 });
  await form.locator('input[name="offers.3.note"]').fill("a note typed on a new row");
  await form.locator('textarea[name="descriptionJa"]').fill("拒否されても消えない説明文。");
  await form.locator('input[name="contacts.1.name"]').fill("Trần Thị Bình");
  await form.locator('input[name="contacts.1.email"]').fill("binh@refused-edit.example");
  const typed = await formState(page, "profile-form");

  await form.getByRole("button", { name: "Save the profile" }).click();
  await expect(fieldError(page, "yearFounded")).toHaveText("Enter a year between 1850 and this year.");
  await expect(page.getByTestId("form-error")).toBeVisible();
  expect(await formState(page, "profile-form")).toEqual(typed);

  // Nothing was saved.
  await page.reload();
  await expect(form.getByLabel("Name in English")).not.toHaveValue("Refused Edit Co., Ltd.");
});
