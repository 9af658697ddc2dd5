import { BJ } from "../lib/emulator/products/volc-vpc/volc-vpc-ids";
import { E2E_PEOPLE } from "./auth-state";
import { consoleApi, createMirrorSession, expect, test } from "./fixtures";
import { E2E_BASE_URL } from "./test-ports";

const DELETE = "/api/operations/volcengine.vpc.DeleteTrafficMirrorSession";

test.beforeEach(async ({ emulator }) => {
  await emulator.reset();
  // Creating for 5 s, then Active: nobody polls, so the server's own watcher must see it settle.
  await emulator.setTransitions({ mode: "timed", ms: 5000 });
});

test("an operator's create shows up in /activity with its timeline to Active, followed by the server", async ({
  page,
  request,
}) => {
  const { id: session, requestId } = await createMirrorSession(consoleApi(request), BJ.region, {
    eni: BJ.enis.web02Primary,
    target: BJ.targets.collectorClb,
    filter: BJ.filters.webAll,
    priority: 21,
  });

  await page.goto(`/activity?resource=${session}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Activity");
  const row = page.locator('tr[data-action="volcengine.vpc.CreateTrafficMirrorSession"]');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(E2E_PEOPLE.operator.email);
  await expect(row).toContainText(requestId);
  await expect(row.locator("[data-outcome]")).toHaveAttribute("data-outcome", "ok");
  await row.getByRole("button", { name: "Details" }).click();
  const timeline = page.getByRole("region", { name: "Timeline" });
  await expect(timeline).toContainText(`Accepted (RequestId ${requestId})`);
  // The page polls the history while it is open; the watcher records Creating, then Active.
  await expect(timeline.locator('[data-timeline-status="Active"]')).toBeVisible({ timeout: 20_000 });
  await expect(timeline.locator('[data-timeline-status="Creating"]')).toContainText("seen by the server");
  await expect(timeline.locator("[data-timeline-end]")).toContainText(/Settled in \d+\.\d s/);
});

test("a failed delete shows its code and RequestId in /activity and on the overview", async ({
  page,
  request,
}) => {
  const missing = "tms-doesnotexist000000000000";
  const refused = await request.post(DELETE, {
    headers: { origin: E2E_BASE_URL },
    data: { region: BJ.region, input: { TrafficMirrorSessionId: missing } },
  });
  expect(refused.status()).toBe(404);
  const { error } = await refused.json();

  await page.goto(`/activity?resource=${error.requestId}`);
  const row = page.locator('tr[data-action="volcengine.vpc.DeleteTrafficMirrorSession"]');
  await expect(row.locator("[data-outcome]")).toHaveAttribute("data-outcome", "refused");
  await expect(row).toContainText(error.code);
  await expect(row).toContainText(error.requestId);
  await row.getByRole("button", { name: "Details" }).click();
  await expect(page.locator(`tr[data-details]`)).toContainText(error.message);

  await page.goto("/");
  const failure = page.locator("tr[data-failure]", { hasText: error.requestId });
  await expect(failure).toHaveAttribute("data-failure", error.code);
  await expect(failure).toContainText(E2E_PEOPLE.operator.email);
  await expect(failure.getByRole("link", { name: missing })).toHaveAttribute(
    "href",
    `/activity?resource=${missing}`,
  );
});

test("filters refuse nonsense with a message beside the field", async ({ page }) => {
  await page.goto("/activity?from=yesterday");
  await expect(page.getByText(/Use a date \(2026-12-07\)/)).toBeVisible();
});

test.describe("as a viewer", () => {
  test.use({ storageState: E2E_PEOPLE.viewer.state });

  test("sees the activity but cannot export it", async ({ page, request }) => {
    await page.goto("/activity");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Activity");
    await expect(page.locator("tr[data-event]").first()).toBeVisible();
    await expect(page.getByRole("link", { name: "Export CSV" })).toHaveCount(0);
    const csv = await request.get("/api/audit/export?format=csv");
    expect(csv.status()).toBe(403);
    expect((await csv.json()).error.code).toBe("Forbidden.Role");
  });
});
