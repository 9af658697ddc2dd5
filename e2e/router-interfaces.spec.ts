import { RI } from "../lib/emulator/products/aliyun-demo/demo-ids";
import { expect, test } from "./fixtures";

test.beforeEach(async ({ emulator }) => {
  await emulator.reset();
  await emulator.setTransitions({ mode: "manual", reads: 2 });
});

test("connects a ready pair and watches both sides reach Active", async ({ page, emulator }) => {
  // The list and both sides of the pair all read the interfaces: allow enough reads to see Connecting.
  await emulator.setTransitions({ mode: "manual", reads: 8 });
  await page.goto("/router-interfaces?region=cn-hangzhou");
  const row = page.locator(`tr[data-ri="${RI.readyInitiator}"]`);
  await expect(row.locator("[data-status]")).toContainText("Idle");
  // A settled row is no live region: only badges being watched announce their changes.
  await expect(row.locator("[data-status]")).not.toHaveAttribute("aria-live");
  await row.getByRole("button", { name: "Connect" }).click();
  // Connect changes the pair: it asks first and says what will happen.
  const dialog = page.getByRole("alertdialog", { name: "Connect this router interface?" });
  await expect(dialog).toContainText(`${RI.readyInitiator} will start a connection to ${RI.readyAcceptor}`);
  await dialog.getByRole("button", { name: "Connect" }).click();

  await expect(page.getByTestId("toast")).toContainText(`Connecting ${RI.readyInitiator}`);
  const pair = page.getByTestId("pair-view");
  const initiator = pair.locator(`[data-side="${RI.readyInitiator}"]`);
  const acceptor = pair.locator(`[data-side="${RI.readyAcceptor}"]`);
  await expect(initiator.locator("[data-status]")).toContainText("Connecting");
  await expect(initiator.locator("[data-status]")).toHaveAttribute("aria-live", "polite");
  await expect(acceptor.locator("[data-status]")).toContainText(/AcceptingConnecting|Active/);
  await expect(initiator.locator("[data-status]")).toContainText("Active", { timeout: 15_000 });
  await expect(acceptor.locator("[data-status]")).toContainText("Active", { timeout: 15_000 });
  await expect(row.locator("[data-status]")).toContainText("Active", { timeout: 15_000 });
  await expect(row.getByRole("button", { name: "Connect" })).toHaveCount(0);
  // Both sides settled: the pair stops reading them.
  await expect(pair).toHaveAttribute("data-watching", "false");
});

test("explains why Connect is not offered on an accepting side or a busy interface", async ({ page }) => {
  await page.goto("/router-interfaces?region=cn-hangzhou");
  await expect(page.locator(`tr[data-ri="${RI.inactiveAcceptor}"]`).getByTestId("connect-why")).toHaveText(
    /accepting side: it cannot start a connection/,
  );
  await expect(page.locator(`tr[data-ri="${RI.activeInitiator}"]`).getByTestId("connect-why")).toHaveText(
    "Only an Idle interface can connect; this one is Active.",
  );
  await expect(
    page.locator(`tr[data-ri="${RI.unconfiguredInitiator}"]`).getByTestId("connect-why"),
  ).toContainText("Set the opposite interface");
});

test("shows the cloud's refusal when the routers already have a connected pair", async ({ page }) => {
  await page.goto("/router-interfaces?region=cn-hangzhou");
  await page
    .locator(`tr[data-ri="${RI.duplicateInitiator}"]`)
    .getByRole("button", { name: "Connect" })
    .click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Connect" }).click();
  // The panel names the interface it concerns.
  await expect(page.getByTestId("error-title")).toContainText(`Connecting ${RI.duplicateInitiator} to`);
  await expect(page.getByTestId("error-code")).toHaveText("Forbidden.OnlyOneConnection");
  await expect(page.getByTestId("error-request-id")).not.toBeEmpty();
});

test.describe("in 简体中文", () => {
  test("reads the accepting side explanation and connects", async ({ page, context }) => {
    await context.addCookies([{ name: "locale", value: "zh-CN", url: "http://127.0.0.1" }]);
    await page.goto("/router-interfaces?region=cn-hangzhou");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("路由器接口");
    await expect(
      page.locator(`tr[data-ri="${RI.inactiveAcceptor}"]`).getByTestId("connect-why"),
    ).toContainText("这是接收端");
    await page
      .locator(`tr[data-ri="${RI.readyInitiator}"]`)
      .getByRole("button", { name: "发起连接" })
      .click();
    await page
      .getByRole("alertdialog", { name: "连接该路由器接口？" })
      .getByRole("button", { name: "发起连接" })
      .click();
    await expect(
      page.getByTestId("pair-view").locator(`[data-side="${RI.readyAcceptor}"]`).locator("[data-status]"),
    ).toContainText("Active", { timeout: 15_000 });
  });
});
