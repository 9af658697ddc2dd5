import { expect, test, type Page } from "@playwright/test";
import { GA } from "../lib/emulator/products/ga/ga-ids";
import { E2E_PEOPLE } from "./auth-state";
import { narrowLines } from "./narrow-lines";

// The console as a Chinese operator with a dark browser sees it: first visit, wrapping, screenshots.

/** Every page, and the parts of some that only show after a choice (a pair, a vhost, a GA endpoint group). */
const PAGES: { name: string; path: string; open?: (page: Page) => Promise<void> }[] = [
  { name: "overview", path: "/" },
  { name: "multicast-sources", path: "/multicast-sources" },
  {
    name: "multicast-domain",
    path: "/multicast-sources",
    open: (page) => page.getByRole("radio", { name: /^video-hz/ }).check(),
  },
  { name: "router-interfaces", path: "/router-interfaces?region=cn-hangzhou" },
  {
    name: "router-interface-pair",
    path: "/router-interfaces?region=cn-hangzhou",
    open: (page) => page.getByRole("button", { name: "查看两端" }).first().click(),
  },
  { name: "mirror-sessions", path: "/mirror-sessions" },
  { name: "ga-destinations", path: "/ga-destinations" },
  {
    name: "ga-endpoint-group",
    path: `/ga-destinations?accelerator=${GA.accelerator}&listener=${GA.listeners.custom}&group=${GA.groups.hangzhou}`,
  },
  { name: "relay-sources", path: "/relay-sources" },
  {
    name: "relay-sources-vhost",
    path: "/relay-sources",
    open: (page) => page.getByRole("radio", { name: /^live\.example\.com/ }).check(),
  },
  { name: "activity", path: "/activity" },
  { name: "account", path: "/account" },
];
const CHINESE = /\p{Script=Han}/u;

/** A Chinese, dark browser that has never chosen a language or theme in the console (no such cookies). */
test.use({ locale: "zh-CN", colorScheme: "dark", viewport: { width: 1280, height: 900 } });

/** The page once its lists have answered: no "加载中…" left (a slow list is still measured, never skipped). */
async function settled(page: Page) {
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByText("加载中…"))
    .toHaveCount(0, { timeout: 10_000 })
    .catch(() => undefined);
}

/** The page background's brightness, 0–255, whatever colour space the browser reports it in. */
function pageLightness(page: Page): Promise<number> {
  return page.evaluate(() => {
    const canvas = document.createElement("canvas");
    canvas.width = canvas.height = 1;
    const context = canvas.getContext("2d")!;
    context.fillStyle = getComputedStyle(document.body).backgroundColor;
    context.fillRect(0, 0, 1, 1);
    const [r = 0, g = 0, b = 0] = context.getImageData(0, 0, 1, 1).data;
    return (r + g + b) / 3;
  });
}

test("a first visit follows Accept-Language and prefers-color-scheme in the first paint", async ({
  page,
  context,
}) => {
  const cookies = await context.cookies();
  expect(cookies.map((c) => c.name)).not.toContain("locale");
  expect(cookies.map((c) => c.name)).not.toContain("theme");

  const response = await page.goto("/mirror-sessions");
  const html = (await response?.text()) ?? "";
  // Already in the server's HTML: nothing switches language or theme after the page appears.
  expect(html).toMatch(/<html[^>]*lang="zh-CN"/);
  expect(html).toMatch(/<html[^>]*class="theme-system"/);
  expect(html).toContain("流量镜像会话");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("流量镜像会话");
  expect(await pageLightness(page)).toBeLessThan(30); // neutral-950, the dark theme's page
  await expect(page.getByRole("button", { name: "深色主题" })).toHaveAttribute("aria-pressed", "true");
});

test("an English browser in light mode gets English and light", async ({ browser }) => {
  const context = await browser.newContext({
    locale: "en-US",
    colorScheme: "light",
    storageState: E2E_PEOPLE.operator.state,
  });
  const page = await context.newPage();
  await page.goto("/mirror-sessions");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Traffic-mirror sessions");
  expect(await pageLightness(page)).toBeGreaterThan(240);
  await context.close();
});

test("the choice made in the console wins over the browser's language and theme", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Overview");
  await page.getByRole("button", { name: "Dark theme" }).click(); // dark → light
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Overview");
  await expect(page.locator("html")).not.toHaveClass(/dark|theme-system/);
});

for (const { name, path, open } of PAGES) {
  test(`${name} in zh-CN at 1280 px: no line narrower than two characters; screenshot in dark`, async ({
    page,
  }, testInfo) => {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(CHINESE);
    await settled(page);
    if (open) {
      await open(page);
      await settled(page);
    }
    const screenshot = testInfo.outputPath(`zh-CN-dark-${name}.png`);
    await page.screenshot({ path: screenshot, fullPage: true });
    expect(await narrowLines(page)).toEqual([]);
  });
}

test("the line-box check finds a squeezed word (so a pass means something)", async ({ page }) => {
  await page.goto("/account");
  await settled(page);
  // Added again if hydration replaced <main>'s children after the first try (a race the first version lost).
  const squeeze = () =>
    page.evaluate(() => {
      if (document.getElementById("squeezed")) return;
      const squeezed = document.createElement("div");
      squeezed.id = "squeezed";
      squeezed.style.width = "1.2em";
      squeezed.textContent = "删除";
      document.querySelector("main")!.append(squeezed);
    });
  await expect
    .poll(async () => (await squeeze(), await narrowLines(page)), { timeout: 10_000 })
    .toEqual([expect.objectContaining({ text: "删除", element: "div" })]);
});

test("the sign-in page in zh-CN dark: no narrow lines either", async ({ browser }, testInfo) => {
  const context = await browser.newContext({
    locale: "zh-CN",
    colorScheme: "dark",
    viewport: { width: 1280, height: 900 },
  });
  const page = await context.newPage();
  await page.goto("/sign-in");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const screenshot = testInfo.outputPath("zh-CN-dark-sign-in.png");
  await page.screenshot({ path: screenshot, fullPage: true });
  expect(await narrowLines(page)).toEqual([]);
  await context.close();
});
