import type { Page } from "@playwright/test";
import { BJ } from "../lib/emulator/products/volc-vpc/volc-vpc-ids";
import { consoleApi, createMirrorSession, expect, test } from "./fixtures";

const CREATE = "CreateTrafficMirrorSession";
const VOLC_REQUEST_ID = /^\d{14}[0-9A-F]{18}$/;

/** The seeded Beijing session holds priority 1 (lib/emulator/products/volc-vpc/volc-vpc-seed.ts). */
const SEEDED = BJ.sessions.web01;

interface Labels {
  source: string;
  target: string;
  filter: string;
  priority: string;
  create: string;
}

const EN: Labels = {
  source: "Source network interface",
  target: "Mirror target",
  filter: "Filter",
  priority: "Priority",
  create: "Create",
};

async function pick(page: Page, labels: Labels, choice: { eni: string; target: string; filter: string }) {
  await page
    .getByRole("group", { name: labels.source })
    .getByRole("radio", { name: new RegExp(choice.eni) })
    .check();
  await page
    .getByRole("group", { name: labels.target })
    .getByRole("radio", { name: new RegExp(choice.target) })
    .check();
  await page
    .getByRole("group", { name: labels.filter })
    .getByRole("radio", { name: new RegExp(choice.filter) })
    .check();
}

async function createRequests(emulator: { requests<E>(): Promise<E[]> }) {
  const all = await emulator.requests<{ action?: string; status: number; code?: string }>();
  return all.filter((r) => r.action === CREATE);
}

test.beforeEach(async ({ emulator }) => {
  await emulator.reset();
  // A new or deleted session stays in transition for two reads of the list and settles on the third: observable,
  // deterministic, no sleeping.
  await emulator.setTransitions({ mode: "manual", reads: 3, kind: "mirror-session" });
});

test("creates a session and watches it go Creating → Active", async ({ page, emulator }) => {
  await page.goto("/mirror-sessions?region=cn-beijing");
  await expect(page.locator(`tr[data-session="${SEEDED}"]`).locator("[data-status]")).toContainText("Active");
  await expect(page.getByTestId("taken-priorities")).toHaveText("Taken in cn-beijing: 1");

  // Service-managed ENIs are not offered, and the note says why.
  const sources = page.getByRole("group", { name: EN.source });
  await expect(sources.getByRole("radio", { name: new RegExp(BJ.enis.web02Primary) })).toBeEnabled();
  await expect(sources.getByRole("radio", { name: new RegExp(BJ.enis.clbManaged) })).toHaveCount(0);
  await expect(page.getByTestId("service-managed-note")).toHaveText(
    /1 service-managed network interface\(s\).*403 Forbidden/,
  );
  // Targets and filters that are not Available are shown, not selectable, with the reason.
  await expect(
    page
      .getByRole("group", { name: EN.target })
      .getByRole("radio", { name: new RegExp(BJ.targets.creating) }),
  ).toBeDisabled();
  await expect(page.getByText(/status is Creating; only Available ones can be used/)).toHaveCount(2);

  await pick(page, EN, {
    eni: BJ.enis.web02Primary,
    target: BJ.targets.collectorClb,
    filter: BJ.filters.dns,
  });
  await page.getByRole("spinbutton", { name: EN.priority }).fill("5");
  await page.getByRole("spinbutton", { name: /Packet length/ }).fill("1500");
  await expect(page.getByText(/Above 1450 bytes mirrored packets may be truncated/)).toBeVisible();
  await page.getByRole("textbox", { name: /^Name/ }).fill("web02-to-collector");
  await page.getByRole("button", { name: "Add tag" }).click();
  await page.getByRole("textbox", { name: "Key of tag 1" }).fill("env");
  await page.getByRole("textbox", { name: "Value of tag 1" }).fill("staging");
  await page.getByRole("button", { name: EN.create, exact: true }).click();

  await expect(page.getByTestId("toast")).toContainText(/Session tms-\w+ is being created/);
  const row = page.locator('tr[data-priority="5"]');
  await expect(row.locator("[data-status]")).toContainText("Creating");
  await expect(row.locator("[data-status]")).toContainText("Active", { timeout: 15_000 });
  await expect(row).toContainText(BJ.enis.web02Primary);
  await expect(row).toContainText("web02-to-collector");
  await expect(row).toContainText("env=staging");
  await expect(row).toContainText("1500 B");
  await expect(page.getByTestId("taken-priorities")).toHaveText("Taken in cn-beijing: 1, 5");
  const creates = await createRequests(emulator);
  expect(creates.map((r) => r.status)).toEqual([200]);
});

test("refuses a taken priority in the form and sends nothing", async ({ page, emulator }) => {
  await page.goto("/mirror-sessions?region=cn-beijing");
  await expect(page.getByTestId("taken-priorities")).toHaveText("Taken in cn-beijing: 1");
  await pick(page, EN, {
    eni: BJ.enis.web02Primary,
    target: BJ.targets.collectorClb,
    filter: BJ.filters.webAll,
  });
  const priority = page.getByRole("spinbutton", { name: EN.priority });
  await priority.fill("1");
  await page.getByRole("button", { name: EN.create, exact: true }).click();

  await expect(page.getByText(`Priority 1 is already used by session ${SEEDED}.`)).toBeVisible();
  await expect(priority).toHaveAttribute("aria-invalid", "true");
  expect(await createRequests(emulator)).toHaveLength(0);

  // The suggested free priority clears the refusal.
  await page.getByRole("button", { name: "Use the first free one: 2" }).click();
  await expect(priority).toHaveValue("2");
  await expect(page.getByText(/is already used by session/)).toHaveCount(0);
});

test("a priority taken meanwhile is the cloud's 409 with its RequestId, and the form keeps every field", async ({
  page,
  request,
  emulator,
}) => {
  await page.goto("/mirror-sessions?region=cn-beijing");
  await expect(page.getByTestId("taken-priorities")).toHaveText("Taken in cn-beijing: 1");

  // Someone else takes priority 7 after the form loaded its list.
  await createMirrorSession(consoleApi(request), "cn-beijing", {
    eni: BJ.enis.web01Secondary,
    target: BJ.targets.collectorClb,
    filter: BJ.filters.dns,
    priority: 7,
  });
  await expect(page.getByTestId("taken-priorities")).toHaveText("Taken in cn-beijing: 1");

  await pick(page, EN, {
    eni: BJ.enis.web02Primary,
    target: BJ.targets.collectorClb,
    filter: BJ.filters.webAll,
  });
  await page.getByRole("spinbutton", { name: EN.priority }).fill("7");
  await page.getByRole("textbox", { name: /^Name/ }).fill("web02-race");
  await page.getByRole("button", { name: EN.create, exact: true }).click();

  const panel = page.getByTestId("error-panel");
  await expect(panel.getByTestId("error-code")).toHaveText("InvalidTrafficMirrorSessionPriority.Conflict");
  await expect(panel.getByTestId("error-request-id")).toHaveText(VOLC_REQUEST_ID);
  await expect(panel).toContainText(
    "The specified priority conflicts with another in your traffic mirror session.",
  );
  await expect(
    page.getByText(
      "Another session already uses this priority. (InvalidTrafficMirrorSessionPriority.Conflict)",
    ),
  ).toBeVisible();
  await expect(page.getByRole("spinbutton", { name: EN.priority })).toHaveValue("7");
  await expect(page.getByRole("textbox", { name: /^Name/ })).toHaveValue("web02-race");
  await expect(
    page
      .getByRole("group", { name: EN.source })
      .getByRole("radio", { name: new RegExp(BJ.enis.web02Primary) }),
  ).toBeChecked();
  // The refusal refreshed the list: the form now knows 7 is taken.
  await expect(page.getByTestId("taken-priorities")).toHaveText("Taken in cn-beijing: 1, 7");
  const creates = await createRequests(emulator);
  expect(creates.map((r) => r.code ?? "ok").sort()).toEqual([
    "InvalidTrafficMirrorSessionPriority.Conflict",
    "ok",
  ]);
});

test("deletes a session after confirmation, from the keyboard, and polls until it is gone", async ({
  page,
}) => {
  await page.goto("/mirror-sessions?region=cn-beijing");
  const row = page.locator(`tr[data-session="${SEEDED}"]`);
  await expect(row.locator("[data-status]")).toContainText("Active");

  await row.getByRole("button", { name: `Delete session ${SEEDED}` }).focus();
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("alertdialog", { name: "Delete this mirror session?" });
  await expect(dialog).toContainText(`${SEEDED} stops mirroring traffic of ${BJ.enis.web01Primary}`);
  await expect(dialog.getByRole("button", { name: "Cancel" })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(dialog.getByRole("button", { name: "Delete" })).toBeFocused();
  await page.keyboard.press("Enter");

  await expect(page.getByTestId("toast")).toContainText(`Deletion of ${SEEDED} started.`);
  await expect(row.locator("[data-status]")).toContainText("Deleting");
  await expect(row).toHaveCount(0, { timeout: 15_000 });
  await expect(page.getByText("No mirror sessions in this region yet.")).toBeVisible();
  await expect(page.getByTestId("taken-priorities")).toHaveText("No priority is taken in cn-beijing yet.");
});

test("a refused delete names the session and shows the cloud's code and RequestId; the session stays", async ({
  page,
  emulator,
}) => {
  await emulator.addFaults({
    action: "DeleteTrafficMirrorSession",
    httpStatus: 400,
    code: "InvalidTrafficMirrorSession.InvalidStatus",
    message: "The status of the traffic mirror session does not support this operation.",
    times: 1,
  });
  await page.goto("/mirror-sessions?region=cn-beijing");
  const row = page.locator(`tr[data-session="${SEEDED}"]`);
  await expect(row.locator("[data-status]")).toContainText("Active");
  await row.getByRole("button", { name: `Delete session ${SEEDED}` }).click();
  await page
    .getByRole("alertdialog", { name: "Delete this mirror session?" })
    .getByRole("button", { name: "Delete" })
    .click();

  const panel = page.getByRole("alert").filter({ hasText: "InvalidTrafficMirrorSession.InvalidStatus" });
  await expect(panel).toContainText(`Deleting ${SEEDED} failed`);
  await expect(panel.getByTestId("error-code")).toHaveText("InvalidTrafficMirrorSession.InvalidStatus");
  await expect(panel).toContainText(/RequestId/);
  await expect(row.locator("[data-status]")).toContainText("Active");
});

test("the region comes from ?region= and the picker keeps it in the address", async ({ page }) => {
  await page.goto("/mirror-sessions?region=cn-shanghai");
  await expect(page.getByText("No mirror sessions in this region yet.")).toBeVisible();
  await expect(page.getByTestId("service-managed-note")).toContainText("1 service-managed");
  await page.getByLabel("Region").selectOption("cn-beijing");
  await expect(page).toHaveURL(/region=cn-beijing/);
  await expect(page.locator(`tr[data-session="${SEEDED}"]`)).toHaveCount(1);
});

test.describe("in 简体中文", () => {
  test("creates a session and deletes it, all in Chinese", async ({ page, context, baseURL }) => {
    await context.addCookies([{ name: "locale", value: "zh-CN", url: baseURL! }]);
    await page.goto("/mirror-sessions?region=cn-beijing");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("流量镜像会话");
    await expect(page.getByTestId("taken-priorities")).toHaveText("cn-beijing 已占用：1");
    await expect(page.getByTestId("service-managed-note")).toContainText("未列出 1 个云服务托管的网卡");

    const zh: Labels = {
      source: "镜像源网卡",
      target: "镜像目的",
      filter: "筛选条件",
      priority: "优先级",
      create: "创建",
    };
    await pick(page, zh, {
      eni: BJ.enis.web01Secondary,
      target: BJ.targets.collectorClb,
      filter: BJ.filters.dns,
    });
    await page.getByRole("spinbutton", { name: zh.priority }).fill("1");
    await page.getByRole("button", { name: zh.create, exact: true }).click();
    await expect(page.getByText(`优先级 1 已被会话 ${SEEDED} 使用。`)).toBeVisible();

    await page.getByRole("spinbutton", { name: zh.priority }).fill("9");
    await page.getByRole("button", { name: zh.create, exact: true }).click();
    await expect(page.getByTestId("toast")).toContainText(/正在创建会话 tms-\w+/);
    const row = page.locator('tr[data-priority="9"]');
    await expect(row.locator("[data-status]")).toContainText("Creating");
    await expect(row.locator("[data-status]")).toContainText("Active", { timeout: 15_000 });

    const id = await row.getAttribute("data-session");
    await row.getByRole("button", { name: `删除会话 ${id}` }).click();
    await page
      .getByRole("alertdialog", { name: "删除该镜像会话？" })
      .getByRole("button", { name: "删除" })
      .click();
    await expect(row.locator("[data-status]")).toContainText("Deleting");
    await expect(row).toHaveCount(0, { timeout: 15_000 });
    await expect(page.getByTestId("taken-priorities")).toHaveText("cn-beijing 已占用：1");
  });
});
