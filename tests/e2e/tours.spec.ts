import { expect, test } from "@playwright/test";
import { DEMO, seriousViolations, signIn } from "./helpers";

// Three seeded firms' administrators no other test signs up with.
const FIRST = "admin.00011@demo.kakehashi.example"; // Vietnamese
const SECOND = "admin.00014@demo.kakehashi.example"; // Japanese (00012 is a firm under review in the demo)
const THIRD = "admin.00013@demo.kakehashi.example"; // Vietnamese

test("a tour fills up, the next person waits, a cancellation promotes them and they are told", async ({ page }) => {
  test.setTimeout(150_000);
  const title = `Smart factory visit ${Date.now().toString(36)}`;
  await signIn(page, DEMO.organizer);
  await page.goto("/en/tours/new");
  // A bad form: errors at the fields, nothing saved.
  await page.getByLabel("Seats").fill("0");
  await page.getByRole("button", { name: "Save the tour" }).click();
  await expect(page.locator('[data-field-error="seats"]')).toHaveText("Offer 1 to 500 seats.");
  await expect(page.locator('[data-field-error="meetingPoint"]')).toHaveText("This field is required.");
  await page.getByLabel("Title in English").fill(title);
  await page.getByLabel("Title in Japanese").fill("スマート工場見学");
  await page.getByLabel("Starts").fill("15:00");
  await page.getByLabel("Duration (minutes)").fill("90");
  await page.getByLabel("Meeting point (in English)").fill("Main entrance, hall B");
  await page.getByLabel("Seats").fill("2");
  await page.getByRole("button", { name: "Save the tour" }).click();
  await expect(page.getByRole("status")).toHaveText("Tour saved.");
  await expect(page.getByTestId("tour-seats")).toHaveText("2 of 2 seats left");
  const tourPath = new URL(page.url()).pathname;

  for (const [email, locale, button, expected] of [
    [FIRST, "vi", "Đăng ký", "Bạn đã có chỗ trong chuyến tham quan này."],
    [SECOND, "ja", "申し込む", "この見学の席が確定しています。"],
    [THIRD, "vi", "Vào danh sách chờ", "Bạn đứng thứ 1 trong danh sách chờ."],
  ] as const) {
    await page.context().clearCookies();
    await signIn(page, email, undefined, locale);
    await page.goto(tourPath.replace("/en/", `/${locale}/`));
    await page.getByRole("button", { name: button, exact: true }).click();
    // The page refreshes to the person's place.
    await expect(page.getByTestId("my-place")).toHaveText(expected);
  }
  await expect(page.getByTestId("tour-seats")).toHaveText("Hết chỗ · 1 người đang chờ");
  expect(await seriousViolations(page)).toEqual([]);

  // The first person cancels: the one waiting gets the seat.
  await page.context().clearCookies();
  await signIn(page, FIRST, undefined, "vi");
  await page.goto(tourPath.replace("/en/", "/vi/"));
  // Not in one tap: the place goes to the next person at once, so the box must be ticked first.
  await page.getByRole("button", { name: "Hủy chỗ" }).click();
  await expect(page.locator('[data-field-error="confirm"]')).toBeVisible();
  await page.getByLabel("Có, nhường chỗ: chỗ sẽ chuyển cho người chờ tiếp theo").check();
  await page.getByRole("button", { name: "Hủy chỗ" }).click();
  await expect(page.getByRole("status")).toHaveText("Đã hủy chỗ của bạn.");

  await page.context().clearCookies();
  await signIn(page, THIRD, undefined, "vi");
  await page.goto("/vi/agenda");
  await expect(page.getByTestId("notifications")).toContainText("Có chỗ trống: bạn đã có chỗ trong “" + title + "”");
  await expect(page.getByTestId("my-tours")).toContainText("Đã có chỗ");

  // The roster for the organizer: two on the tour, nobody waiting; the CSV has them.
  await page.context().clearCookies();
  await signIn(page, DEMO.organizer);
  await page.goto(`${tourPath}/roster`);
  await expect(page.getByTestId("roster").locator("tbody tr")).toHaveCount(2);
  await expect(page.getByText("Nobody is waiting.")).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  const csv = await page.request.get(`/api/tours/${tourPath.split("/").pop()}/roster`);
  expect(csv.status()).toBe(200);
  expect((await csv.text()).split("\r\n").filter(Boolean)).toHaveLength(3);

  // Other firms cannot read the roster.
  await page.context().clearCookies();
  await signIn(page, DEMO.adminVn);
  expect((await page.goto(`${tourPath}/roster`))?.status()).toBe(404);
  expect((await page.request.get(`/api/tours/${tourPath.split("/").pop()}/roster`)).status()).toBe(404);

  // A firm still under review is told so instead of offered a sign-up the server would refuse.
  await page.context().clearCookies();
  await signIn(page, "admin.00001@demo.kakehashi.example");
  await page.goto(tourPath);
  await expect(page.getByTestId("firm-under-review")).toHaveText(
    "Your firm is under review: it can sign up for tours once the organizers approve it.",
  );
  await expect(page.getByRole("button", { name: /Sign up|waitlist/i })).toHaveCount(0);
});
