import type { Page } from "@playwright/test";
import { GA } from "../lib/emulator/products/ga/ga-ids";
import { expect as baseExpect, test, type EmulatorControl } from "./fixtures";

const CREATE = "CreateCustomRoutingEndpointGroupDestinations";
const GROUP_KIND = "ga-endpoint-group";

// Every step waits on real HTTP round trips (browser → proxy → emulator); leave room for a busy machine.
const expect = baseExpect.configure({ timeout: 10_000 });
test.describe.configure({ timeout: 60_000 });

/** Endpoint-group updates stay `updating` until released, so a test sees them without racing a timer. */
const holdUpdates = (emulator: EmulatorControl) =>
  emulator.setTransitions({ mode: "timed", ms: 600_000, kind: GROUP_KIND });
/** Completes the updates in flight; later ones complete on their next read. */
const releaseUpdates = (emulator: EmulatorControl) =>
  emulator.setTransitions({ mode: "immediate", kind: GROUP_KIND });

interface LoggedRequest {
  action?: string;
  status: number;
  code?: string;
}

/** The Create calls the emulator received since `since` (its log is newest first and survives resets). */
async function createCalls(emulator: EmulatorControl, since: LoggedRequest[] = []): Promise<LoggedRequest[]> {
  const all = (await emulator.requests<LoggedRequest>()).filter((r) => r.action === CREATE);
  return all.slice(0, all.length - since.length);
}

const groupUrl = (group: string) =>
  `/ga-destinations?accelerator=${GA.accelerator}&listener=${GA.listeners.custom}&group=${group}`;

function row(page: Page, n: number) {
  return page.getByRole("group", { name: `Destination ${n}`, exact: true });
}

async function fillRow(
  page: Page,
  n: number,
  from: string,
  to: string,
  protocols: ("TCP" | "UDP")[] = ["TCP"],
) {
  const r = row(page, n);
  for (const p of ["TCP", "UDP"] as const)
    await r.getByRole("checkbox", { name: p }).setChecked(protocols.includes(p));
  await r.getByLabel("From port").fill(from);
  await r.getByLabel("To port").fill(to);
}

const groupState = (page: Page) => page.getByTestId("group-state").locator("[data-status]");

test.beforeEach(async ({ emulator }) => {
  await emulator.reset();
  await holdUpdates(emulator);
});

test("picks accelerator → listener → group, adds two destinations and watches updating → active", async ({
  page,
  emulator,
}) => {
  await page.goto("/ga-destinations");
  await expect(page.getByTestId("ga-region-note")).toContainText("managed through region cn-hangzhou");
  await page.getByRole("radio", { name: /^game-global/ }).check();
  const standard = page.getByRole("radio", { name: /^web-https/ });
  await expect(standard).toBeDisabled();
  await expect(page.getByText(/not applicable — a Standard \(smart routing\) listener/)).toBeVisible();
  await page.getByRole("radio", { name: /^game-custom-routing/ }).check();
  await page.getByRole("radio", { name: /^sh-game-servers/ }).check();
  await expect(page).toHaveURL(new RegExp(`group=${GA.groups.shanghai}`));
  await expect(groupState(page)).toHaveAttribute("data-status", "active");
  await expect(page.getByText("This endpoint group has no destinations yet")).toBeVisible();

  await fillRow(page, 1, "8000", "8001");
  await page.getByRole("button", { name: "Add a row" }).click();
  await fillRow(page, 2, "9000", "9000", ["TCP", "UDP"]);
  await page.getByRole("button", { name: "Add destinations", exact: true }).click();

  await expect(page.getByTestId("toast")).toContainText(
    `2 destination(s) are being added to ${GA.groups.shanghai}`,
  );
  await expect(groupState(page)).toHaveAttribute("data-status", "updating");
  await expect(page.getByText(/only reads are possible until the group is active/)).toBeVisible();
  await releaseUpdates(emulator);
  await expect(groupState(page)).toHaveAttribute("data-status", "active");

  const destinations = page.getByRole("table", { name: "Destinations" });
  await expect(destinations.locator("tr[data-destination]")).toHaveCount(2);
  await expect(destinations).toContainText("8000–8001");
  await expect(destinations).toContainText("TCP + UDP");
  // 12 usable addresses in 10.20.30.0/28 × (2 + 1) backend ports, derived once the group is active.
  const mappings = page.getByRole("region", { name: /^Port mappings/ });
  await expect(mappings).toContainText("36 in total");
  await expect(mappings.getByRole("table")).toContainText("10.20.30.1:8000");
  // The form starts over with one empty row.
  await expect(row(page, 1).getByLabel("From port")).toHaveValue("");
  await expect(row(page, 2)).toHaveCount(0);
});

test("a second submit while the group is updating waits its turn, then succeeds", async ({
  page,
  emulator,
}) => {
  const before = await createCalls(emulator);
  await page.goto(groupUrl(GA.groups.shanghai));
  await fillRow(page, 1, "7000", "7000");
  await page.getByRole("button", { name: "Add destinations", exact: true }).click();
  await expect(page.getByTestId("toast")).toContainText("1 destination(s) are being added");
  await expect(groupState(page)).toHaveAttribute("data-status", "updating");
  // The accepted rows were cleared; the next ones are typed into a fresh row.
  await expect(row(page, 1).getByLabel("From port")).toHaveValue("");

  await fillRow(page, 1, "7100", "7199", ["UDP"]);
  await page.getByRole("button", { name: "Add destinations", exact: true }).click();
  const queue = page.getByTestId("queue-status");
  await expect(queue).toContainText(`Add 1 destination(s) to ${GA.groups.shanghai}`);
  await expect(queue).toContainText(
    new RegExp(`waiting for .*endpoint group ${GA.groups.shanghai} \\(updating\\).* to finish updating…`),
  );
  await expect(queue).toContainText(`accelerator ${GA.accelerator} (configuring)`);
  await expect(queue.getByRole("button", { name: /^Cancel/ })).toBeVisible();

  await releaseUpdates(emulator);
  await expect(queue).toBeEmpty({ timeout: 20_000 });
  await expect(groupState(page)).toHaveAttribute("data-status", "active");
  await expect(page.getByRole("table", { name: "Destinations" }).locator("tr[data-destination]")).toHaveCount(
    2,
  );

  // Both reached the cloud once and were accepted: no StateError.EndPointGroup on the way.
  const calls = await createCalls(emulator, before);
  expect(calls.map((c) => [c.status, c.code ?? null])).toEqual([
    [200, null],
    [200, null],
  ]);
});

test("a waiting change can be cancelled: nothing is sent and the rows stay", async ({ page, emulator }) => {
  const before = await createCalls(emulator);
  await page.goto(groupUrl(GA.groups.shanghai));
  await fillRow(page, 1, "6000", "6000");
  await page.getByRole("button", { name: "Add destinations", exact: true }).click();
  await expect(page.getByTestId("toast")).toContainText("1 destination(s) are being added");
  await expect(groupState(page)).toHaveAttribute("data-status", "updating");
  // The accepted rows were cleared; the next ones are typed into a fresh row.
  await expect(row(page, 1).getByLabel("From port")).toHaveValue("");

  await fillRow(page, 1, "6100", "6100");
  await page.getByRole("button", { name: "Add destinations", exact: true }).click();
  const queue = page.getByTestId("queue-status");
  await queue.getByRole("button", { name: /^Cancel/ }).click();
  await expect(page.getByText("Cancelled: nothing was sent.")).toBeVisible();
  await expect(row(page, 1).getByLabel("From port")).toHaveValue("6100");
  await expect(queue).toBeEmpty();
  await releaseUpdates(emulator);
  await expect(groupState(page)).toHaveAttribute("data-status", "active");
  expect(await createCalls(emulator, before)).toHaveLength(1);
});

test("overlapping ranges are refused in the form, naming the rows, and nothing reaches the emulator", async ({
  page,
  emulator,
}) => {
  const before = await createCalls(emulator);
  await page.goto(groupUrl(GA.groups.shanghai));
  await fillRow(page, 1, "1000", "2000");
  await page.getByRole("button", { name: "Add a row" }).click();
  await fillRow(page, 2, "3000", "3000");
  await page.getByRole("button", { name: "Add a row" }).click();
  await fillRow(page, 3, "1500", "1600", ["TCP", "UDP"]);
  await page.getByRole("button", { name: "Add destinations", exact: true }).click();

  await expect(page.getByTestId("overlap-summary")).toContainText("Rows 1 and 3 overlap");
  await expect(row(page, 1)).toContainText("overlaps another row with the same protocol");
  await expect(row(page, 3)).toContainText("overlaps another row with the same protocol");
  await expect(row(page, 2)).not.toContainText("overlaps");
  expect(await createCalls(emulator, before)).toHaveLength(0);

  // Fixed, the same rows pass the cloud's own validation (DryRun) without creating anything.
  await fillRow(page, 3, "2500", "2600", ["TCP", "UDP"]);
  await page.getByRole("button", { name: "Validate" }).click();
  await expect(page.getByText("Validation passed: nothing was created.")).toBeVisible();
  expect((await createCalls(emulator, before)).map((c) => c.code)).toEqual(["DryRunOperation"]);
  await expect(groupState(page)).toHaveAttribute("data-status", "active");
  await expect(page.getByText("This endpoint group has no destinations yet")).toBeVisible();
});

test("deletes a selected destination after confirmation; the group goes updating → active", async ({
  page,
  emulator,
}) => {
  await page.goto(groupUrl(GA.groups.hangzhou));
  const table = page.getByRole("table", { name: "Destinations" });
  await expect(table).toContainText("80–81");
  await page.getByRole("checkbox", { name: `Select destination ${GA.destination}` }).check();
  await page.getByRole("button", { name: "Delete selected (1)" }).click();
  const dialog = page.getByRole("alertdialog", { name: "Delete 1 destination(s)?" });
  await expect(dialog).toContainText(GA.destination);
  await dialog.getByRole("button", { name: "Delete", exact: true }).click();

  await expect(groupState(page)).toHaveAttribute("data-status", "updating");
  await releaseUpdates(emulator);
  await expect(groupState(page)).toHaveAttribute("data-status", "active");
  await expect(page.getByText("This endpoint group has no destinations yet")).toBeVisible();
  await expect(page.getByText("No port mappings for this endpoint group yet.")).toBeVisible();
});

test("works from the keyboard", async ({ page }) => {
  await page.goto(groupUrl(GA.groups.shanghai));
  await row(page, 1).getByLabel("From port").focus();
  await page.keyboard.type("5000");
  await page.keyboard.press("Tab");
  await page.keyboard.type("5001");
  await page.keyboard.press("Tab"); // the remove button of the only row is disabled, so focus moves on
  await expect(page.getByRole("button", { name: "Add a row" })).toBeFocused();
  await page.keyboard.press("Enter");
  // The new row takes the focus on its first control.
  await expect(row(page, 2).getByRole("checkbox", { name: "TCP" })).toBeFocused();
  await page.keyboard.press("Space");
  await page.keyboard.press("Tab");
  await expect(row(page, 2).getByRole("checkbox", { name: "UDP" })).toBeFocused();
  await page.keyboard.press("Space");
  await page.keyboard.press("Tab");
  await page.keyboard.type("5100");
  await page.keyboard.press("Tab");
  await page.keyboard.type("5100");
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("toast")).toContainText("2 destination(s) are being added");
});

test.describe("in 简体中文", () => {
  test("explains the region, checks the rows and shows the cloud's refusal in Chinese", async ({
    page,
    context,
  }) => {
    await context.addCookies([{ name: "locale", value: "zh-CN", url: "http://127.0.0.1" }]);
    await page.goto(groupUrl(GA.groups.hangzhou));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("GA 自定义路由目标");
    await expect(page.getByTestId("ga-region-note")).toContainText("统一通过 cn-hangzhou 地域管理");
    await expect(page.getByText(/不适用 — 标准（智能路由）监听/)).toBeVisible();

    const first = page.getByRole("group", { name: "映射 1", exact: true });
    await page.getByRole("button", { name: "添加映射", exact: true }).click();
    await expect(first.getByText("请输入数字。")).toHaveCount(2);

    // 80 is already mapped (TCP 80–81): the emulator refuses, and the refusal is explained in Chinese.
    await first.getByLabel("起始端口").fill("80");
    await first.getByLabel("结束端口").fill("80");
    await page.getByRole("button", { name: "添加映射", exact: true }).click();
    const panel = page.getByTestId("error-panel");
    await expect(panel).toContainText("阿里云 拒绝了请求");
    await expect(panel.getByTestId("error-code")).toHaveText("Conflict.PortRange");
    await expect(panel.getByTestId("error-request-id")).toHaveText(/^[0-9A-F-]{36}$/);
    await expect(
      page.getByText("端口范围与该终端节点组中相同协议的已有映射重叠。 (Conflict.PortRange)"),
    ).toBeVisible();
    await expect(first.getByLabel("起始端口")).toHaveValue("80");
  });
});
