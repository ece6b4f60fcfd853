import { expect, test } from "@playwright/test";

test("the directory filters by country and pages through, with the filters in the URL", async ({ page }) => {
  await page.goto("/en/firms");
  const cards = page.getByTestId("firm-list").getByRole("article");
  await expect(cards).toHaveCount(24);
  await expect(page.getByText(/Page 1 of \d+/).first()).toBeVisible();

  await page.getByLabel("Country").selectOption("JP");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/country=JP/);
  await expect(cards.first()).toContainText("Japan");
  for (const text of await cards.locator("p:first-of-type").allTextContents()) expect(text).not.toContain("Vietnam");

  await page.getByRole("link", { name: "Next" }).click();
  await expect(page).toHaveURL(/page=2/);
  await expect(page.getByText(/Page 2 of/).first()).toBeVisible();
  await expect(page).toHaveURL(/country=JP/);
  await expect(page.getByLabel("Country")).toHaveValue("JP");
});

test("a name search ignores Vietnamese diacritics", async ({ page }) => {
  await page.goto("/en/firms?q=cong+nghe");
  const cards = page.getByTestId("firm-list").getByRole("article");
  await expect(cards.first()).toContainText("Công nghệ");
  await page.goto("/en/firms?q=zzzz-no-such-firm");
  await expect(page.getByText("No firm matches this search. Try fewer words or remove a filter.")).toBeVisible();
});

test("malformed search parameters fall back instead of failing", async ({ page }) => {
  const response = await page.goto("/en/firms?page=-3&country=XX&q=" + "x".repeat(500));
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Firm directory");
});
