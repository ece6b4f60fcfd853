import { expect, test } from "@playwright/test";
import { DEMO, signIn } from "./helpers";

test("a firm gets explained recommendations, and two interested firms become a mutual match", async ({ page }) => {
  await signIn(page, DEMO.adminJp, undefined, "ja");
  // Recommendations sit in the menu (the header keeps the day's pages: home, agenda, meetings, directory).
  await page.getByRole("button", { name: "メニュー", exact: true }).click();
  await page.getByRole("dialog", { name: "メニュー" }).getByRole("link", { name: "おすすめ" }).click();
  await expect(page).toHaveURL(/\/ja\/firm\/recommendations/);
  const cards = page.getByTestId("recommendation");
  await expect(cards).toHaveCount(20);
  // Every recommendation says why, in Japanese.
  await expect(cards.first().getByRole("listitem").first()).toContainText(
    /提供しています|求めています|分野|市場|日本語対応人材|認証/,
  );

  // The Japanese admin is interested in the first recommendation not answered yet (tests may run again on
  // one database).
  const first = cards.filter({ has: page.getByRole("button", { name: "興味あり", exact: true }) }).first();
  const partnerLink = first.getByRole("heading").getByRole("link");
  const partnerName = (await partnerLink.textContent())!;
  const partnerId = (await partnerLink.getAttribute("href"))!.split("/").pop()!;
  await first.getByRole("button", { name: "興味あり", exact: true }).click();
  await expect(
    page.getByTestId("recommendation").filter({ hasText: partnerName }).getByText("興味ありにしています。"),
  ).toBeVisible();
  // The firm the list is for (the filter form names it).
  const ownFirm = await page.locator('input[type="hidden"][name="firm"]').first().inputValue();

  // The partner's administrator (seeded as admin.NNNNN for firm seed-firm-NNNNN) answers from the profile.
  const number = partnerId.replace("seed-firm-", "");
  await page.context().clearCookies();
  await signIn(page, `admin.${number}@demo.kakehashi.example`, undefined, "vi");
  expect(ownFirm).toBeTruthy();
  await page.goto(`/vi/firms/${ownFirm}`);
  await page.getByRole("button", { name: "Quan tâm", exact: true }).click();
  await expect(page.getByTestId("page-notice")).toContainText("kết nối hai chiều");

  await page.goto("/vi/firm/recommendations");
  await expect(page.getByTestId("mutual-list")).toBeVisible();
  // A mutual match becomes a request in one click (firms 00008, 00010 and 00021 belong to the 1:1 flow tests,
  // running alongside).
  if (!["00008", "00010", "00021"].includes(number)) {
    const jpName = (await page.getByTestId("mutual-list").locator(`a[href$="/firms/${ownFirm}"]`).textContent())!;
    await page.getByRole("button", { name: `Gửi đề nghị gặp ${jpName}` }).click();
    await expect(page.getByRole("status")).toHaveText("Đã gửi đề nghị. Doanh nghiệp sẽ chấp nhận hoặc từ chối.");
    await expect(page.getByTestId("requests-outgoing")).toContainText(jpName);
  }

  // Back to the Japanese firm: the match is mutual there too.
  await page.context().clearCookies();
  await signIn(page, DEMO.adminJp, undefined, "ja");
  await page.goto("/ja/firm/recommendations");
  await expect(page.getByTestId("mutual-list").getByRole("link", { name: partnerName })).toBeVisible();
});

test("organizers see the matching overview; firms do not", async ({ page }) => {
  await signIn(page, DEMO.organizer);
  await page.goto("/en/organizer/matching");
  await expect(page.getByRole("heading", { name: "Matching overview" })).toBeVisible();
  await expect(page.getByTestId("matching-figures")).toContainText("Approved firms");
  await page.context().clearCookies();
  await signIn(page, DEMO.adminVn);
  const response = await page.goto("/en/organizer/matching");
  expect(response?.status()).toBe(403);
});
