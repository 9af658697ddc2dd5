import { BJ } from "../lib/emulator/products/volc-vpc/volc-vpc-ids";
import { expect, test } from "./fixtures";

const SEEDED = BJ.sessions.web01;

test.beforeEach(async ({ emulator }) => {
  await emulator.reset();
});

test("Ctrl+K finds a session the list has read, by id, and opens its page — keyboard only", async ({
  page,
}) => {
  await page.goto("/mirror-sessions?region=cn-beijing");
  await expect(page.locator(`tr[data-session="${SEEDED}"]`)).toBeVisible();

  await page.keyboard.press("Control+k");
  const palette = page.getByRole("dialog", { name: "Command palette" });
  await expect(palette).toBeVisible();
  const input = palette.getByRole("combobox");
  await expect(input).toBeFocused();
  await page.keyboard.type(SEEDED.slice(0, 12));
  const option = palette.getByRole("option", { name: new RegExp(SEEDED) });
  await expect(option).toBeVisible();
  // The match count is said to screen readers; the active option is the combobox's active descendant.
  await expect(palette.locator('[aria-live="polite"]')).toHaveText(/^[1-9]\d* matches$/);
  await expect(option).toHaveAttribute("aria-selected", "true");
  await page.keyboard.press("Enter");

  await expect(page).toHaveURL(`/mirror-sessions/cn-beijing/${SEEDED}`);
  await expect(palette).toBeHidden();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(SEEDED);
});

test("the palette switches to 简体中文 and back to a page, keyboard only", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.keyboard.press("Control+k");
  await page.keyboard.type("Switch to");
  await expect(page.getByRole("option", { name: "Switch to 简体中文" })).toHaveAttribute(
    "aria-selected",
    "true",
  );
  await page.keyboard.press("Enter");
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("概览");

  // In Chinese the palette goes to a page by its Chinese name.
  await page.keyboard.press("Control+k");
  await page.keyboard.type("操作记录");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL("/activity");

  // And back to English for the journeys that follow.
  await page.keyboard.press("Control+k");
  await page.keyboard.type("English");
  await page.keyboard.press("Enter");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
});

test("the palette's create action opens the form with the keyboard in it, and the theme follows", async ({
  page,
}) => {
  await page.goto("/");
  await page.keyboard.press("Control+k");
  await page.keyboard.type("Create traffic");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/mirror-sessions#create-session$/);
  const form = page.locator("form#create-session");
  await expect(form).toBeVisible();
  await expect(form.locator(":focus")).toHaveCount(1);

  await page.keyboard.press("Control+k");
  await page.keyboard.type("Dark theme");
  await page.keyboard.press("Enter");
  await expect(page.locator("html")).toHaveClass(/dark/);
  await expect(page.getByRole("button", { name: "Dark theme" })).toHaveAttribute("aria-pressed", "true");
  await page.keyboard.press("Control+k");
  await page.keyboard.type("Light theme");
  await page.keyboard.press("Enter");
  await expect(page.locator("html")).not.toHaveClass(/dark/);
});
