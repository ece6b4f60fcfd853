import { expect, test, type Page } from "@playwright/test";
import { DEMO, seriousViolations, signIn } from "./helpers";

async function pickCapability(page: Page, row: number, label: string) {
  const select = page.getByRole("combobox", { name: `Capability ${row + 1}`, exact: true });
  const value = await select.locator("option", { hasText: label }).first().getAttribute("value");
  await select.selectOption(value!);
}

test("a Japanese lead posts a confidential bid, invites two suggested Vietnamese firms, they accept, every must-have is covered", async ({
  page,
}) => {
  test.setTimeout(150_000);
  const title = `Smart factory retrofit, Thailand ${Date.now().toString(36)}`;
  await signIn(page, DEMO.adminJp, undefined, "ja");
  await page.goto("/en/consortiums/new");
  // Without requirements or a title: errors at the fields.
  await page.getByRole("button", { name: "Post the opportunity" }).click();
  await expect(page.locator('[data-field-error="title"]')).toHaveText("This field is required.");
  await expect(page.locator('[data-field-error="requirements"]')).toHaveText("Add at least one required capability.");

  await page.getByLabel("Project").fill(title);
  await page.getByLabel("Country").fill("Thailand");
  await page.getByLabel("Confidential: invited firms only").check();
  await pickCapability(page, 0, "Japanese-language bridge engineering");
  await page.getByLabel("Weight of capability 1").fill("5");
  await pickCapability(page, 1, "IoT firmware");
  await pickCapability(page, 2, "Computer vision");
  await page.getByLabel("Importance of capability 3").selectOption("nice");
  await page.getByRole("button", { name: "Post the opportunity" }).click();
  // The new opportunity's page computes its partner suggestions: it may take a while to load on a busy machine.
  await expect(page).toHaveURL(/\/en\/consortiums\/(?!new)[^/]+$/, { timeout: 45_000 });
  await expect(page.getByRole("status")).toHaveText("Opportunity posted.");
  const url = new URL(page.url()).pathname;
  await expect(page.getByTestId("coverage-summary")).toHaveText("2 must-haves are still open.");

  // Suggestions, each saying what it covers; invite the first two.
  const suggestions = page.getByTestId("suggestions").getByRole("listitem");
  await expect(suggestions.first()).toContainText("Covers");
  const invited: string[] = [];
  for (let i = 0; i < 2; i++) {
    const item = page.getByTestId("suggestions").getByRole("listitem").first();
    const link = item.getByRole("link").first();
    invited.push((await link.getAttribute("href"))!.split("/").pop()!);
    const name = (await link.textContent())!;
    await item.getByRole("button", { name: /^Invite / }).click();
    await expect(page.getByRole("status")).toHaveText("Invitation sent.");
    // The invited firm is among the members now, and no longer a suggestion.
    await expect(page.getByTestId("members")).toContainText(name);
  }

  // Each invited firm's administrator accepts, in Vietnamese.
  for (const firmId of invited) {
    await page.context().clearCookies();
    await signIn(page, `admin.${firmId.replace("seed-firm-", "")}@demo.kakehashi.example`, undefined, "vi");
    await page.goto(url.replace("/en/", "/vi/"));
    await page.getByRole("button", { name: "Tham gia" }).click();
    await expect(page.getByRole("status")).toHaveText("Bạn đã tham gia liên danh.");
  }

  await page.context().clearCookies();
  await signIn(page, DEMO.adminJp, undefined, "ja");
  await page.goto(url.replace("/en/", "/ja/"));
  await expect(page.getByTestId("coverage-summary")).toHaveText("必須要件はすべてカバーされています。");
  await expect(page.getByTestId("members").getByRole("listitem")).toHaveCount(3);
  expect(await seriousViolations(page)).toEqual([]);

  // A firm that was not invited cannot see it, even by its address.
  const outsider = invited.includes("seed-firm-00015")
    ? "admin.00017@demo.kakehashi.example"
    : "admin.00015@demo.kakehashi.example";
  await page.context().clearCookies();
  await signIn(page, outsider);
  expect((await page.goto(url))?.status()).toBe(404);
  await page.goto("/en/consortiums");
  await expect(page.getByTestId("opportunities")).not.toContainText(title);
});

test("challenge board: a firm posts, another answers, the poster shortlists and records a pilot order", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const title = `Supplier invoices still keyed by hand ${Date.now().toString(36)}`;
  await signIn(page, DEMO.adminJp, undefined, "ja");
  await page.goto("/ja/challenges");
  // Title and description in the writer's language (others optional, behind "他の言語でも記載する").
  await page.getByLabel("タイトル（日本語）").fill(title);
  await page.getByLabel("説明（日本語）").fill("40拠点で紙の請求書を手入力しています。");
  await page.getByRole("button", { name: "課題を投稿" }).click();
  await expect(page.getByRole("status")).toHaveText("課題を投稿しました。");
  const url = new URL(page.url()).pathname;

  await page.context().clearCookies();
  await signIn(page, DEMO.adminVn, undefined, "vi");
  await page.goto(url.replace("/ja/", "/vi/"));
  await page.getByLabel("Đề xuất của bạn").fill("AI-OCR + RPA, thử nghiệm 4 tuần ở 4 chi nhánh.");
  await page.getByRole("button", { name: "Gửi đề xuất" }).click();
  await expect(page.getByRole("status")).toHaveText("Đã gửi đề xuất. Chỉ doanh nghiệp đăng bài đọc được.");

  await page.context().clearCookies();
  await signIn(page, DEMO.adminJp, undefined, "ja");
  await page.goto(url);
  await page.getByRole("button", { name: "候補に入れる" }).click();
  await page.getByLabel("パイロットの範囲").fill("4拠点・3か月");
  await page.getByLabel("発注日").fill("2026-02-04");
  await page.getByRole("button", { name: "パイロット発注を記録" }).click();
  await expect(page.getByTestId("pilot-order")).toContainText("4拠点・3か月");

  await page.context().clearCookies();
  await signIn(page, DEMO.organizer);
  await page.goto("/en/organizer");
  await expect(page.getByTestId("board-counts")).toContainText("Pilot orders");
});
