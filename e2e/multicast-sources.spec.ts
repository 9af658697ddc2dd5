import { ENI, MCAST_DOMAIN } from "../lib/emulator/products/aliyun-demo/demo-ids";
import { expect, test } from "./fixtures";

const REGISTER = "RegisterTransitRouterMulticastGroupSources";

test.beforeEach(async ({ emulator, page }) => {
  await emulator.reset();
  // Registering stays visible for two reads of the list, then settles: observable without sleeping.
  await emulator.setTransitions({ mode: "manual", reads: 2 });
  await page.goto("/multicast-sources");
  await page.getByRole("radio", { name: new RegExp(MCAST_DOMAIN.hz) }).check();
});

test("registers two ENIs as sources and watches them go Registering → Registered", async ({ page }) => {
  await page.getByLabel("Group IP address").fill("239.1.1.9");
  await page.getByRole("checkbox", { name: new RegExp(ENI.hzFree1) }).check();
  await page.getByRole("checkbox", { name: new RegExp(ENI.hzFree2) }).check();
  await page.getByRole("button", { name: "Register", exact: true }).click();

  await expect(page.getByTestId("toast")).toContainText("Registration of 2 source(s) in 239.1.1.9 started");
  const row = page.locator(`tr[data-eni="${ENI.hzFree1}"][data-group="239.1.1.9"]`);
  await expect(row.locator("[data-status]")).toContainText("Registering");
  await expect(row.locator("[data-status]")).toContainText("Registered", { timeout: 15_000 });
  await expect(row.locator("[data-status]")).not.toContainText("Registering");
  await expect(
    page.locator(`tr[data-eni="${ENI.hzFree2}"][data-group="239.1.1.9"]`).locator("[data-status]"),
  ).toContainText("Registered");
});

test("refuses a reserved group IP in the form and sends nothing", async ({ page, emulator }) => {
  await page.getByLabel("Group IP address").fill("224.0.0.5");
  await page.getByRole("checkbox", { name: new RegExp(ENI.hzFree1) }).check();
  await page.getByRole("button", { name: "Register", exact: true }).click();

  await expect(page.getByText(/reserved for local network control/)).toBeVisible();
  await expect(page.getByLabel("Group IP address")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Group IP address")).toHaveValue("224.0.0.5");
  const requests = await emulator.requests<{ action?: string }>();
  expect(requests.filter((r) => r.action === REGISTER)).toHaveLength(0);
});

test("shows the cloud's refusal with code and RequestId, and keeps the form", async ({ page }) => {
  await page.getByLabel("Group IP address").fill("239.1.1.10");
  await page.getByRole("checkbox", { name: new RegExp(ENI.hzUnassociated) }).check();
  await expect(page.getByText(/is not associated with this domain/).first()).toBeVisible();
  await page.getByRole("button", { name: "Register", exact: true }).click();

  const panel = page.getByTestId("error-panel");
  await expect(panel.getByTestId("error-code")).toHaveText(
    "InvalidOperation.MulticastDomainAssociationNotExist",
  );
  await expect(panel.getByTestId("error-request-id")).toHaveText(/^[0-9A-F-]{36}$/);
  await expect(panel).toContainText("not associated with the multicast domain");
  await expect(page.getByLabel("Group IP address")).toHaveValue("239.1.1.10");
  await expect(page.getByRole("checkbox", { name: new RegExp(ENI.hzUnassociated) })).toBeChecked();
});

test("validates with DryRun without creating anything", async ({ page, emulator }) => {
  await page.getByLabel("Group IP address").fill("239.1.1.11");
  await page.getByRole("checkbox", { name: new RegExp(ENI.hzFree3) }).check();
  await page.getByRole("button", { name: "Validate" }).click();

  await expect(page.getByText("Validation passed: nothing was registered.")).toBeVisible();
  await expect(page.locator(`tr[data-group="239.1.1.11"]`)).toHaveCount(0);
  const requests = await emulator.requests<{ action?: string }>();
  expect(requests.filter((r) => r.action === REGISTER)).toHaveLength(1);
});

test("deregisters a source after confirmation and polls until it is gone", async ({ page }) => {
  const row = page.locator(`tr[data-eni="${ENI.hzSource}"]`);
  await row.getByRole("button", { name: "Deregister" }).click();
  const dialog = page.getByRole("alertdialog", { name: "Deregister this source?" });
  await dialog.getByRole("button", { name: "Deregister" }).click();

  await expect(row.locator("[data-status]")).toContainText("Deregistering");
  await expect(row).toHaveCount(0, { timeout: 15_000 });
});

test.describe("in 简体中文", () => {
  test.use({ locale: "zh-CN" });

  test("refuses a reserved group IP and shows the cloud's error in Chinese", async ({ page, context }) => {
    await context.addCookies([{ name: "locale", value: "zh-CN", url: page.url() }]);
    await page.reload();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("组播源");
    await page.getByRole("radio", { name: new RegExp(MCAST_DOMAIN.hz) }).check();
    await page.getByLabel("组播组 IP 地址").fill("224.0.0.5");
    await page.getByRole("checkbox", { name: new RegExp(ENI.hzFree1) }).check();
    await page.getByRole("button", { name: "注册", exact: true }).click();
    await expect(page.getByText(/保留用于本地网络控制/)).toBeVisible();

    await page.getByLabel("组播组 IP 地址").fill("239.1.1.12");
    await page.getByRole("checkbox", { name: new RegExp(ENI.hzFree1) }).uncheck();
    await page.getByRole("checkbox", { name: new RegExp(ENI.hzUnassociated) }).check();
    await page.getByRole("button", { name: "注册", exact: true }).click();
    await expect(page.getByTestId("error-panel")).toContainText("弹性网卡所在交换机未关联到该组播域");
    await expect(page.getByTestId("error-code")).toHaveText(
      "InvalidOperation.MulticastDomainAssociationNotExist",
    );
  });
});
