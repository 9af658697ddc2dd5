import type { Page } from "@playwright/test";
import { RI } from "../lib/emulator/products/aliyun-demo/demo-ids";
import { expect, test } from "./fixtures";

/**
 * The shared list (issue #17): search, sort and status filter, all kept in the URL — so a reload, back/forward and
 * a pasted link show the same rows — and the overview's counts opening the list filtered to what they count.
 */

test.beforeEach(async ({ emulator }) => {
  await emulator.reset();
});

const rows = (page: Page) => page.locator("tbody tr[data-ri]");
const statuses = (page: Page) =>
  rows(page)
    .locator("[data-status]")
    .evaluateAll((badges) => badges.map((b) => b.getAttribute("data-status") ?? ""));
const count = (page: Page) => page.getByTestId("table-count");
const search = (page: Page) => page.getByTestId("table-search");
const param = (page: Page, name: string) => new URL(page.url()).searchParams.get(name);

test("searches, filters by status and sorts a list, each kept in the URL", async ({ page }) => {
  await page.goto("/router-interfaces?region=cn-hangzhou");
  await expect(rows(page).first()).toBeVisible();
  const total = await rows(page).count();
  expect(total).toBeGreaterThan(4);

  await page.getByLabel("Status").selectOption("Idle");
  await expect(count(page)).toHaveText(`4 of ${total}`);
  expect((await statuses(page)).every((s) => s === "Idle")).toBe(true);
  await expect.poll(() => param(page, "status")).toBe("Idle");

  await search(page).fill("hz-app");
  await expect(count(page)).toHaveText(`3 of ${total}`);
  await expect(page.locator(`tr[data-ri="${RI.readyInitiator}"]`)).toBeVisible();
  await expect.poll(() => param(page, "q")).toBe("hz-app");

  await search(page).fill("");
  await page.getByLabel("Status").selectOption("");
  await expect(count(page)).toHaveText(`${total} of ${total}`);
  const statusHeader = page.getByRole("columnheader", { name: /Status/ });
  await expect(statusHeader).toHaveAttribute("aria-sort", "none");
  await statusHeader.getByRole("button").click();
  await expect(statusHeader).toHaveAttribute("aria-sort", "ascending");
  const ascending = await statuses(page);
  expect(ascending).toEqual([...ascending].sort());
  await statusHeader.getByRole("button").click();
  await expect(statusHeader).toHaveAttribute("aria-sort", "descending");
  const descending = await statuses(page);
  expect(descending).toEqual([...descending].sort().reverse());
  expect(param(page, "sort")).toBe("-status");
});

test("a pasted link to a filtered, sorted long list shows the same rows, also after a reload", async ({
  page,
  emulator,
}) => {
  await emulator.populate("mirror-session", "cn-shanghai", 150);
  // load-00120 … load-00129; highest priority first.
  await page.goto("/mirror-sessions?region=cn-shanghai&q=load-0012&sort=-priority");
  const sessions = page.locator("tbody tr[data-session]");
  for (const view of ["pasted", "reloaded"]) {
    await expect(count(page), view).toHaveText("10 of 150");
    await expect(search(page)).toHaveValue("load-0012");
    await expect(page.getByLabel("Region", { exact: true })).toHaveValue("cn-shanghai");
    const priorities = await sessions.evaluateAll((trs) =>
      trs.map((tr) => Number(tr.getAttribute("data-priority"))),
    );
    expect(priorities).toHaveLength(10);
    expect(priorities).toEqual([...priorities].sort((a, b) => b - a));
    await expect(page.getByRole("columnheader", { name: /Priority/ })).toHaveAttribute(
      "aria-sort",
      "descending",
    );
    await page.reload();
  }
  // Every id is a link to the resource's own page.
  const first = sessions.first();
  const id = await first.getAttribute("data-session");
  await expect(first.getByRole("link", { name: id! })).toHaveAttribute(
    "href",
    `/mirror-sessions/cn-shanghai/${id}`,
  );
});

test("a list of 150 renders only the rows in view and still finds the last one", async ({
  page,
  emulator,
}) => {
  await emulator.populate("mirror-session", "cn-shanghai", 150);
  await page.goto("/mirror-sessions?region=cn-shanghai");
  await expect(count(page)).toHaveText("150 of 150");
  expect(await page.locator("tbody tr[data-session]").count()).toBeLessThan(150);
  await search(page).fill("load-00150");
  await expect(count(page)).toHaveText("1 of 150");
  await expect(page.locator("tbody tr[data-session]")).toHaveCount(1);
});

test("back and forward walk region and filter choices", async ({ page }) => {
  await page.goto("/router-interfaces?region=cn-hangzhou");
  await expect(rows(page).first()).toBeVisible();
  const region = page.getByLabel("Region", { exact: true });
  await region.selectOption("cn-shanghai");
  await expect.poll(() => param(page, "region")).toBe("cn-shanghai");
  await expect(page.locator(`tr[data-ri="${RI.readyAcceptor}"]`)).toBeVisible();
  await page.getByLabel("Status").selectOption("Active");
  await expect.poll(() => param(page, "status")).toBe("Active");

  await page.goBack();
  await expect(page.getByLabel("Status")).toHaveValue("");
  await expect(region).toHaveValue("cn-shanghai");
  await page.goBack();
  await expect(region).toHaveValue("cn-hangzhou");
  await expect(page.locator(`tr[data-ri="${RI.readyInitiator}"]`)).toBeVisible();
  await page.goForward();
  await expect(region).toHaveValue("cn-shanghai");
  await expect(page.locator(`tr[data-ri="${RI.readyAcceptor}"]`)).toBeVisible();
});

test("an overview count opens the list of exactly what it counts, across regions", async ({ page }) => {
  await page.goto("/");
  const card = page.locator('article[data-kind="routerInterfaces"]');
  const idle = card.locator('[data-count-status="Idle"]');
  const counted = Number((await idle.locator(".tabular-nums").textContent())?.replace(/\D/g, ""));
  expect(counted).toBeGreaterThan(0);
  await idle.getByRole("link").click();
  await expect(page).toHaveURL(/\/router-interfaces\?region=all&status=Idle$/);
  await expect(page.getByLabel("Region", { exact: true })).toHaveValue("all");
  await expect(page.getByLabel("Status")).toHaveValue("Idle");
  await expect(rows(page)).toHaveCount(counted);
  expect((await statuses(page)).every((s) => s === "Idle")).toBe(true);
  // The region column says where each one is.
  const regions = await rows(page).evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-region")));
  expect(new Set(regions)).toEqual(new Set(["cn-hangzhou", "cn-shanghai"]));
});

test("unknown or malformed parameters fall back to the defaults, never an error page", async ({ page }) => {
  await page.goto("/router-interfaces?region=mars-1&status=Exploded&sort=constructor&pair=../../x");
  await expect(page.getByLabel("Region", { exact: true })).toHaveValue("cn-hangzhou");
  await expect(page.getByLabel("Status")).toHaveValue("");
  await expect(page.locator(`tr[data-ri="${RI.readyInitiator}"]`)).toBeVisible();
  await expect(page.getByTestId("pair-view")).toHaveCount(0);
});
