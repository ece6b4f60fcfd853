// Issue 21 on a phone (390 × 844): the attendee's home with the next meeting, the menu opened and closed with the
// keyboard, the bottom bar, the agenda with its sticky next meeting; screenshots of the home, agenda and menu in
// three languages (kept as test artefacts under test-results/phone-day/), each checked with axe-core.
import { execFileSync } from "node:child_process";
import { expect, test, type Page } from "@playwright/test";
import QRCode from "qrcode";
import { DEMO, seriousViolations, signIn } from "./helpers";

const ATTENDEE_JP = "attendee.jp@demo.kakehashi.example";
const ATTENDEE_VN = "attendee.vn@demo.kakehashi.example";
const SHOTS = "test-results/phone-day";

test.use({ viewport: { width: 390, height: 844 } });

let meeting: { meetingId: string; table: number; startsAt: string; vnName: string; jpName: string };

test.beforeAll(() => {
  const out = execFileSync("npx", ["tsx", "--conditions=react-server", "tests/e2e/fixtures/phone-day.ts"], {
    env: process.env,
    encoding: "utf8",
  });
  meeting = JSON.parse(out.trim().split("\n").at(-1)!);
});

const noSidewaysScroll = async (page: Page) =>
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);

test("in Japanese: the home shows the next meeting, the menu opens and closes by keyboard", async ({ page }) => {
  await signIn(page, ATTENDEE_JP, undefined, "ja");
  await expect(page).toHaveURL(/\/ja\/home$/);
  const next = page.getByTestId("next-meeting");
  await expect(next.getByRole("heading", { name: "次の商談" })).toBeVisible();
  await expect(next.getByTestId("next-meeting-place")).toContainText(`テーブル ${meeting.table}`);
  await expect(next).toContainText("ICT (UTC+7)");
  // The next meeting is on the first screen, not under a wrapped header.
  const box = (await next.boundingBox())!;
  expect(box.y + box.height).toBeLessThan(844);
  const header = (await page.locator("header").boundingBox())!;
  expect(header.height).toBeLessThan(70);
  await noSidewaysScroll(page);

  // The bottom bar: four places, the home marked current.
  const bar = page.getByRole("navigation", { name: "よく使うページ" });
  await expect(bar.getByRole("link")).toHaveCount(4);
  await expect(bar.getByRole("link", { name: "ホーム" })).toHaveAttribute("aria-current", "page");

  // The menu by keyboard: focus moves into it, Tab stays inside, Escape closes it and focus returns.
  const button = page.getByRole("button", { name: "メニュー", exact: true });
  await button.focus();
  await page.keyboard.press("Enter");
  const menu = page.getByRole("dialog", { name: "メニュー" });
  await expect(menu).toBeVisible();
  await expect(button).toHaveAttribute("aria-expanded", "true");
  await expect(menu.getByRole("link", { name: "企業見学" })).toBeVisible();
  for (let i = 0; i < 25; i++) {
    await page.keyboard.press("Tab");
    expect(await menu.evaluate((d) => d.contains(document.activeElement))).toBe(true);
  }
  await page.keyboard.press("Escape");
  await expect(menu).toBeHidden();
  await expect(button).toBeFocused();
  await expect(button).toHaveAttribute("aria-expanded", "false");

  // A link in the menu navigates and closes it.
  await button.click();
  await menu.getByRole("link", { name: "マイアジェンダ" }).click();
  await expect(page).toHaveURL(/\/ja\/agenda$/);
  await expect(menu).toBeHidden();
  const sticky = page.getByTestId("next-meeting");
  await expect(sticky).toContainText(`テーブル ${meeting.table}`);
  // It stays in view while the agenda scrolls.
  await page.mouse.wheel(0, 600);
  await expect(sticky).toBeInViewport();
});

test("in Japanese: scan a Vietnamese attendee's badge with the camera, save a note, export the vCard", async ({
  page,
}) => {
  // The Vietnamese attendee's badge code, as their badge page shows it.
  await signIn(page, ATTENDEE_VN, undefined, "vi");
  await page.goto("/vi/agenda/badge");
  const code = (await page.getByTestId("badge-code").textContent())!.replace(/\s/g, "");
  expect(code).toMatch(/^[2-9A-Z]{8}$/);
  await page.context().clearCookies();

  // The camera is a canvas showing the badge's QR code: the page reads real frames from it.
  const qr = await QRCode.toDataURL(`http://127.0.0.1/ja/organizer/check-in?code=${code}`, { margin: 4, width: 300 });
  await page.addInitScript((src: string) => {
    const fake = async () => {
      const canvas = document.createElement("canvas");
      canvas.width = 640;
      canvas.height = 480;
      const context = canvas.getContext("2d")!;
      const image = new Image();
      image.src = src;
      await image.decode();
      const draw = () => {
        context.fillStyle = "#d8d8d8";
        context.fillRect(0, 0, 640, 480);
        context.drawImage(image, 170, 90, 300, 300);
      };
      draw();
      setInterval(draw, 100);
      return canvas.captureStream(10);
    };
    Object.defineProperty(navigator, "mediaDevices", { value: { getUserMedia: fake }, configurable: true });
  }, qr);

  await signIn(page, ATTENDEE_JP, undefined, "ja");
  // To the contacts through the menu, by keyboard.
  await page.getByRole("button", { name: "メニュー", exact: true }).focus();
  await page.keyboard.press("Enter");
  const menu = page.getByRole("dialog", { name: "メニュー" });
  await menu.getByRole("link", { name: "名刺交換" }).focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/ja\/contacts$/);
  await expect(page.getByRole("heading", { level: 1, name: "名刺交換" })).toBeVisible();

  // A click before the page is hydrated is lost (the SQLite suite of the clean-clone CI of 373cba2 waited 30 s, twice,
  // on a camera that never started): click again until the camera runs, or has already read the badge.
  await expect(async () => {
    if (await page.getByTestId("scan-status").filter({ hasText: /\S/ }).count()) return;
    const start = page.getByRole("button", { name: "カメラで名札を読み取る" });
    if (await start.isVisible()) await start.click();
    await expect(page.getByRole("button", { name: "カメラを止める" })).toBeVisible({ timeout: 3_000 });
  }).toPass({ timeout: 30_000 });
  // The badge code is random, and about one in sixteen never read as drawn before decodeQr turned the frame (the
  // PostgreSQL suite of the CI of 02e8b0d missed 30 s, twice); on a busy machine decoding may still take a while.
  await expect(page.getByTestId("scan-status")).toContainText(`名札を読み取りました：${code}`, { timeout: 30_000 });
  await expect(page.getByLabel("名札のコード")).toHaveValue(code);
  await page
    .getByTestId("save-contact")
    .getByLabel("メモ（自分だけが見られます）")
    .fill("BrSEチームの件、金曜までに資料を送る");
  await page.getByTestId("save-contact").getByLabel("評価", { exact: true }).selectOption("5");
  await page.getByRole("button", { name: "連絡先を保存" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Lê Thị Lan" })).toBeVisible();
  const saved = page.getByTestId("saved-contact").filter({ hasText: "Lê Thị Lan" });
  await expect(saved).toHaveCount(1);
  await expect(saved).toContainText("BrSEチームの件、金曜までに資料を送る");
  await expect(saved).toContainText("★★★★★ 5/5");

  // A code that is not a badge is refused at the field.
  await page.getByLabel("名札のコード").fill("hello");
  await page.getByRole("button", { name: "連絡先を保存" }).click();
  await expect(page.locator('[data-field-error="code"]')).toBeVisible();

  const href = (await page.getByRole("link", { name: "vCard（.vcf）" }).getAttribute("href"))!;
  const vcf = await page.request.get(href);
  expect(vcf.status()).toBe(200);
  expect(vcf.headers()["content-type"]).toContain("text/vcard");
  const text = await vcf.text();
  expect(text).toContain("BEGIN:VCARD");
  expect(text).toContain("FN:Lê Thị Lan");
  expect(text.replace(/\r\n[ \t]/g, "")).toContain("BrSEチームの件、金曜までに資料を送る");
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: `${SHOTS}/contacts-ja.png`, fullPage: true });
});

test("in Japanese: a no-show is marked and undone", async ({ page }) => {
  await signIn(page, ATTENDEE_JP, undefined, "ja");
  await page.goto("/ja/agenda");
  const item = page.getByTestId("agenda-item").filter({ hasText: meeting.vnName });
  await item.getByText("相手が来ていませんか？").click();
  await item.getByRole("button", { name: `${meeting.vnName}が来ませんでした` }).click();
  await expect(page.getByRole("status").filter({ hasText: "不参加として記録しました" })).toBeVisible();
  await expect(item.getByTestId("meeting-status")).toBeVisible();
  const undo = page.getByTestId("undo-list");
  await expect(undo).toContainText("相手が来なかったと記録しました。");
  await expect(undo).toContainText("ICT (UTC+7)まで取り消せます。");
  await undo.getByRole("button", { name: "取り消す" }).click();
  await expect(page.getByRole("status").filter({ hasText: "取り消しました" })).toBeVisible();
  await expect(item.getByTestId("meeting-status")).toHaveCount(0);
  await expect(page.getByTestId("undo-list")).toHaveCount(0);
  await expect(page.getByTestId("next-meeting")).toContainText(`テーブル ${meeting.table}`);
});

test("a Vietnamese firm joining remotely gets an online meeting: the link on both agendas and in the .ics", async ({
  page,
}) => {
  // The Vietnamese attendee asks, in Vietnamese.
  await signIn(page, ATTENDEE_VN, undefined, "vi");
  await page.goto("/vi/firm/meetings");
  await page.getByRole("button", { name: `Đề nghị ${meeting.jpName} gặp trực tuyến` }).click();
  await expect(page.getByRole("status").filter({ hasText: "Đã gửi đề nghị" })).toBeVisible();
  await page.context().clearCookies();

  // The Japanese firm's administrator agrees, in Japanese.
  await signIn(page, DEMO.adminJp, undefined, "ja");
  await expect(page.getByText(`${meeting.vnName}がオンラインでの商談を希望しています`)).toBeVisible();
  await page.goto("/ja/firm/meetings");
  await page.getByRole("button", { name: "同意する：オンラインで実施" }).click();
  await expect(page.getByRole("status").filter({ hasText: "同意しました" })).toBeVisible();

  await page.goto("/ja/agenda");
  const jpItem = page.getByTestId("agenda-item").filter({ hasText: meeting.vnName });
  await expect(jpItem.getByTestId("agenda-table")).toHaveText("オンライン");
  const room = (await jpItem.getByTestId("agenda-room").getAttribute("href"))!;
  expect(room).toMatch(/^https:\/\/meet\.jit\.si\/kakehashi-[a-z2-7]{26}$/);
  const ics = await page.request.get((await page.getByRole("link", { name: /\.ics/ }).getAttribute("href"))!);
  expect(ics.status()).toBe(200);
  expect((await ics.text()).replace(/\r\n[ \t]/g, "")).toContain(room);
  await page.context().clearCookies();

  await signIn(page, ATTENDEE_VN, undefined, "vi");
  await page.goto("/vi/agenda");
  const vnItem = page.getByTestId("agenda-item").filter({ hasText: meeting.jpName });
  await expect(vnItem.getByTestId("agenda-room")).toHaveAttribute("href", room);
  await expect(page.getByTestId("next-meeting").getByRole("link", { name: "Vào phòng họp video" })).toHaveAttribute(
    "href",
    room,
  );
});

for (const [locale, email] of [
  ["ja", ATTENDEE_JP],
  ["vi", ATTENDEE_VN],
  ["en", ATTENDEE_JP],
] as const) {
  test(`screenshots and axe-core in ${locale}: home, agenda, menu`, async ({ page }) => {
    await signIn(page, email, undefined, locale);
    await expect(page).toHaveURL(new RegExp(`/${locale}/home$`));
    await expect(page.getByTestId("next-meeting")).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/home-${locale}.png` });

    await page.goto(`/${locale}/agenda`);
    await expect(page.getByTestId("agenda-item").first()).toBeVisible();
    await noSidewaysScroll(page);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/agenda-${locale}.png` });

    await page.getByTestId("menu-button").click();
    await expect(page.getByTestId("app-menu")).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/menu-${locale}.png` });
  });
}

test("the directory's filters wait behind a button on a phone, and the results start on the first screen", async ({
  page,
}) => {
  await page.goto("/ja/firms");
  const toggle = page.getByRole("button", { name: "絞り込み" });
  await expect(toggle).toHaveAttribute("aria-expanded", "false");
  await expect(page.getByLabel("国", { exact: true })).toBeHidden();
  const first = (await page.getByTestId("firm-list").locator("li").first().boundingBox())!;
  expect(first.y).toBeLessThan(844);
  await toggle.click();
  await expect(page.getByLabel("国", { exact: true })).toBeVisible();
  await page.getByLabel("国", { exact: true }).selectOption("JP");
  await page.getByRole("button", { name: "検索", exact: true }).click();
  await expect(page).toHaveURL(/country=JP/);
  // A filter is set: the panel starts open and says how many.
  await expect(page.getByRole("button", { name: "絞り込み（1件指定）" })).toHaveAttribute("aria-expanded", "true");
});

test.describe("desktop", () => {
  test.use({ viewport: { width: 1280, height: 800 }, isMobile: false, hasTouch: false });
  for (const locale of ["en", "ja", "vi"] as const)
    test(`the signed-in header is one row at 1,280 px in ${locale}`, async ({ page }) => {
      await signIn(page, DEMO.adminVn, undefined, locale);
      await page.goto(`/${locale}/firms`);
      // The widest the links get: unread counts of two digits on messages and updates.
      for (const id of ["messages-link", "updates-link"])
        await page
          .getByTestId(id)
          .first()
          .evaluate((a) => (a.textContent = `${a.textContent!.replace(/[（(].*$/, "")} (99)`));
      const header = (await page.locator("header").boundingBox())!;
      expect(header.height).toBeLessThan(70);
      // One row means nothing overlaps either: the last link ends before the languages, sign out and menu begin.
      const nav = page.locator("header nav").first();
      const lastLink = (await nav.getByRole("link").last().boundingBox())!;
      const controls = (await nav.locator("xpath=following-sibling::div[1]").boundingBox())!;
      expect(lastLink.x + lastLink.width).toBeLessThanOrEqual(controls.x);
      await page.screenshot({
        path: `${SHOTS}/header-1280-${locale}.png`,
        clip: { x: 0, y: 0, width: 1280, height: 80 },
      });
      await expect(page.getByTestId("bottom-bar")).toBeHidden();
      await expect(page.getByRole("navigation", { name: /Main|メイン|Chính/ }).first()).toBeVisible();
      // Narrower (1,024 px, the large breakpoint): fewer links in the header, still on one row; the menu has all.
      await page.setViewportSize({ width: 1024, height: 800 });
      const narrowLast = (await nav.getByRole("link").last().boundingBox())!;
      const narrowControls = (await nav.locator("xpath=following-sibling::div[1]").boundingBox())!;
      expect(narrowLast.x + narrowLast.width).toBeLessThanOrEqual(narrowControls.x);
      expect((await page.locator("header").boundingBox())!.height).toBeLessThan(70);
      await page.screenshot({
        path: `${SHOTS}/header-1024-${locale}.png`,
        clip: { x: 0, y: 0, width: 1024, height: 80 },
      });
    });
});
