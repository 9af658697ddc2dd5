import { BJ, SH } from "../lib/emulator/products/volc-vpc/volc-vpc-ids";
import type { Page } from "@playwright/test";
import { consoleApi, createMirrorSession, expect, test } from "./fixtures";

const SEEDED = BJ.sessions.web01;

test.beforeEach(async ({ emulator }) => {
  await emulator.reset();
});

/** Ctrl+K once the page listens for it, then types into the palette once it has the focus. */
async function palette(page: Page, text: string) {
  await expect(page.locator("[data-listening]")).toBeVisible();
  await page.keyboard.press("Control+k");
  // By its role only: after the switch to 简体中文 the dialog has its Chinese name.
  await expect(page.getByRole("dialog").getByRole("combobox")).toBeFocused();
  await page.keyboard.type(text);
}

test("Ctrl+K finds a session the list has read, by id, and opens its page — keyboard only", async ({
  page,
}) => {
  await page.goto("/mirror-sessions?region=cn-beijing");
  await expect(page.locator(`tr[data-session="${SEEDED}"]`)).toBeVisible();

  await palette(page, SEEDED.slice(0, 12));
  const dialog = page.getByRole("dialog", { name: "Command palette" });
  const option = dialog.getByRole("option", { name: new RegExp(SEEDED) });
  await expect(option).toBeVisible();
  // The match count is said to screen readers; the active option is the combobox's active descendant.
  await expect(dialog.locator('[aria-live="polite"]')).toHaveText(/^Matches: [1-9]\d*$/);
  await expect(option).toHaveAttribute("aria-selected", "true");
  await page.keyboard.press("Enter");

  await expect(page).toHaveURL(`/mirror-sessions/cn-beijing/${SEEDED}`);
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(SEEDED);
});

test("the palette switches to 简体中文 and back to a page, keyboard only", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await palette(page, "Switch to");
  await expect(page.getByRole("option", { name: "Switch to 简体中文" })).toHaveAttribute(
    "aria-selected",
    "true",
  );
  await page.keyboard.press("Enter");
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("概览");

  // In Chinese the palette goes to a page by its Chinese name.
  await palette(page, "操作记录");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL("/activity");

  // And back to English for the journeys that follow.
  await palette(page, "English");
  await page.keyboard.press("Enter");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
});

test("the palette's create action opens the form with the keyboard in it, and the theme follows", async ({
  page,
}) => {
  await page.goto("/");
  await palette(page, "Create traffic");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/mirror-sessions#create-session$/);
  const form = page.locator("form#create-session");
  await expect(form).toBeVisible();
  await expect(form.locator(":focus")).toHaveCount(1);

  await palette(page, "Dark theme");
  await page.keyboard.press("Enter");
  await expect(page.locator("html")).toHaveClass(/dark/);
  await expect(page.getByRole("button", { name: "Dark theme" })).toHaveAttribute("aria-pressed", "true");
  await palette(page, "Light theme");
  await page.keyboard.press("Enter");
  await expect(page.locator("html")).not.toHaveClass(/dark/);
});

test("a session created through the API in a region the page never showed is found by id and opened", async ({
  page,
  request,
}) => {
  const { id } = await createMirrorSession(consoleApi(request), SH.region, {
    eni: SH.enis.app01Primary,
    target: SH.targets.clb,
    filter: SH.filters.all,
    priority: 3,
  });

  // Beijing's list only: Shanghai's sessions were never read by this tab before the palette opens.
  await page.goto("/mirror-sessions?region=cn-beijing");
  await expect(page.locator(`tr[data-session="${SEEDED}"]`)).toBeVisible();
  await palette(page, id);
  const dialog = page.getByRole("dialog", { name: "Command palette" });
  const option = dialog.getByRole("option", { name: new RegExp(id) });
  await expect(option).toContainText(SH.region);
  await expect(dialog.getByTestId("palette-searching")).toBeHidden();
  await expect(dialog.getByTestId("palette-unreadable")).toBeHidden();
  await expect(option).toHaveAttribute("aria-selected", "true");
  await page.keyboard.press("Enter");

  await expect(page).toHaveURL(`/mirror-sessions/${SH.region}/${id}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(id);
});
