import type { Page } from "@playwright/test";
import { BEIJING_SESSION, expect, fillSessionForm, test } from "./fixtures";
import { recordApiRequests, setVisibility } from "./visibility";

const LIST = "/api/operations/volcengine.vpc.DescribeTrafficMirrorSessions";
const CREATE = "/api/operations/volcengine.vpc.CreateTrafficMirrorSession";

test.beforeEach(async ({ emulator }) => {
  await emulator.reset();
  // New sessions stay Creating until the test releases them (switching the kind to immediate).
  await emulator.setTransitions({ mode: "manual", reads: 1_000_000, kind: "mirror-session" });
});

/** Creates a session through the form; returns when (in the test's clock) the create call had answered. */
async function createSession(page: Page, priority: number): Promise<number> {
  await page.goto("/mirror-sessions?region=cn-beijing");
  await expect(page.getByTestId("taken-priorities")).toHaveText("Taken in cn-beijing: 1");
  await fillSessionForm(page, { ...BEIJING_SESSION, priority });
  const created = page.waitForResponse((r) => r.url().endsWith(CREATE));
  await page.getByRole("button", { name: "Create", exact: true }).click();
  await created;
  return Date.now();
}

const badge = (page: Page, priority: number) =>
  page.locator(`tr[data-priority="${priority}"]`).locator("[data-status]");

test("a create reads the list once, then polls at the 1 s cadence", async ({ page }) => {
  const requests = recordApiRequests(page);
  const answeredAt = await createSession(page, 5);
  await expect(badge(page, 5)).toContainText("Creating");
  await page.waitForTimeout(Math.max(0, answeredAt + 800 - Date.now()));
  const createdAt = requests.find((r) => r.url.endsWith(CREATE))!.at;
  const reads = requests.filter((r) => r.url.endsWith(LIST) && r.at >= createdAt);
  // The mutation's own re-read, and nothing on top of it within the next 800 ms.
  expect(reads).toHaveLength(1);
  // Then the watch reads about every second.
  await page.waitForTimeout(2_500);
  const later = requests.filter((r) => r.url.endsWith(LIST) && r.at >= createdAt);
  expect(later.length).toBeGreaterThanOrEqual(3);
  expect(later.length).toBeLessThanOrEqual(4);
});

test("a hidden tab reads nothing for 30 s, and shows what settled meanwhile within 1 s of becoming visible", async ({
  page,
  emulator,
}) => {
  test.setTimeout(120_000);
  const requests = recordApiRequests(page);
  await createSession(page, 6);
  await expect(badge(page, 6)).toContainText("Creating");
  // Long enough in flight for the cadence to have backed off to 10 s: becoming visible must not wait for the
  // next of those reads.
  await page.waitForTimeout(32_000);

  await setVisibility(page, "hidden");
  const hiddenAt = Date.now();
  // The cloud finishes the create while nobody looks.
  await emulator.setTransitions({ mode: "immediate", kind: "mirror-session" });
  await page.waitForTimeout(30_000);
  expect(requests.filter((r) => r.at > hiddenAt)).toEqual([]);
  await expect(badge(page, 6)).toContainText("Creating");

  await setVisibility(page, "visible");
  await expect(badge(page, 6)).toContainText("Active", { timeout: 1_000 });
});
