import { expect, test } from "@playwright/test";

test("the list of participating firms filters by country and name and pages through", async ({ page }) => {
  await page.goto("/en/firms");
  const cards = page.getByTestId("firm-list").getByRole("listitem").filter({ has: page.getByRole("heading") });
  await expect(cards).toHaveCount(24);
  await expect(page.getByText(/Page 1 of \d+/).first()).toBeVisible();

  await page.getByLabel("Country").selectOption("JP");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/country=JP/);
  for (const text of await cards.locator("p").first().allTextContents()) expect(text).toContain("Japan");

  await page.getByRole("link", { name: "Next" }).click();
  await expect(page).toHaveURL(/page=2/);
  await expect(page.getByText(/Page 2 of/).first()).toBeVisible();
});

test("a name search ignores Vietnamese diacritics", async ({ page }) => {
  await page.goto("/en/firms?q=cong+nghe");
  const cards = page.getByTestId("firm-list").getByRole("listitem").filter({ has: page.getByRole("heading") });
  await expect(cards.first()).toContainText("Công nghệ");
  await page.goto("/en/firms?q=zzzz-no-such-firm");
  await expect(page.getByText("No firm matches this search.")).toBeVisible();
});

test("malformed search parameters fall back instead of failing", async ({ page }) => {
  const response = await page.goto("/en/firms?page=-3&country=XX&q=" + "x".repeat(500));
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Participating firms");
});
