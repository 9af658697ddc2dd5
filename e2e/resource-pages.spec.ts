import type { Page } from "@playwright/test";
import { RI } from "../lib/emulator/products/aliyun-demo/demo-ids";
import { BJ } from "../lib/emulator/products/volc-vpc/volc-vpc-ids";
import { E2E_PEOPLE } from "./auth-state";
import { BEIJING_SESSION, expect, fillSessionForm, test } from "./fixtures";

/** The seeded Beijing session (lib/emulator/products/volc-vpc/volc-vpc-seed.ts). */
const SEEDED = BJ.sessions.web01;

async function createSession(page: Page): Promise<string> {
  await page.goto("/mirror-sessions?region=cn-beijing");
  await expect(page.getByTestId("taken-priorities")).toHaveText("Taken in cn-beijing: 1");
  await fillSessionForm(page, { ...BEIJING_SESSION, priority: 7 });
  await page.getByRole("textbox", { name: /^Name/ }).fill("page-of-its-own");
  await page.getByRole("button", { name: "Create", exact: true }).click();
  const toast = await page.getByTestId("toast").textContent();
  const id = /tms-\w+/.exec(toast ?? "")?.[0];
  expect(id, `toast: ${toast}`).toBeTruthy();
  return id!;
}

test.beforeEach(async ({ emulator }) => {
  await emulator.reset();
  // A new or deleted session stays in transition for five reads: the list's and then the page's own polls see it move.
  await emulator.setTransitions({ mode: "manual", reads: 6, kind: "mirror-session" });
});

test("a new session has a page: from the list link, live status, reload, back/forward and its history", async ({
  page,
}) => {
  const id = await createSession(page);
  const row = page.locator(`tr[data-session="${id}"]`);
  await row.getByRole("link", { name: id }).click();
  await expect(page).toHaveURL(`/mirror-sessions/cn-beijing/${id}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(id);
  await expect(page).toHaveTitle(new RegExp(`^${id} · Traffic-mirror sessions`));
  const crumbs = page.getByRole("navigation", { name: "Breadcrumb" });
  await expect(crumbs.getByRole("link")).toHaveText(["Overview", "Traffic-mirror sessions", "cn-beijing"]);
  await expect(crumbs.locator('[aria-current="page"]')).toHaveText(id);

  // The status is polled on the page as on the list, and announced when it settles.
  const badge = page.getByTestId("resource-status").locator("[data-status]");
  await expect(badge).toHaveText(/Creating/);
  await expect(badge).toHaveAttribute("aria-live", "polite");
  await expect(badge).toHaveText(/Active/, { timeout: 15_000 });
  // Every attribute the cloud returned, ids copyable.
  await expect(page.getByText("TrafficMirrorSessionName")).toBeVisible();
  await expect(page.getByText("page-of-its-own")).toBeVisible();
  await expect(page.getByRole("button", { name: `Copy ${BJ.enis.web02Primary}` })).toBeVisible();
  await expect(page.getByRole("button", { name: "Delete", exact: true })).toBeEnabled();
  // The history comes from the audit trail and names the create.
  const history = page.getByTestId("resource-history");
  await expect(
    history.locator('[data-action$="CreateTrafficMirrorSession"]').first().locator('[data-outcome="ok"]'),
  ).toBeVisible();

  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(id);
  await expect(badge).toHaveText(/Active/);

  await page.goBack();
  await expect(page).toHaveURL(/\/mirror-sessions\?region=cn-beijing$/);
  await expect(row).toBeVisible();
  await page.goForward();
  await expect(page).toHaveURL(`/mirror-sessions/cn-beijing/${id}`);
  await expect(badge).toHaveText(/Active/);
});

test("deleting from the page ends in the not-found state with the delete in the history", async ({
  page,
}) => {
  await page.goto(`/mirror-sessions/cn-beijing/${SEEDED}`);
  await page.getByRole("button", { name: "Delete", exact: true }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Delete" }).click();
  await expect(page.getByTestId("resource-not-found")).toBeVisible({ timeout: 15_000 });
  // Newest first; other specs delete the seeded session too (the console's trail outlives the emulator's resets).
  await expect(
    page.getByTestId("resource-history").locator('[data-action$="DeleteTrafficMirrorSession"]').first(),
  ).toBeVisible();
});

test("an id that does not exist says so and leads back to the list", async ({ page }) => {
  await page.goto("/mirror-sessions/cn-beijing/tms-doesnotexist");
  await expect(page.getByTestId("resource-not-found")).toContainText("There is no such resource.");
  await page.getByRole("link", { name: "Back to Traffic-mirror sessions" }).click();
  await expect(page).toHaveURL(/\/mirror-sessions\?region=cn-beijing$/);
});

test("a viewer sees the page's actions disabled with the reason", async ({ browser }) => {
  const context = await browser.newContext({ storageState: E2E_PEOPLE.viewer.state });
  const page = await context.newPage();
  await page.goto(`/mirror-sessions/cn-beijing/${SEEDED}`);
  const remove = page.getByRole("button", { name: "Delete", exact: true });
  await expect(remove).toBeDisabled();
  await expect(remove).toHaveAttribute("title", /.+/);
  await context.close();
});

test("the page offers its Delete as curl, with the session's id", async ({ page, emulator }) => {
  await page.goto(`/mirror-sessions/cn-beijing/${SEEDED}`);
  await page.getByRole("button", { name: "Copy as… DeleteTrafficMirrorSession" }).click();
  await page.getByRole("menuitem", { name: "curl (this console)" }).click();
  const snippet = page.getByTestId("copy-as-snippet");
  await expect(snippet).toContainText("/api/operations/volcengine.vpc.DeleteTrafficMirrorSession");
  await expect(snippet).toContainText(`"TrafficMirrorSessionId":"${SEEDED}"`);
  // Copying sends nothing: no Delete reached the cloud, and the session is still there.
  await page.getByRole("button", { name: "Close" }).click();
  await expect(page.getByTestId("resource-status")).toContainText("Active");
  const deletes = (await emulator.requests<{ action?: string }>()).filter(
    (r) => r.action === "DeleteTrafficMirrorSession",
  );
  expect(deletes).toEqual([]);
});

/** The layout-shift score of everything the page did from its first byte until now (Chromium's own entries). */
async function layoutShift(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        new PerformanceObserver((list) =>
          resolve(
            list
              .getEntries()
              .map((e) => e as PerformanceEntry & { value: number; hadRecentInput: boolean })
              .filter((e) => !e.hadRecentInput)
              .reduce((sum, e) => sum + e.value, 0),
          ),
        ).observe({ type: "layout-shift", buffered: true });
        // No entry at all is no shift: the buffered callback does not come then.
        setTimeout(() => resolve(0), 500);
      }),
  );
}

test("an interface's page keeps its place while the pair view and Copy as… load", async ({ page }) => {
  // Lighthouse measured 0.16 here when the pair view replaced a short loading note (issue #18).
  await page.goto(`/router-interfaces/cn-hangzhou/${RI.activeInitiator}`);
  await expect(page.getByTestId("pair-view").locator(`[data-side="${RI.activeAcceptor}"]`)).toContainText(
    "Active",
  );
  await expect(page.getByRole("button", { name: /^Copy as…/ })).toBeVisible();
  expect(await layoutShift(page)).toBeLessThan(0.02);
});
