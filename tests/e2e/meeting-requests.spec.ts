import { expect, test } from "@playwright/test";
import { DEMO, signIn } from "./helpers";

test("a firm requests a meeting from a profile, the other accepts, both see it accepted", async ({ page }) => {
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
      await page.waitForURL(/[?&](done|error)=/);
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
  await incoming.getByRole("button", { name: "承諾" }).first().click();
  await expect(page.getByRole("status")).toContainText("承諾しました");
  await expect(page.getByTestId("requests-accepted")).toBeVisible();

  await page.context().clearCookies();
  await signIn(page, DEMO.adminVn, undefined, "vi");
  await page.goto("/vi/firm/meetings");
  await expect(page.getByTestId("requests-accepted")).toContainText("Đã chấp nhận");
});
