// The event back office, in Vietnamese: an organizer creates next year's Japan ICT Day in Da Nang (about 30 weeks
// ahead; its name carries "e2e" so scripts/reset-matching-day.ts removes it before the next run), edits it, meets
// a save over a colleague's change refused, archives it after the confirmation and restores it. On-site staff get
// 403 on the event admin pages; each vetting body sees only the countries it vets; the event bar names the
// edition and says when one is over.
import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { currentEvent } from "./current-event";
import { DEMO, fieldError, signIn } from "./helpers";

type Messages = Record<string, Record<string, unknown>>;
const vi = JSON.parse(readFileSync("messages/vi.json", "utf8")) as Messages;
const events = vi.events as Record<string, Record<string, string> & string>;
const ONSITE = "staff.onsite@demo.kakehashi.example";
const JETRO = "organizer.jetro@demo.kakehashi.example";

const WEEK = 7 * 24 * 60 * 60 * 1000;
const day = (weeks: number) => new Date(Date.now() + weeks * WEEK).toISOString().slice(0, 10);

async function fillEdition(page: Page, f: Record<string, string>) {
  for (const [name, value] of Object.entries(f))
    await page.locator(`[data-testid="event-form"] [name="${name}"]`).fill(value);
}

test("an organizer creates, edits, archives and restores an edition; a stale save is refused", async ({
  page,
  browser,
}) => {
  const date = day(30);
  const year = date.slice(0, 4);
  const stamp = Date.now().toString(36);
  const nameEn = `Japan ICT Day ${year} (e2e ${stamp})`;
  await signIn(page, DEMO.organizer, undefined, "vi");

  await page.goto("/vi/organizer/events/new");
  await fillEdition(page, {
    nameEn,
    nameJa: `ジャパンICTデー ${year} (e2e ${stamp})`,
    nameVi: `Ngày CNTT Nhật Bản ${year} (e2e ${stamp})`,
    series: "japan-ict-day",
    city: "Da Nang",
    venue: "Ariyana Convention Centre",
    timeZone: "Asia/Ho_Chi_Minh",
    startDate: date,
    startTime: "08:30",
    endDate: date,
    endTime: "07:00",
  });
  await page.locator('[data-testid="event-form"] button[type="submit"]').click();
  // Ends before it starts: the message is at the end, nothing is stored.
  await expect(fieldError(page, "endDate")).toHaveText(
    (vi.errors as Record<string, Record<string, string>>).event!.endBeforeStart!,
  );
  await expect(page).toHaveURL(/\/vi\/organizer\/events\/new$/);

  await fillEdition(page, { endTime: "17:30" });
  await page.locator('[data-testid="event-form"] button[type="submit"]').click();
  await expect(page).toHaveURL(/\/vi\/organizer\/events\/(?!new)[^/]+$/);
  await expect(page.getByText(events.done!.created!)).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Ngày CNTT Nhật Bản ${year} (e2e ${stamp})`);
  const editUrl = page.url();

  // A colleague has the same edition open; the organizer saves first.
  const colleague = await page.context().newPage();
  await colleague.goto(editUrl);
  await fillEdition(page, { venue: "Furama Resort Da Nang" });
  await page.locator('[data-testid="event-form"] button[type="submit"]').click();
  await expect(page.getByText(events.done!.saved!)).toBeVisible();
  await fillEdition(colleague, { venue: "Danang Convention Centre" });
  await colleague.locator('[data-testid="event-form"] button[type="submit"]').click();
  await expect(colleague.getByTestId("form-error")).toContainText(
    (vi.errors as Record<string, Record<string, string>>).event!.changedMeanwhile!,
  );
  await colleague.reload();
  await expect(colleague.locator('[name="venue"]')).toHaveValue("Furama Resort Da Nang");
  await colleague.close();

  // Archive (after the confirmation that says what stays readable) and restore, from the list.
  await page.goto("/vi/organizer/events");
  const row = page.getByTestId("event-row").filter({ hasText: `(e2e ${stamp})` });
  await expect(row).toContainText(events.phase!.upcoming!);
  await row.getByText(`${events.archive}…`).click();
  await expect(row.getByText(events.archiveExplain!)).toBeVisible();
  await row.getByRole("button", { name: /Có, lưu trữ|Yes, archive/ }).click();
  await expect(page.getByText(events.done!.archived!)).toBeVisible();
  await expect(row).toContainText(events.archived!);
  await row.getByRole("button", { name: events.restore! }).click();
  await expect(page.getByText(events.done!.restored!)).toBeVisible();
  await expect(row).not.toContainText(events.archived!);

  // On-site staff: the event admin pages are refused.
  const onsite = await browser.newContext();
  const staff = await onsite.newPage();
  await signIn(staff, ONSITE, undefined, "vi");
  for (const path of [
    "/vi/organizer/events",
    "/vi/organizer/events/new",
    new URL(editUrl).pathname,
    "/vi/organizer/vetting",
    "/vi/organizer/import",
  ]) {
    const response = await staff.goto(path);
    expect(response?.status(), path).toBe(403);
  }
  expect((await staff.goto("/vi/organizer/check-in"))?.status()).toBe(200);
  await onsite.close();
});

test("each vetting body sees only the countries it vets", async ({ page }) => {
  await signIn(page, DEMO.organizer, undefined, "vi");
  await page.goto("/vi/organizer/vetting");
  const country = vi.common!.country as Record<string, string>;
  const vinasa = page.getByTestId("vetting-item");
  await expect(vinasa.first()).toBeVisible();
  for (const text of await vinasa.allInnerTexts()) expect(text).toContain(country.VN);

  await page.context().clearCookies();
  await signIn(page, JETRO, undefined, "vi");
  await page.goto("/vi/organizer/vetting");
  const jetro = page.getByTestId("vetting-item");
  await expect(jetro.first()).toBeVisible();
  for (const text of await jetro.allInnerTexts()) expect(text).toContain(country.JP);
});

test("the event bar names the edition, switches, and says when one is over", async ({ page }) => {
  const current = currentEvent();
  await page.goto("/vi");
  await expect(page.getByTestId("event-bar-name")).toHaveText(current.nameVi);
  await expect(page.getByTestId("event-over")).toHaveCount(0);
  await page.locator("#event-switcher").selectOption({ label: "Ngày CNTT Nhật Bản 2026" });
  await page.getByTestId("event-bar").getByRole("button").click();
  await expect(page.getByTestId("event-bar-name")).toHaveText("Ngày CNTT Nhật Bản 2026");
  await expect(page.getByTestId("event-over")).toBeVisible();
  await page.locator("#event-switcher").selectOption({ label: current.nameVi });
  await page.getByTestId("event-bar").getByRole("button").click();
  await expect(page.getByTestId("event-bar-name")).toHaveText(current.nameVi);
});

test("screenshots of the back office in Japanese and Vietnamese", async ({ page }) => {
  test.setTimeout(180_000);
  await signIn(page, DEMO.organizer, undefined, "vi");
  for (const locale of ["vi", "ja"]) {
    for (const [name, path] of [
      ["events", "/organizer/events"],
      ["events-new", "/organizer/events/new"],
      ["vetting", "/organizer/vetting"],
      ["import", "/organizer/import"],
    ]) {
      await page.goto(`/${locale}${path}`);
      await page.screenshot({ path: `test-results/screens/${locale}-${name}.png`, fullPage: true });
    }
  }
  await page.context().clearCookies();
  await signIn(page, DEMO.adminVn, undefined, "vi");
  await page.goto("/vi/firm");
  await expect(page.getByTestId("participations")).toBeVisible();
  await page.screenshot({ path: "test-results/screens/vi-firm.png", fullPage: true });
});
