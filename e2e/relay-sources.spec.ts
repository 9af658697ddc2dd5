import type { Locator, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { E2E_BASE_URL, E2E_EMULATOR_URL } from "./test-ports";

/**
 * Volcengine Live pull-relay sources (/relay-sources) against the emulator's seeded Live world
 * (lib/emulator/products/live/live-seed.ts): vhost live.example.com holds app `live` with group `relay1`
 * (rtmp origin.example.org + flv 203.0.113.10:8080); edu.example.cn has no relay config yet.
 */

interface LoggedRequest {
  action?: string;
  operationId?: string;
  status: number;
  code?: string;
}

const UPDATE = "volcengine.live.UpdateRelaySourceV3";

async function liveCalls(emulator: { requests<E>(): Promise<E[]> }, operationId: string) {
  return (await emulator.requests<LoggedRequest>()).filter((r) => r.operationId === operationId);
}

async function openVhost(page: Page, vhost: string) {
  await page.goto("/relay-sources");
  await page.getByRole("radio", { name: new RegExp(`^${vhost.replaceAll(".", "\\.")}`) }).check();
  await expect(page.getByRole("heading", { name: `Relay configurations in ${vhost}` })).toBeVisible();
}

const group = (page: Page, n: number) => page.getByRole("group", { name: `Group ${n}`, exact: true });
const origin = (scope: Locator, n: number) => scope.getByRole("group", { name: `Origin ${n}`, exact: true });

test.beforeEach(async ({ emulator }) => {
  await emulator.reset();
});

test.describe("relay sources", () => {
  test("adds a relay config and shows it as read back from the cloud", async ({ page, emulator }) => {
    await openVhost(page, "edu.example.cn");
    await expect(page.getByText("This vhost has no relay configuration yet.")).toBeVisible();

    await page.getByLabel("App", { exact: true }).fill("e2e_app");
    const g1 = group(page, 1);
    await g1.getByLabel("Group name").fill("relay1");
    await origin(g1, 1).getByLabel("Protocol").selectOption("rtmp");
    await origin(g1, 1).getByLabel("Origin address").fill("origin.e2e.example.org:1935");
    await origin(g1, 1).getByRole("button", { name: "Add parameter" }).click();
    await origin(g1, 1).getByLabel("Name", { exact: true }).fill("domain");
    await origin(g1, 1).getByLabel("Value", { exact: true }).fill("push.edu.example.cn");
    await g1.getByRole("button", { name: "Add origin" }).click();
    await origin(g1, 2).getByLabel("Protocol").selectOption("flv");
    await origin(g1, 2).getByLabel("Origin address").fill("198.51.100.7");
    await page.getByRole("button", { name: "Save configuration" }).click();

    const saved = page.getByRole("region", { name: "Saved configuration" });
    await expect(saved).toContainText("takes effect in about 3–5 minutes");
    const savedApp = saved.getByRole("article", { name: "App e2e_app" });
    await expect(savedApp.getByRole("row")).toHaveText([
      /Protocol/,
      /1\s*rtmp\s*origin\.e2e\.example\.org:1935\s*domain=push\.edu\.example\.cn/,
      /2\s*flv\s*198\.51\.100\.7\s*No parameters/,
    ]);
    await expect(
      page.getByRole("region", { name: "Relay configurations in edu.example.cn" }).getByRole("article", {
        name: "App e2e_app",
      }),
    ).toBeVisible();
    const updates = await liveCalls(emulator, UPDATE);
    expect(updates.map((r) => r.status)).toEqual([200]);
  });

  test("refuses an App with a space and an unchosen protocol before anything is sent", async ({
    page,
    emulator,
  }) => {
    await openVhost(page, "live.example.com");
    await page.getByLabel("App", { exact: true }).fill("my app");
    const g1 = group(page, 1);
    await g1.getByLabel("Group name").fill("relay2");
    await origin(g1, 1).getByLabel("Origin address").fill("origin.example.org");
    await page.getByRole("button", { name: "Save configuration" }).click();

    await expect(page.getByText("App names are 1–30 letters, digits, _, - or . (no spaces).")).toBeVisible();
    await expect(origin(g1, 1).getByText("Protocol must be rtmp or flv (lowercase).")).toBeVisible();
    await expect(page.getByLabel("App", { exact: true })).toHaveAttribute("aria-invalid", "true");
    // Every typed value is still there, and the cloud never saw the request.
    await expect(origin(g1, 1).getByLabel("Origin address")).toHaveValue("origin.example.org");
    expect(await liveCalls(emulator, UPDATE)).toEqual([]);
  });

  test("edits the seeded config: a changed origin replaces the group and is read back", async ({
    page,
    emulator,
  }) => {
    await openVhost(page, "live.example.com");
    const list = page.getByRole("region", { name: "Relay configurations in live.example.com" });
    await list.getByRole("button", { name: "Edit app live" }).click();
    await expect(page.getByRole("heading", { name: "Update app live" })).toBeFocused();

    const g1 = group(page, 1);
    await expect(g1.getByLabel("Group name")).toHaveValue("relay1");
    await expect(origin(g1, 1).getByLabel("Name", { exact: true })).toHaveValue("domain");
    await origin(g1, 1).getByLabel("Origin address").fill("origin2.example.org:1935");
    await page.getByRole("button", { name: "Save configuration" }).click();

    const saved = page.getByRole("region", { name: "Saved configuration" });
    await expect(saved.getByRole("row")).toHaveText([
      /Protocol/,
      /1\s*rtmp\s*origin2\.example\.org:1935\s*domain=push\.live\.example\.com/,
      /2\s*flv\s*203\.0\.113\.10:8080/,
    ]);
    await expect(list.getByRole("article", { name: "App live" })).toContainText("origin2.example.org:1935");
    await expect(list).not.toContainText(/\borigin\.example\.org/);
    expect((await liveCalls(emulator, UPDATE)).map((r) => r.status)).toEqual([200]);
  });

  test("deletes a group after confirmation", async ({ page, emulator }) => {
    await openVhost(page, "live.example.com");
    const list = page.getByRole("region", { name: "Relay configurations in live.example.com" });
    await list.getByRole("button", { name: "Delete group relay1 of app live" }).click();
    const dialog = page.getByRole("alertdialog", { name: "Delete this relay group?" });
    await expect(dialog).toContainText("Group relay1 of app live in live.example.com stops pulling");
    await dialog.getByRole("button", { name: "Delete" }).click();

    await expect(list.getByRole("article", { name: "App live" })).toHaveCount(0);
    await expect(list.getByText("This vhost has no relay configuration yet.")).toBeVisible();
    await expect(page.getByTestId("toast")).toContainText("Group relay1 of app live was deleted.");
    const deletes = await liveCalls(emulator, "volcengine.live.DeleteRelaySourceV3");
    expect(deletes.map((r) => r.status)).toEqual([200]);
  });

  test("retries Live's CommonErr (HTTP 200) by itself, then shows it with code and RequestId, keeps the form, and saves on retry", async ({
    page,
    emulator,
  }) => {
    const fault = await fetch(`${E2E_EMULATOR_URL}/_emulator/faults`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        action: "UpdateRelaySourceV3",
        httpStatus: 200,
        code: "CommonErr",
        message: "unclassified",
        // The upsert is repeat-safe, so the console sends it up to 4 times (1 + 3 retries) before it gives up.
        times: 4,
      }),
    });
    expect(fault.ok).toBe(true);
    await openVhost(page, "live.example.com");
    await page
      .getByRole("region", { name: "Relay configurations in live.example.com" })
      .getByRole("button", { name: "Edit app live" })
      .click();
    const address = origin(group(page, 1), 1).getByLabel("Origin address");
    await address.fill("origin3.example.org");
    await page.getByRole("button", { name: "Save configuration" }).click();

    const panel = page.getByTestId("error-panel");
    // CommonErr is "unclassified": the upsert may have been applied, so the panel must not call it refused; it says
    // so once, and the vendor's words wait in the details.
    await expect(panel).toHaveAttribute("data-outcome", "unknown");
    await expect(panel).toContainText(
      "The request may have been applied. Check the resource before trying again.",
    );
    await expect(panel).not.toContainText("refused");
    await expect(panel.getByTestId("error-code")).toHaveText("CommonErr");
    await expect(panel.getByTestId("error-request-id")).not.toBeEmpty();
    await expect(address).toHaveValue("origin3.example.org");
    const refused = await liveCalls(emulator, UPDATE);
    expect(refused).toHaveLength(4);
    for (const call of refused) expect(call).toMatchObject({ status: 200, code: "CommonErr" });

    // The whole-configuration upsert is repeat-safe: the panel offers the same request again.
    await panel.getByRole("button", { name: "Retry with the same request" }).click();
    await expect(page.getByRole("region", { name: "Saved configuration" })).toContainText(
      "origin3.example.org",
    );
    await expect(panel).toHaveCount(0);
  });

  test("works in 简体中文", async ({ page, context }) => {
    await context.addCookies([{ name: "locale", value: "zh-CN", url: E2E_BASE_URL }]);
    await page.goto("/relay-sources");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("回源配置");
    await page.getByRole("radio", { name: /^edu\.example\.cn/ }).check();
    await expect(page.getByText("该域名空间暂无回源配置。")).toBeVisible();

    await page.getByLabel("应用名称", { exact: true }).fill("my app");
    await page.getByRole("button", { name: "保存配置" }).click();
    await expect(
      page.getByText("应用名称由 1–30 个字母、数字、_、- 或 . 组成（不能有空格）。"),
    ).toBeVisible();
    await expect(page.getByText("协议须为 rtmp 或 flv（小写）。")).toBeVisible();

    await page.getByLabel("应用名称", { exact: true }).fill("zh_app");
    const g1 = page.getByRole("group", { name: "回源组 1", exact: true });
    await g1.getByLabel("回源组名称").fill("relay1");
    const o1 = g1.getByRole("group", { name: "源站 1", exact: true });
    await o1.getByLabel("回源协议").selectOption("flv");
    await o1.getByLabel("回源地址").fill("origin.example.cn");
    await page.getByRole("button", { name: "保存配置" }).click();
    const saved = page.getByRole("region", { name: "已保存的配置" });
    await expect(saved).toContainText("约 3–5 分钟后生效");
    await expect(saved.getByRole("article", { name: "应用 zh_app" })).toContainText("origin.example.cn");
  });
});
