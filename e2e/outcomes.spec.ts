import { GA } from "../lib/emulator/products/ga/ga-ids";
import { BJ } from "../lib/emulator/products/volc-vpc/volc-vpc-ids";
import { BEIJING_SESSION, consoleApi, createMirrorSession, expect, fillSessionForm, test } from "./fixtures";

/**
 * Issue #18: each outcome class of a failed call is said once, with the next step. Fault rules of the emulator
 * (lib/emulator/core/faults.ts) make each class happen on purpose.
 */

const SEEDED = BJ.sessions.web01;
const DELETE = "DeleteTrafficMirrorSession";

test.beforeEach(async ({ emulator }) => {
  await emulator.reset();
  await emulator.setTransitions({ mode: "immediate", kind: "mirror-session" });
});

async function deleteSeeded(page: import("@playwright/test").Page) {
  await page.goto("/mirror-sessions?region=cn-beijing");
  const row = page.locator(`tr[data-session="${SEEDED}"]`);
  await expect(row.locator("[data-status]")).toContainText("Active");
  await row.getByRole("button", { name: `Delete session ${SEEDED}` }).click();
  await page
    .getByRole("alertdialog", { name: "Delete this mirror session?" })
    .getByRole("button", { name: "Delete" })
    .click();
  return row;
}

test("a connection reset after the cloud applied a delete shows one 'outcome unknown' panel; Check now finds it gone", async ({
  page,
  emulator,
}) => {
  // The cloud deletes the session, then the connection drops before the answer: the console cannot know.
  await emulator.addFaults({ action: DELETE, drop: true, afterApply: true, times: 1 });
  const reply = page.waitForResponse((r) => r.url().endsWith(`volcengine.vpc.${DELETE}`));
  await deleteSeeded(page);
  const answer = await reply;
  expect(answer.status()).toBe(504);
  expect((await answer.json()).error).toMatchObject({ outcome: "unknown", code: "NetworkError" });

  const panels = page.getByTestId("error-panel");
  await expect(panels).toHaveCount(1);
  const panel = panels.first();
  await expect(panel).toHaveAttribute("data-outcome", "unknown");
  await expect(panel.getByTestId("error-title")).toHaveText(`? Outcome unknown: Delete session ${SEEDED}`);
  await expect(panel).toContainText(
    "The request may have been applied. Check the resource before trying again.",
  );
  // Nothing on the page contradicts it: no "failed", no "refused", no "could not be reached".
  await expect(page.locator("main")).not.toContainText(/refused|failed|could not be reached/);
  // Delete takes no ClientToken: sending it again is not offered.
  await expect(panel.getByRole("button", { name: "Retry with the same request" })).toHaveCount(0);

  await panel.getByRole("button", { name: "Check now" }).click();
  await expect(panel.getByTestId("check-result")).toContainText(
    `${SEEDED} is no longer listed in cn-beijing. The delete was applied.`,
  );
});

test("a reset before the cloud applied it: Check now finds the session still there", async ({
  page,
  emulator,
}) => {
  await emulator.addFaults({ action: DELETE, drop: true, times: 1 });
  const row = await deleteSeeded(page);
  const panel = page.getByTestId("error-panel");
  await expect(panel).toHaveCount(1);
  await expect(panel).toHaveAttribute("data-outcome", "unknown");
  await panel.getByRole("button", { name: "Check now" }).click();
  await expect(panel.getByTestId("check-result")).toContainText(
    `${SEEDED} is still listed in cn-beijing, status Active.`,
  );
  await expect(row.locator("[data-status]")).toContainText("Active");
});

test("an upstream 503 is 'unavailable': nothing was changed and retrying is safe", async ({
  page,
  emulator,
}) => {
  await emulator.addFaults({ action: DELETE, httpStatus: 503, code: "ServiceUnavailable", times: 1 });
  const reply = page.waitForResponse((r) => r.url().endsWith(`volcengine.vpc.${DELETE}`));
  const row = await deleteSeeded(page);
  const answer = await reply;
  expect(answer.status()).toBe(503);
  expect((await answer.json()).error).toMatchObject({ outcome: "unavailable", code: "ServiceUnavailable" });

  const panel = page.getByTestId("error-panel");
  await expect(panel).toHaveCount(1);
  await expect(panel).toHaveAttribute("data-outcome", "unavailable");
  await expect(panel.getByTestId("error-title")).toHaveText(`✕ Not applied: Delete session ${SEEDED}`);
  await expect(panel).toContainText(
    "Volcengine did not take the request, so nothing was changed. Retrying is safe.",
  );
  await expect(panel.getByTestId("error-code")).toHaveText("ServiceUnavailable");
  await expect(row.locator("[data-status]")).toContainText("Active");
  // Nothing was applied, so the panel offers a plain Retry (no Check now); the cloud answers this time.
  await expect(panel.getByRole("button", { name: "Check now" })).toHaveCount(0);
  await panel.getByRole("button", { name: "Retry" }).click();
  await expect(panel).toHaveCount(0);
  await expect(row).toHaveCount(0, { timeout: 15_000 });
});

test("a refusal by validation says nothing was sent, and sends nothing", async ({ page, emulator }) => {
  await page.goto("/mirror-sessions?region=cn-beijing");
  await expect(page.locator(`tr[data-session="${SEEDED}"]`)).toBeVisible();
  await page.getByRole("spinbutton", { name: "Priority" }).fill("1");
  await page.getByRole("button", { name: "Create", exact: true }).click();
  await expect(page.getByText(`Priority 1 is already used by session ${SEEDED}.`)).toBeVisible();
  const creates = (await emulator.requests<{ action?: string }>()).filter(
    (r) => r.action === "CreateTrafficMirrorSession",
  );
  expect(creates).toHaveLength(0);
});

test("a list that failed during an outage fills in by itself once the fault is cleared, without a reload", async ({
  page,
  emulator,
}) => {
  test.setTimeout(90_000);
  await emulator.addFaults({
    action: "DescribeTrafficMirrorSessions",
    httpStatus: 503,
    code: "ServiceUnavailable",
  });
  await page.goto("/mirror-sessions?region=cn-beijing");
  // While the first read (and its retries) are under way: a skeleton, not a bare "Loading…".
  await expect(page.getByTestId("skeleton").first()).toBeVisible();
  const panel = page
    .getByTestId("error-panel")
    .filter({ hasText: "Could not list the mirror sessions in cn-beijing" });
  await expect(panel).toBeVisible({ timeout: 30_000 });
  await expect(panel).toContainText(
    "Volcengine is not answering right now. Retrying is safe; this page keeps trying.",
  );
  await expect(panel.getByRole("button", { name: "Retry" })).toBeVisible();

  let navigations = 0;
  page.on("framenavigated", () => navigations++);
  await emulator.clearFaults();
  await expect(page.locator(`tr[data-session="${SEEDED}"]`)).toBeVisible({ timeout: 40_000 });
  await expect(panel).toHaveCount(0);
  expect(navigations).toBe(0);
});

test("a cloud refusal's panel belongs to its request: editing the rows clears it", async ({
  page,
  emulator,
}) => {
  await emulator.setTransitions({ mode: "immediate" });
  await page.goto(
    `/ga-destinations?accelerator=${GA.accelerator}&listener=${GA.listeners.custom}&group=${GA.groups.hangzhou}`,
  );
  const first = page.getByRole("group", { name: "Destination 1", exact: true });
  // 80 is already mapped (TCP 80–81): the cloud answers Conflict.PortRange.
  await first.getByLabel("From port").fill("80");
  await first.getByLabel("To port").fill("85");
  await page.getByRole("button", { name: "Add destinations" }).click();
  const panel = page.getByTestId("error-panel");
  await expect(panel.getByTestId("error-code")).toHaveText("Conflict.PortRange");

  await first.getByLabel("From port").fill("100");
  await first.getByLabel("To port").fill("110");
  await expect(panel).toHaveCount(0);
  await expect(page.getByText(/\(Conflict\.PortRange\)/)).toHaveCount(0);
});

test("the notification centre reports an operation that settles while the operator is on another page", async ({
  page,
  request,
  emulator,
}) => {
  test.setTimeout(90_000);
  // The new session stays Creating until the test lets it settle.
  await emulator.setTransitions({ mode: "manual", reads: 1_000_000, kind: "mirror-session" });
  const baseline = page.waitForResponse((r) => r.url().includes("/api/operations-history"));
  await page.goto("/router-interfaces?region=cn-hangzhou");
  await baseline;

  const { id } = await createMirrorSession(consoleApi(request), "cn-beijing", {
    eni: BJ.enis.web01Secondary,
    target: BJ.targets.collectorClb,
    filter: BJ.filters.dns,
    priority: 9,
  });
  const bell = page.getByTestId("notifications-button");
  await expect(page.getByTestId("notifications-count")).toHaveCount(0);

  // The cloud settles it; nobody's browser watches mirror sessions, so the server's watcher closes the operation.
  await emulator.setTransitions({ mode: "immediate", kind: "mirror-session" });
  await expect(page.getByTestId("notifications-count")).toHaveText("1", { timeout: 45_000 });
  await expect(bell).toHaveAttribute("aria-label", "Notifications, 1 unread");

  await bell.click();
  const panel = page.getByTestId("notifications-panel");
  const notice = panel.locator("li").filter({ hasText: id });
  await expect(notice).toContainText("CreateTrafficMirrorSession settled");
  await expect(notice).toHaveAttribute("data-read", "false");
  await expect(notice.getByRole("link")).toHaveAttribute("href", `/mirror-sessions/cn-beijing/${id}`);
  await panel.getByRole("button", { name: "Mark all as read" }).click();
  await expect(notice).toHaveAttribute("data-read", "true");
  await expect(page.getByTestId("notifications-count")).toHaveCount(0);
  await page.keyboard.press("Escape");
  await expect(panel).toHaveCount(0);
  await expect(bell).toBeFocused();

  // Read state is kept per browser: after a reload the notice is still there, still read.
  await page.reload();
  await expect(bell).toBeVisible();
  await expect(page.getByTestId("notifications-count")).toHaveCount(0);
  await bell.click();
  await expect(notice).toHaveAttribute("data-read", "true");
});

test("Retry with the same request resends a create with its ClientToken: one session, not two", async ({
  page,
  emulator,
}) => {
  // Every attempt of the console's own retries (1 + 3) is applied or replayed by the cloud, then its reply is lost.
  await emulator.addFaults({ action: "CreateTrafficMirrorSession", drop: true, afterApply: true, times: 4 });
  await page.goto("/mirror-sessions?region=cn-beijing");
  await expect(page.locator(`tr[data-session="${SEEDED}"]`)).toBeVisible();
  const bodies: { ClientToken?: string }[] = [];
  page.on("request", (r) => {
    if (r.url().endsWith("volcengine.vpc.CreateTrafficMirrorSession")) bodies.push(r.postDataJSON().input);
  });
  await fillSessionForm(page, { ...BEIJING_SESSION, priority: 12 });
  await page.getByRole("button", { name: "Create", exact: true }).click();

  const panel = page.getByTestId("error-panel");
  await expect(panel).toHaveAttribute("data-outcome", "unknown");
  await expect(panel.getByTestId("error-title")).toHaveText("? Outcome unknown: CreateTrafficMirrorSession");
  await panel.getByRole("button", { name: "Retry with the same request" }).click();

  await expect(page.getByTestId("toast")).toContainText("is being created");
  await expect(panel).toHaveCount(0);
  // The same token both times, and the cloud kept one session for it.
  expect(bodies).toHaveLength(2);
  expect(bodies[0]?.ClientToken).toBeTruthy();
  expect(bodies[1]?.ClientToken).toBe(bodies[0]?.ClientToken);
  await expect(page.locator("tr[data-priority='12']")).toHaveCount(1);
  await expect(page.locator("tr[data-session]")).toHaveCount(2);
});

test("a GA destination delete whose reply was lost is resent through the accelerator's queue with its ClientToken", async ({
  page,
  emulator,
}) => {
  const ACTION = "DeleteCustomRoutingEndpointGroupDestinations";
  await emulator.setTransitions({ mode: "immediate", kind: "ga-endpoint-group" });
  type Logged = { time: string; action?: string; status: number; code?: string };
  const start = new Date().toISOString();
  // What the emulator answered to deletes of this test (dropped connections get no answer to log).
  const answered = async () =>
    (await emulator.requests<Logged>(200)).filter((r) => r.action === ACTION && r.time >= start);
  // The cloud applies the delete, then every attempt of the console's own retries (1 + 3) loses its reply.
  await emulator.addFaults({ action: ACTION, drop: true, afterApply: true, times: 4 });
  const sent: { DestinationIds?: string[]; ClientToken?: string }[] = [];
  page.on("request", (r) => {
    if (r.url().endsWith(`aliyun.ga.${ACTION}`)) sent.push(r.postDataJSON().input);
  });
  await page.goto(
    `/ga-destinations?accelerator=${GA.accelerator}&listener=${GA.listeners.custom}&group=${GA.groups.hangzhou}`,
  );
  const table = page.getByRole("table", { name: "Destinations" });
  await expect(table).toContainText("80–81");
  await page.getByRole("checkbox", { name: `Select destination ${GA.destination}` }).check();
  await page.getByRole("button", { name: "Delete selected (1)" }).click();
  await page
    .getByRole("alertdialog", { name: "Delete 1 destination(s)?" })
    .getByRole("button", { name: "Delete", exact: true })
    .click();

  const panels = page.getByTestId("error-panel");
  await expect(panels).toHaveCount(1, { timeout: 20_000 });
  const panel = panels.first();
  await expect(panel).toHaveAttribute("data-outcome", "unknown");
  await expect(panel.getByTestId("error-title")).toHaveText(
    `? Outcome unknown: Delete destinations of ${GA.groups.hangzhou}`,
  );
  await expect(panel.getByRole("button", { name: "Check now" })).toBeVisible();
  await panel.getByRole("button", { name: "Retry with the same request" }).click();

  await expect(page.getByTestId("toast")).toContainText(
    `Deletion of 1 destination(s) from ${GA.groups.hangzhou} started.`,
  );
  await expect(panels).toHaveCount(0);
  await expect(page.getByText("This endpoint group has no destinations yet")).toBeVisible({
    timeout: 15_000,
  });
  // The browser sent the same ids with the same token twice; the cloud replayed its first answer (200), where a
  // new token would have met a destination already being deleted (NotExist.Destination).
  expect(sent).toHaveLength(2);
  expect(sent[0]).toMatchObject({ DestinationIds: [GA.destination], ClientToken: expect.any(String) });
  expect(sent[1]).toEqual(sent[0]);
  expect((await answered()).map(({ status, code }) => ({ status, code }))).toEqual([
    { status: 200, code: undefined },
  ]);
});
