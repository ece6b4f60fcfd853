// The must-show of issue 17, in Vietnamese: VINASA's organizer creates next year's Japan ICT Day in Da Nang (its
// name carries "e2e", so scripts/reset-matching-day.ts removes it before the next run), makes it the current
// edition, invites JETRO's organizer to vet for it, and imports 30 firms built from the CSV template with their
// contacts. Every contact gets the administrator invitation in their language (the row's contact_language, else
// the firm's country's), as the organizer outbox shows. A Japanese firm's Vietnamese-speaking contact reads the
// link in the outbox, signs up with a password, verifies, signs in, accepts, and registers the firm for the
// edition; the firm, Japanese, waits in JETRO's queue (not VINASA's) and appears in the edition's directory once
// JETRO approves it. The 30 rows are the figure: the import with its 30 mails takes seconds.
//
// Making an edition current changes what every page shows, so this file runs in a project of its own, after
// every other desktop test (playwright.config.ts), and makes the seeded edition current again when it ends.
import { readFileSync } from "node:fs";
import Papa from "papaparse";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { currentEvent } from "./current-event";
import { DEMO, emailLink, signIn, signUp } from "./helpers";

type Messages = Record<string, Record<string, unknown>>;
const vi = JSON.parse(readFileSync("messages/vi.json", "utf8")) as Messages;
const events = vi.events as Record<string, Record<string, string> & string>;
const importPage = vi.importPage as Record<string, string>;
const vetting = vi.vetting as Record<string, string>;
const staff = vi.staff as Record<string, Record<string, string> & string>;
const country = (vi.common as Record<string, Record<string, string>>).country!;
const accept = (vi.invitations as Record<string, string>).accept!;
const JETRO = "organizer.jetro@demo.kakehashi.example";
const ROWS = 30;

test.describe.configure({ mode: "serial", timeout: 420_000 });

const WEEK = 7 * 24 * 60 * 60 * 1000;
const stamp = Date.now().toString(36);
const mark = `e2e ${stamp}`;

type Row = Record<string, string>;

/** The language each contact's mail should be in: the row's, else the firm's country's (written out here). */
const expectedLocale = (r: Row) => r.contact_language || (r.country === "VN" ? "vi" : r.country === "JP" ? "ja" : "en");

/** 30 firms from the template's two rows (one Vietnamese, one Japanese): two of three Vietnamese, a few OTHER. */
function firmsFromTemplate(): Row[] {
  const template = Papa.parse<Row>(
    readFileSync("public/templates/firms-import-template.csv", "utf8").replace(/^\uFEFF/, ""),
    {
      header: true,
      skipEmptyLines: true,
    },
  ).data;
  const vn = template.find((r) => r.country === "VN")!;
  const jp = template.find((r) => r.country === "JP")!;
  return Array.from({ length: ROWS }, (_, k) => {
    const n = String(k + 1).padStart(2, "0");
    const base = (k + 1) % 3 === 0 ? jp : vn;
    const other = n === "05" || n === "20";
    return {
      ...base,
      ref: `E2E-${stamp}-${n}`,
      name_local: `${base.name_local} ${mark} ${n}`,
      name_en: `${base.name_en} ${mark} ${n}`,
      name_ja: base.name_ja ? `${base.name_ja} ${mark} ${n}` : "",
      website: `https://www.firm${n}-${stamp}.example`,
      country: other ? "OTHER" : base.country!,
      city: other ? "Singapore" : base.city!,
      contact_email: `contact${n}.${stamp}@e2e.kakehashi.example`,
      // Row 03 (a Japanese firm) has a Vietnamese-speaking contact; row 04 (Vietnamese) an English-speaking one.
      contact_language: n === "03" ? "vi" : n === "04" ? "en" : "",
    };
  });
}

const rows = firmsFromTemplate();
const csv = "\uFEFF" + Papa.unparse(rows, { columns: Object.keys(rows[0]!) });
const accepting = rows[2]!; // row 03: Japanese firm, contact in Vietnamese
const nameVi = `Ngày CNTT Nhật Bản ${new Date(Date.now() + 40 * WEEK).getUTCFullYear()} (${mark})`;

async function newPage(browser: Browser): Promise<Page> {
  return (await browser.newContext()).newPage();
}

test.afterAll(async ({ browser }) => {
  // The seeded edition is the current one again, whatever happened above.
  const page = await newPage(browser);
  await signIn(page, DEMO.organizer, undefined, "vi");
  await page.goto("/vi/organizer/events");
  const seeded = page.getByTestId("event-row").filter({ hasText: currentEvent().nameVi });
  const button = seeded.getByRole("button", { name: events.makeCurrent! });
  if (await button.count()) {
    await button.click();
    await expect(page.getByText(events.done!.current!)).toBeVisible();
  }
  await page.context().close();
});

test("an organizer runs next year's edition: create, make current, import 30 firms whose contacts are invited in their language; one joins, registers, and is in the directory once JETRO approves", async ({
  browser,
}) => {
  const date = new Date(Date.now() + 40 * WEEK).toISOString().slice(0, 10);
  const year = date.slice(0, 4);
  const organizer = await newPage(browser);
  await signIn(organizer, DEMO.organizer, undefined, "vi");

  // Create the edition (the default bodies and split: VINASA vets Vietnamese firms, JETRO Japanese ones).
  await organizer.goto("/vi/organizer/events/new");
  const form = organizer.getByTestId("event-form");
  for (const [name, value] of Object.entries({
    nameEn: `Japan ICT Day ${year} (${mark})`,
    nameJa: `ジャパンICTデー ${year} (${mark})`,
    nameVi,
    series: "japan-ict-day",
    city: "Đà Nẵng",
    venue: "Ariyana Convention Centre",
    timeZone: "Asia/Ho_Chi_Minh",
    startDate: date,
    startTime: "08:30",
    endDate: date,
    endTime: "17:30",
  }))
    await form.locator(`[name="${name}"]`).fill(value);
  await form.locator('button[type="submit"]').click();
  await expect(organizer.getByText(events.done!.created!)).toBeVisible();

  // Make it the current edition: the event bar names it.
  await organizer.goto("/vi/organizer/events");
  const row = organizer.getByTestId("event-row").filter({ hasText: mark });
  await row.getByRole("button", { name: events.makeCurrent! }).click();
  await expect(organizer.getByText(events.done!.current!)).toBeVisible();
  await organizer.goto("/vi");
  await expect(organizer.getByTestId("event-bar-name")).toHaveText(nameVi);

  // JETRO's organizer is invited to vet for it.
  await organizer.goto("/vi/organizer/staff");
  const invite = organizer.getByTestId("staff-invite-form");
  await invite.getByLabel(staff.email!).fill(JETRO);
  await invite.getByLabel(staff.role!).selectOption("VETTING");
  await invite.getByLabel(staff.body!).selectOption({ label: "JETRO" });
  await invite.getByRole("button", { name: staff.invite }).click();
  await expect(organizer.locator(`[data-testid="staff-invitation"][data-email="${JETRO}"]`)).toBeVisible();

  // Import the 30 firms into the edition, approving what VINASA vets, without registering them: their people
  // register them.
  await organizer.goto("/vi/organizer/import");
  await organizer.getByTestId("import-event").selectOption({ label: nameVi });
  await organizer.getByLabel(importPage.file!).setInputFiles({
    name: "firms.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(csv, "utf8"),
  });
  await organizer.getByLabel(importPage.register!.replace("{event}", nameVi)).uncheck();
  await organizer.getByRole("button", { name: importPage.preview }).click();
  await expect(organizer.getByTestId("preview-summary")).toHaveText(`${ROWS} dòng, ${ROWS} dòng sẵn sàng để nhập`);
  const byCountry = organizer.getByTestId("preview-by-country");
  await expect(byCountry).toContainText(`10 doanh nghiệp mới từ ${country.JP} · ${importPage.willWait}`);
  await expect(byCountry).toContainText(`18 doanh nghiệp mới từ ${country.VN} · ${importPage.willApprove}`);
  await organizer.getByRole("button", { name: `Nhập ${ROWS} doanh nghiệp` }).click();
  await expect(organizer.getByTestId("import-vetting-result")).toHaveText("20 đã duyệt, 10 chờ thẩm định.", {
    timeout: 60_000,
  });
  await expect(organizer.getByTestId("import-invitations-result")).toContainText(
    `Đã mời ${ROWS} người liên hệ làm quản trị doanh nghiệp.`,
  );
  await organizer.screenshot({ path: "test-results/screens/vi-import-done.png", fullPage: true });

  // Every contact has its invitation in the outbox, in their language.
  await organizer.goto(`/vi/organizer/outbox?q=${encodeURIComponent(stamp)}&kind=firmAdminInvitation`);
  const mails = organizer.getByTestId("outbox").locator("li");
  await expect(mails).toHaveCount(ROWS);
  const languages: Record<string, number> = {};
  for (const r of rows) {
    const locale = expectedLocale(r);
    languages[locale] = (languages[locale] ?? 0) + 1;
    const mail = mails.filter({ hasText: r.contact_email! });
    await expect(mail).toHaveCount(1);
    await expect(mail.locator("summary")).toContainText(` · ${locale} · `);
  }
  expect(languages).toEqual({ vi: 18, ja: 9, en: 3 });
  await organizer.screenshot({ path: "test-results/screens/vi-outbox-invitations.png", fullPage: true });

  // The Japanese firm's contact (Vietnamese-speaking) reads the link in their mail: the outbox shows it.
  const theirs = mails.filter({ hasText: accepting.contact_email! });
  await theirs.locator("summary").click();
  const text = await theirs.locator("pre").innerText();
  expect(text).toContain("Bạn được mời làm quản trị viên");
  const link = new URL(/https?:\/\/\S+/.exec(text)![0]);
  expect(link.pathname).toBe("/vi/invitations");

  // A Japanese firm of a VINASA import is not in VINASA's queue.
  await organizer.goto("/vi/organizer/vetting");
  await expect(organizer.getByRole("heading", { name: vetting.title, exact: true })).toBeVisible();
  await expect(organizer.getByTestId("vetting-item").filter({ hasText: accepting.name_local! })).toHaveCount(0);

  // The contact sets a password (signs up with the invited address), verifies it, signs in and accepts.
  const contact = await newPage(browser);
  const password = "Son-Tra-peninsula-2027";
  await signUp(contact, "Trần Thị Mai", accepting.contact_email!, password, "vi");
  await contact.goto(await emailLink(accepting.contact_email!, "verifyEmail"));
  await contact.locator("main form button[type=submit]").click();
  await expect(contact).not.toHaveURL(/\/verify\/confirm/);
  await signIn(contact, accepting.contact_email!, password, "vi");
  await contact.goto(link.pathname + link.search);
  const offer = contact.getByTestId("my-invitations").locator("li");
  await expect(offer).toHaveCount(1);
  await expect(offer).toContainText(accepting.name_local!);
  await offer.getByRole("button", { name: accept }).click();
  await expect(contact.getByRole("status").filter({ hasText: "Bạn đã tham gia" })).toBeVisible();

  // The firm's new administrator registers it for the edition from the firm page.
  await contact.goto("/vi/firm");
  const open = contact.getByTestId("open-edition").filter({ hasText: nameVi });
  await open.getByRole("button", { name: events.participation!.register! }).click();
  await expect(contact.getByTestId("participation").filter({ hasText: nameVi })).toBeVisible();

  // Not yet approved: not in the edition's directory.
  const directory = `/vi/firms?event=current&q=${encodeURIComponent(accepting.name_en!)}`;
  await contact.goto(directory);
  await expect(contact.getByTestId("event-bar-name")).toHaveText(nameVi);
  await expect(contact.getByTestId("firm-list").getByRole("article")).toHaveCount(0);

  // JETRO's organizer accepts the vetting role and approves the firm, then the rest of the import at once.
  const jetro = await newPage(browser);
  await signIn(jetro, JETRO, undefined, "vi");
  await jetro.goto("/vi/invitations");
  await jetro
    .getByTestId("my-staff-invitations")
    .locator("li", { hasText: nameVi })
    .getByRole("button", { name: accept })
    .click();
  await expect(jetro.getByText(staff.done!.accepted!.replace("{event}", nameVi))).toBeVisible();
  await jetro.goto("/vi/organizer/vetting");
  const item = jetro.getByTestId("vetting-item").filter({ hasText: accepting.name_local! });
  await expect(item).toHaveCount(1);
  await item.getByRole("button", { name: vetting.approve, exact: true }).click();
  await expect(item).toHaveCount(0);
  const waiting = rows.filter((r) => r.country === "JP" && r !== accepting);
  for (const r of waiting) await jetro.getByLabel(vetting.select!.replace("{name}", r.name_local!)).check();
  await jetro.getByTestId("bulk-approve").click();
  await expect(jetro.getByText(vetting.bulkApproved!.replace("{count}", String(waiting.length)))).toBeVisible();
  await expect(jetro.getByTestId("vetting-item").filter({ hasText: mark })).toHaveCount(0);

  // Approved by the right body: in the edition's directory.
  await contact.goto(directory);
  await expect(contact.getByTestId("firm-list").getByRole("article")).toHaveCount(1);
  await expect(contact.getByTestId("firm-list")).toContainText(accepting.name_local!);

  for (const p of [organizer, contact, jetro]) await p.context().close();
});
