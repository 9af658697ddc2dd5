import { E2E_PEOPLE } from "./auth-state";
import { E2E_BASE_URL } from "./test-ports";
import { ENI, MCAST_DOMAIN } from "../lib/emulator/products/aliyun-demo/demo-ids";
import { expect, test } from "./fixtures";

const REGISTER = "/api/operations/aliyun.cbn.RegisterTransitRouterMulticastGroupSources";

test.beforeEach(async ({ emulator }) => {
  await emulator.reset();
  // In flight for six reads of the groups list, then Registered: the overview sees both states. The console's
  // watcher reads too (from ~3 s after acceptance, every second), so fewer reads can be spent before a slow
  // machine has even loaded the page.
  await emulator.setTransitions({ mode: "manual", reads: 6 });
});

test("shows an operation in flight, then its settled state, and the last failure with its RequestId", async ({
  page,
  request,
}) => {
  const started = await request.post(REGISTER, {
    headers: { origin: E2E_BASE_URL },
    data: {
      input: {
        TransitRouterMulticastDomainId: MCAST_DOMAIN.hz,
        GroupIpAddress: "239.8.8.8",
        NetworkInterfaceIds: [ENI.hzFree1],
      },
    },
  });
  expect(started.status()).toBe(200);
  const refused = await request.post(REGISTER, {
    headers: { origin: E2E_BASE_URL },
    data: {
      input: {
        TransitRouterMulticastDomainId: MCAST_DOMAIN.hz,
        GroupIpAddress: "239.8.8.9",
        NetworkInterfaceIds: [ENI.hzUnassociated],
      },
    },
  });
  expect(refused.status()).toBe(400);
  const { error } = await refused.json();

  await page.goto("/");
  const inFlight = page.locator(`tr[data-inflight="239.8.8.8 ${ENI.hzFree1}"]`);
  await expect(inFlight.locator("[data-status]")).toContainText("Registering");
  await expect(inFlight).toHaveCount(0, { timeout: 15_000 });
  await expect(page.getByText("Nothing is in progress.")).toBeVisible();
  const sources = page.locator('[data-kind="multicastSources"]');
  await expect(sources.locator('[data-count-status="Registered"]')).toContainText("2");

  // Other specs may have left failures of the same code in the console's log: find ours by its RequestId.
  const failure = page.locator("tr[data-failure]", { hasText: error.requestId });
  await expect(failure).toHaveAttribute(
    "data-failure",
    "InvalidOperation.MulticastDomainAssociationNotExist",
  );
  // The kind's own link (each count links to its filtered list too: e2e/tables.spec.ts).
  await sources.getByRole("link", { name: /^Open / }).click();
  await expect(page).toHaveURL("/multicast-sources");
});

test("an operation started elsewhere appears on an open overview within 15 s, from the history", async ({
  page,
  request,
  emulator,
}) => {
  // Long in flight, so it is still Registering whenever the overview looks (the console's watcher reads too).
  await emulator.setTransitions({ mode: "manual", reads: 40 });
  await page.goto("/");
  await expect(page.getByText("Nothing is in progress.")).toBeVisible();

  // Another operator's script (the API, not this page) starts an operation.
  const started = await request.post(REGISTER, {
    headers: { origin: E2E_BASE_URL },
    data: {
      input: {
        TransitRouterMulticastDomainId: MCAST_DOMAIN.hz,
        GroupIpAddress: "239.8.8.10",
        NetworkInterfaceIds: [ENI.hzFree2],
      },
    },
  });
  expect(started.status()).toBe(200);
  const inFlight = page.locator(`tr[data-inflight="239.8.8.10 ${ENI.hzFree2}"]`);
  // Noticed through the operation history (polled every 10 s), not the overview's slow refresh of the clouds.
  await expect(inFlight.locator("[data-status]")).toContainText("Registering", { timeout: 15_000 });
  // Who started it, from the console's own record of the operation.
  await expect(inFlight.locator("[data-started-by]")).toHaveText(E2E_PEOPLE.operator.email);
});

test("reads in 简体中文", async ({ page, context }) => {
  await context.addCookies([{ name: "locale", value: "zh-CN", url: "http://127.0.0.1" }]);
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("概览");
  await expect(page.getByRole("heading", { name: "按状态统计的资源" })).toBeVisible();
  await expect(page.locator('[data-kind="routerInterfaces"]')).toContainText("路由器接口");
});
