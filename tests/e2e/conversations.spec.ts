import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { signIn } from "./helpers";

// Issue 19, "Must show": a Japanese administrator requests a meeting with a message; the Vietnamese
// administrator sees both names and replies in the thread; the Japanese side sees the reply within 5 s without
// reloading; after acceptance both see each other's contacts; the digest mail is in the outbox in each
// recipient's language. Two seeded firms no other test uses.
test.describe.configure({ mode: "serial" });

const JP = { admin: "admin.00018@demo.kakehashi.example", attendee: "attendee.00018@demo.kakehashi.example" };
const VN = { admin: "admin.00020@demo.kakehashi.example", attendee: "attendee.00020@demo.kakehashi.example" };
// The demo seed's firms 00018 and 00020 (approved, registered for the current edition).
const JP_NAME = "株式会社星野電子";
const JP_NAME_EN = "Hoshino Electronics Co., Ltd.";
const VN_NAME = "Công ty TNHH Dữ liệu Thiên Long";
const VN_NAME_EN = "Thien Long Data Co., Ltd.";

/** A page of its own (its own cookies) with the project's base URL, in a browser language. */
async function newPage(browser: Browser, locale = "en-US"): Promise<Page> {
  const { baseURL, timezoneId } = test.info().project.use;
  return (await browser.newContext({ baseURL, timezoneId, locale })).newPage();
}

async function profileUrl(browser: Browser, email: string): Promise<string> {
  const page = await newPage(browser);
  await signIn(page, email);
  await page.goto("/en/firm");
  await page.getByRole("link", { name: "View public profile" }).click();
  await expect(page).toHaveURL(/\/en\/firms\/[^/]+$/);
  const url = new URL(page.url()).pathname.replace(/^\/en/, "");
  await page.context().close();
  return url;
}

/** Ends what earlier runs left between the two firms (a live request would refuse a new one). */
async function clearRequests(page: Page, email: string) {
  await signIn(page, email);
  for (const action of ["withdraw", "decline", "cancel"]) {
    for (let i = 0; i < 10; i++) {
      await page.goto("/en/firm/meetings");
      const button = page.locator(`button[name="action"][value="${action}"]`);
      if ((await button.count()) === 0) break;
      await button.first().click();
      await expect(page.getByTestId("page-notice")).not.toBeEmpty();
    }
  }
}

function outboxSince(since: number) {
  const dir = process.env.OUTBOX_DIR ?? path.join(process.cwd(), "var", "outbox");
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .map(
      (f) =>
        JSON.parse(readFileSync(path.join(dir, f), "utf8")) as {
          to: string;
          locale: string;
          kind: string;
          subject: string;
          text: string;
          createdAt: string;
        },
    )
    .filter((e) => Date.parse(e.createdAt) >= since);
}

test("a request opens a thread; the reply arrives live; contacts after acceptance; the digest in each language", async ({
  browser,
}) => {
  // Two people's sessions, a dozen pages and two worker processes: more than the default minute on a busy machine.
  test.setTimeout(240_000);
  const stamp = Date.now().toString(36);
  const [jpProfile, vnProfile] = [await profileUrl(browser, JP.admin), await profileUrl(browser, VN.admin)];
  const jp = await newPage(browser, "ja-JP");
  const vn = await newPage(browser, "vi-VN");
  await clearRequests(vn, VN.admin);
  await clearRequests(jp, JP.admin);

  // The Japanese administrator asks for a meeting, with a message, in Japanese.
  await jp.goto(`/ja${vnProfile}`);
  await expect(jp.getByTestId("contacts-hidden")).toBeVisible();
  const request = `車載ソフトの開発体制についてお話ししたいです（${stamp}）`;
  await jp.locator("#request textarea[name=message]").fill(request);
  await jp.locator("#request button[type=submit]").click();
  await expect(jp.getByTestId("request-state")).toBeVisible();

  // The Japanese side opens the thread and keeps it open.
  await jp.goto("/ja/messages");
  await jp.getByTestId("thread-link").filter({ hasText: VN_NAME }).click();
  await expect(jp.getByTestId("thread-title")).toContainText(VN_NAME);
  await expect(jp.getByTestId("thread-title")).toContainText(VN_NAME_EN);
  await expect(jp.getByTestId("organizers-note")).toContainText("主催者は企業間のやり取りを読みません");
  await expect(jp.getByTestId("message-body").filter({ hasText: request })).toBeVisible();

  // The Vietnamese administrator sees the thread with both names, unread, and the message with its writer.
  await vn.goto("/vi/messages");
  await expect(vn.getByTestId("messages-link")).toContainText(/Tin nhắn \(\d+\)/);
  const link = vn.getByTestId("thread-link").filter({ hasText: JP_NAME });
  await expect(link).toContainText(JP_NAME_EN);
  await expect(link.getByTestId("thread-unread")).toBeVisible();
  await link.click();
  const first = vn.getByTestId("thread-message").filter({ hasText: request });
  await expect(first.getByTestId("message-firm")).toContainText(`${JP_NAME} (${JP_NAME_EN})`);
  await expect(first.getByTestId("message-sender")).not.toBeEmpty();
  await expect(vn.getByTestId("organizers-note")).toContainText("Ban tổ chức không đọc");

  // The reply reaches the Japanese page without a reload, within 5 seconds.
  const reply = `Vâng, rất sẵn lòng. Hẹn gặp tại bàn 9 nhé (${stamp})`;
  const url = jp.url();
  await vn.getByTestId("compose-body").fill(reply);
  await vn.getByTestId("send-message").click();
  await expect(vn.getByTestId("message-body").filter({ hasText: reply })).toBeVisible();
  await expect(jp.getByTestId("message-body").filter({ hasText: reply })).toBeVisible({ timeout: 5_000 });
  expect(jp.url()).toBe(url);
  const live = jp.getByTestId("thread-message").filter({ hasText: reply });
  await expect(live.getByTestId("message-firm")).toContainText(VN_NAME);

  // Empty and refused sends keep the page as it was.
  await vn.getByTestId("send-message").click();
  await expect(vn.locator("#compose-error")).toContainText("Hãy nhập nội dung tin nhắn");

  // The Vietnamese side accepts; now each sees the other's contacts.
  await vn.goto("/vi/firm/meetings");
  await vn.locator('button[name="action"][value="accept"]').first().click();
  await expect(vn.getByTestId("page-notice")).not.toBeEmpty();
  await expect(vn.getByTestId("requests-accepted")).toBeVisible();
  await vn.goto(`/vi${jpProfile}`);
  await expect(vn.getByTestId("contacts")).toBeVisible();
  await jp.goto(`/ja${vnProfile}`);
  await expect(jp.getByTestId("contacts")).toBeVisible();

  // An hour later the digest goes to the people who have not read the thread, each in their language.
  const since = Date.now();
  execFileSync(
    "npx",
    ["tsx", "--conditions=react-server", "tests/support/clear-digest-state.ts", JP.attendee, VN.attendee],
    { env: process.env },
  );
  const at = new Date(Date.now() + 2 * 3_600_000).toISOString();
  execFileSync("npx", ["tsx", "--conditions=react-server", "scripts/jobs.ts", "--once", "--at", at], {
    env: process.env,
  });
  const digests = outboxSince(since).filter((e) => e.kind === "messageDigest");
  const toJp = digests.find((e) => e.to === JP.attendee);
  const toVn = digests.find((e) => e.to === VN.attendee);
  expect(toJp?.locale).toBe("ja");
  expect(toJp?.subject).toMatch(/^Kakehashiに未読メッセージが\d+件あります$/);
  expect(toJp?.text).toContain(reply);
  expect(toJp?.text).toContain(`${VN_NAME} (${VN_NAME_EN})`);
  expect(toVn?.locale).toBe("vi");
  expect(toVn?.subject).toMatch(/^Bạn có \d+ tin nhắn chưa đọc trên Kakehashi$/);
  expect(toVn?.text).toContain(request);
});
