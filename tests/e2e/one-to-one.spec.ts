import { expect, test, type Page } from "@playwright/test";
import ICAL from "ical.js";
import { DEMO, signIn } from "./helpers";

// 1:1 matching from request to agenda. These tests share the demo firms, the event's sessions and tables, so
// they run one after another in one worker: requests, then set-up (which clears what earlier runs left), then
// the whole flow.
test.describe.configure({ mode: "serial" });

// Two seeded firms no other test uses: a Vietnamese one and a Japanese one.
const FLOW_VN = "admin.00008@demo.kakehashi.example";
const FLOW_JP = "admin.00021@demo.kakehashi.example"; // approved (00009 is a rejected firm in the demo seed)

/** Ends every request and meeting a firm has (earlier runs on this database), so sessions can be removed. */
async function clearMeetingsOf(page: Page, email: string) {
  await page.context().clearCookies();
  await signIn(page, email);
  for (const button of ["Withdraw", "Decline", "Cancel the meeting"]) {
    for (let i = 0; i < 20; i++) {
      await page.goto("/en/firm/meetings");
      if ((await page.getByRole("button", { name: button }).count()) === 0) break;
      await page.getByRole("button", { name: button }).first().click();
      await expect(page.getByTestId("page-notice")).not.toBeEmpty();
    }
  }
  await page.context().clearCookies();
}

test("a firm requests a meeting from a profile, the other accepts, both see it accepted", async ({ page }) => {
  // Four sign-ins and a dozen pages: more than the default minute on a busy machine.
  test.setTimeout(150_000);
  // The Japanese admin's firm page gives the Japanese firm's public profile address.
  await signIn(page, DEMO.adminJp);
  await page.goto("/en/firm");
  await page.getByRole("link", { name: "View public profile" }).click();
  await expect(page).toHaveURL(/\/en\/firms\/[^/]+$/);
  const jpProfile = new URL(page.url()).pathname;

  // Clear earlier runs' requests between the two demo firms (tests may run again on one database).
  await page.context().clearCookies();
  await signIn(page, DEMO.adminVn);
  for (const button of ["Withdraw", "Decline", "Cancel the meeting"]) {
    for (let i = 0; i < 10; i++) {
      await page.goto("/en/firm/meetings");
      if ((await page.getByRole("button", { name: button }).count()) === 0) break;
      await page.getByRole("button", { name: button }).first().click();
      await expect(page.getByTestId("page-notice")).not.toBeEmpty();
    }
  }

  await page.goto(jpProfile.replace("/en/", "/vi/"));
  await expect(page.getByTestId("request-state")).toHaveCount(0);
  await page.getByLabel("Rất muốn gặp").check();
  await page.getByLabel("Lời nhắn cho doanh nghiệp (không bắt buộc)").fill("Chúng tôi muốn trao đổi về AUTOSAR.");
  await page.getByRole("button", { name: "Gửi đề nghị" }).click();
  await expect(page.getByTestId("request-state")).toContainText("Đang chờ trả lời");
  await page.goto("/vi/firm/meetings");
  await expect(page.getByTestId("requests-outgoing")).toContainText("Rất muốn gặp");

  await page.context().clearCookies();
  await signIn(page, DEMO.adminJp, undefined, "ja");
  await page.goto("/ja/firm/meetings");
  const incoming = page.getByTestId("requests-incoming");
  await expect(incoming).toContainText("Chúng tôi muốn trao đổi về AUTOSAR.");
  // The request is in the app's updates too, in Japanese.
  await page.goto("/ja/notifications");
  await expect(page.getByTestId("notifications")).toContainText("から商談のリクエストが届きました");
  await page.goto("/ja/firm/meetings");
  // The demo firm has other firms' requests too: accept this one.
  await incoming
    .getByRole("listitem")
    .filter({ hasText: "Chúng tôi muốn trao đổi về AUTOSAR." })
    .getByRole("button", { name: "承諾" })
    .click();
  await expect(page.getByRole("status")).toContainText("承諾しました");
  await expect(page.getByTestId("requests-accepted")).toBeVisible();

  // The request reached the Japanese firm by email, in Japanese (the outbox, with no mail server configured).
  await page.context().clearCookies();
  await signIn(page, DEMO.organizer);
  await page.goto("/en/organizer/outbox");
  await expect(
    page
      .getByTestId("outbox")
      .getByRole("listitem")
      .filter({ hasText: "to admin.jp@demo.kakehashi.example" })
      .filter({ hasText: "から商談のリクエストが届きました" })
      .first(),
  ).toBeVisible();

  await page.context().clearCookies();
  await signIn(page, DEMO.adminVn, undefined, "vi");
  await page.goto("/vi/firm/meetings");
  await expect(page.getByTestId("requests-accepted")).toContainText("Đã chấp nhận");
});

test("an organizer sets up a matching session and tables, with times in the event's zone", async ({ page }) => {
  // It first clears four firms' meetings, each behind a sign-in.
  test.setTimeout(150_000);
  for (const email of [FLOW_VN, FLOW_JP, DEMO.adminVn, DEMO.adminJp]) await clearMeetingsOf(page, email);
  await signIn(page, DEMO.organizer);
  await page.goto("/en/organizer/setup");
  // Remove what an earlier run left.
  const sessions = page.getByTestId("sessions").getByRole("listitem");
  for (let n = await sessions.count(); n > 0; n--) {
    await page.getByRole("button", { name: "Remove" }).first().click();
    await expect(sessions).toHaveCount(n - 1);
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

test("request -> accept -> the organizer schedules and publishes -> both agendas show the same slot and table", async ({
  page,
}) => {
  test.setTimeout(150_000);
  const jpProfile = "/vi/firms/seed-firm-00021";

  // The Vietnamese firm asks, in Vietnamese.
  await signIn(page, FLOW_VN, undefined, "vi");
  await page.goto(jpProfile);
  await page.getByLabel("Rất muốn gặp").check();
  await page.getByRole("button", { name: "Gửi đề nghị" }).click();
  await expect(page.getByTestId("request-state")).toContainText("Đang chờ trả lời");

  // The Japanese firm accepts, in Japanese; the meeting waits for the schedule.
  await page.context().clearCookies();
  await signIn(page, FLOW_JP, undefined, "ja");
  await page.goto("/ja/firm/meetings");
  await page.getByTestId("requests-incoming").getByRole("button", { name: "承諾" }).first().click();
  await expect(page.getByTestId("requests-accepted").getByTestId("placement").first()).toHaveText("スケジュール待ち");

  // The organizer runs the scheduler (progress shown), reads the preview and publishes.
  await page.context().clearCookies();
  await signIn(page, DEMO.organizer);
  await page.goto("/en/organizer/schedule");
  await page.getByRole("button", { name: "Run the scheduler" }).click();
  await expect(page.getByTestId("preview-summary")).toContainText("waiting meetings placed");
  await expect(page.getByTestId("placements")).toContainText("株式会社日向システムズ（東京）");
  await page.getByRole("button", { name: /^Publish/ }).click();
  await expect(page.getByRole("status")).toContainText(/\d+ meetings? published/);
  await expect(page.getByTestId("published")).toContainText("株式会社日向システムズ（東京）");

  // Both agendas: the same time and table, each in its own language.
  await page.context().clearCookies();
  await signIn(page, FLOW_VN, undefined, "vi");
  await page.goto("/vi/agenda");
  const vnItem = page.getByTestId("agenda-item").filter({ hasText: "株式会社日向システムズ（東京）" });
  await expect(vnItem).toHaveCount(1);
  const vnTime = (await vnItem.getByTestId("agenda-time").textContent())!.trim();
  const vnTable = (await vnItem.getByTestId("agenda-table").innerText()).match(/\d+/)![0];
  await expect(vnItem.getByTestId("agenda-table")).toContainText(`Bàn ${vnTable}`);
  await expect(page.getByText(/mọi giờ theo ICT \(UTC\+7\)/)).toBeVisible();

  // The .ics downloads and parses, at the same local time in the event's zone.
  const ics = await page.request.get(
    (await page.getByRole("link", { name: "Thêm vào lịch (.ics)" }).getAttribute("href")) as string,
  );
  expect(ics.status()).toBe(200);
  expect(ics.headers()["content-type"]).toContain("text/calendar");
  const calendar = new ICAL.Component(ICAL.parse(await ics.text()));
  for (const zone of calendar.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(new ICAL.Timezone(zone));
  const vevent = calendar
    .getAllSubcomponents("vevent")
    .map((v) => new ICAL.Event(v))
    .find((e) => e.summary.includes("株式会社日向システムズ（東京）"))!;
  expect(vevent.startDate.zone.tzid).toBe("Asia/Ho_Chi_Minh");
  expect(vevent.startDate.toString().slice(11, 16)).toBe(vnTime.slice(0, 5));
  expect(vevent.startDate.toJSDate().toISOString()).toBe(
    new Date(`2026-02-04T${vnTime.slice(0, 5)}:00+07:00`).toISOString(),
  );
  expect(vevent.location).toContain(`Bàn ${vnTable}`);

  // The printable schedule carries a QR code back to the agenda.
  await page.getByRole("link", { name: "Lịch để in" }).click();
  await expect(page.getByRole("img", { name: "Mã QR dẫn tới lịch trình trực tuyến này" })).toBeVisible();
  await expect(page.getByTestId("agenda-item").filter({ hasText: "株式会社日向システムズ（東京）" })).toContainText(
    vnTime.slice(0, 5),
  );

  await page.context().clearCookies();
  await signIn(page, FLOW_JP, undefined, "ja");
  await page.goto("/ja/agenda");
  const jpItem = page.getByTestId("agenda-item").filter({ hasText: "Sông Hàn" });
  await expect(jpItem.getByTestId("agenda-time")).toHaveText(vnTime);
  await expect(jpItem.getByTestId("agenda-table")).toContainText(`テーブル ${vnTable}`);

  // Another firm's members cannot read this agenda's calendar.
  await page.context().clearCookies();
  await signIn(page, DEMO.adminVn);
  expect((await page.request.get(`/api/agenda/ics?firm=seed-firm-00021`)).status()).toBe(403);

  // The organizer moves it by hand to another table (refusals are covered by the integration tests).
  await page.context().clearCookies();
  await signIn(page, DEMO.organizer);
  await page.goto("/en/organizer/schedule");
  await page.getByTestId("published").locator("details").first().locator("summary").click();
  await page.getByRole("link", { name: /Move the meeting of .*Sông Hàn/ }).click();
  await page.getByLabel("Table", { exact: true }).selectOption({ label: "Table 30" });
  await page.getByRole("button", { name: "Move the meeting" }).click();
  await expect(page.getByRole("status")).toHaveText("Moved. Both firms see the new time and table.");
  await page.reload();
  await expect(page.getByTestId("current-placement")).toContainText("Table 30");

  // Publishing and the move are in the audit log.
  await page.goto("/en/organizer/audit");
  await expect(
    page.getByTestId("audit").locator("tbody tr").filter({ hasText: "Moved a meeting" }).first(),
  ).toContainText("Sông Hàn");
  await expect(page.getByTestId("audit")).toContainText("Published the schedule");
});

test("self-booking: a firm opens slots, another books one and gets a table, the slot is gone for others", async ({
  page,
}) => {
  const BOOKER = "admin.00010@demo.kakehashi.example";
  await clearMeetingsOf(page, BOOKER);
  await signIn(page, DEMO.organizer);
  await page.goto("/en/organizer/setup");
  await page.getByLabel("Firms may book each other's open slots themselves").check();
  await page.getByRole("button", { name: "Save the settings" }).click();
  await expect(page.getByRole("status")).toHaveText("Settings saved.");

  // The Japanese firm opens two late-morning slots, in Japanese.
  await page.context().clearCookies();
  await signIn(page, FLOW_JP, undefined, "ja");
  await page.goto("/ja/firm/availability");
  const open = page.getByTestId("open-slots-form");
  await open.getByLabel("11:20–11:40").check();
  await open.getByLabel("11:40–12:00").check();
  await open.getByRole("button", { name: "受付枠を保存" }).click();
  await expect(page.getByRole("status")).toContainText("予約できます");

  // A Vietnamese firm books 11:20 from the profile and gets a table.
  await page.context().clearCookies();
  await signIn(page, BOOKER, undefined, "vi");
  await page.goto("/vi/firms/seed-firm-00021");
  await page.getByRole("button", { name: "Đặt cuộc gặp lúc 11:20" }).click();
  await expect(page.getByRole("status")).toContainText(/Đã đặt tại bàn \d+/);
  // One meeting per pair: the booker is offered no second slot with this firm (others see 11:20 gone; the
  // integration tests hold that under concurrency).
  await expect(page.getByTestId("open-slots")).toHaveCount(0);
  await expect(page.getByTestId("open-slots-none")).toBeVisible();
  await page.goto("/vi/agenda");
  await expect(
    page.getByTestId("agenda-item").filter({ hasText: "株式会社日向システムズ（東京）" }).getByTestId("agenda-time"),
  ).toContainText("11:20");

  await page.context().clearCookies();
  await signIn(page, DEMO.organizer);
  await page.goto("/en/organizer/setup");
  await page.getByLabel("Firms may book each other's open slots themselves").uncheck();
  await page.getByRole("button", { name: "Save the settings" }).click();
  await expect(page.getByRole("status")).toHaveText("Settings saved.");
});

test("on the day: a no-show is marked and a standby firm is seated at the same table", async ({ page }) => {
  // The meeting of the two flow firms (placed by the scheduler above): the Vietnamese firm's partner did not come.
  await signIn(page, FLOW_VN, undefined, "vi");
  await page.goto("/vi/agenda");
  const item = page
    .getByTestId("agenda-item")
    .filter({ hasText: "株式会社日向システムズ（東京）" })
    .filter({ hasText: "Bàn 30" });
  const table = (await item.getByTestId("agenda-table").textContent())!;
  await item.getByText("Đối tác chưa đến?").click();
  await item.getByRole("button", { name: "株式会社日向システムズ（東京） không đến" }).click();
  await expect(page.getByRole("status")).toHaveText(
    "Đã ghi nhận vắng mặt. Bàn trống để gặp thay thế. Có thể hoàn tác trong 10 phút.",
  );
  const missed = page
    .getByTestId("agenda-item")
    .filter({ hasText: "株式会社日向システムズ（東京）" })
    .filter({ hasText: "Không diễn ra" });
  await expect(missed).toHaveCount(1);
  const standby = missed.getByTestId("standby").getByRole("listitem").first();
  const standbyName = (await standby.locator("span").first().textContent())!.replace(/\s*\(.*\)\s*$/, "").trim();
  await standby.getByRole("button").click();
  await expect(page.getByRole("status")).toHaveText("Đã xếp cuộc gặp thay thế tại cùng bàn.");
  await expect(page.getByTestId("agenda-item").filter({ hasText: standbyName }).getByTestId("agenda-table")).toHaveText(
    table,
  );
});

test("after the meeting: a firm marks it held and records the outcome; the organizers' dashboard shows it", async ({
  page,
}) => {
  // The self-booked meeting of the Japanese flow firm (11:20) took place.
  await signIn(page, FLOW_JP, undefined, "ja");
  await page.goto("/ja/agenda");
  const item = page.getByTestId("agenda-item").filter({ hasText: "11:20" });
  await item.getByRole("button", { name: "商談しました" }).click();
  await expect(page.getByRole("status")).toHaveText("商談済みにしました。");
  const form = page.getByTestId("agenda-item").filter({ hasText: "11:20" }).getByTestId("outcome-form");
  await form.getByLabel("評価").selectOption("5");
  await form.getByLabel("成果").selectOption("NDA");
  await form.getByLabel("メモ（任意）").fill("NDA締結後にPoC");
  await form.getByRole("button", { name: "保存" }).click();
  await expect(page.getByTestId("outcome-saved")).toHaveText("記録済み：NDA締結へ、5/5。");

  await page.context().clearCookies();
  await signIn(page, DEMO.organizer);
  await page.goto("/en/organizer/dashboard");
  await expect(page.getByTestId("outcome-kinds")).toContainText("NDA to sign: 1");
  await expect(page.getByTestId("outcomes-byPair")).toContainText("JP–VN");
  await page.goto("/en/organizer/outcomes");
  await expect(page.getByTestId("by-pair")).toContainText("JP–VN");
});
