import { expect, test } from "@playwright/test";

// The shell spec needs only the console: it does not touch the emulator's control plane.

const SECTIONS = [
  { path: "/", link: /^Overview/, heading: "Overview" },
  { path: "/multicast-sources", link: /^Multicast sources\s*Alibaba Cloud$/, heading: "Multicast sources" },
  { path: "/router-interfaces", link: /^Router interfaces\s*Alibaba Cloud$/, heading: "Router interfaces" },
  {
    path: "/mirror-sessions",
    link: /^Traffic-mirror sessions\s*Volcengine$/,
    heading: "Traffic-mirror sessions",
  },
  { path: "/ga-destinations", link: /^GA destinations\s*Alibaba Cloud$/, heading: "GA destinations" },
  { path: "/relay-sources", link: /^Relay sources\s*Volcengine$/, heading: "Relay sources" },
  { path: "/activity", link: /^Activity$/, heading: "Activity" },
];

test.describe("console shell", () => {
  test("every navigation entry opens its page and is the only current link", async ({ page }) => {
    await page.goto("/");
    const nav = page.getByRole("navigation", { name: "Main navigation" });
    await expect(nav.getByRole("link")).toHaveCount(SECTIONS.length);

    for (const section of SECTIONS) {
      await nav.getByRole("link", { name: section.link }).click();
      await expect(page).toHaveURL(section.path);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(section.heading);
      await expect(page).toHaveTitle(new RegExp(`^${section.heading}`));
      await expect(nav.getByRole("link", { name: section.link })).toHaveAttribute("aria-current", "page");
      await expect(nav.locator('a[aria-current="page"]')).toHaveCount(1);
    }
  });

  test("an unknown path below a section shows a translated 404 with the section still current", async ({
    page,
  }) => {
    const response = await page.goto("/mirror-sessions/no/such/page");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
    const nav = page.getByRole("navigation", { name: "Main navigation" });
    await expect(nav.getByRole("link", { name: /^Traffic-mirror sessions/ })).toHaveAttribute(
      "aria-current",
      "page",
    );
    await expect(nav.getByRole("link", { name: /^Overview/ })).not.toHaveAttribute("aria-current", /.*/);
  });

  test("the header says the backend is the emulator", async ({ page, request }) => {
    await page.goto("/");
    const badge = page.getByRole("banner").locator("[data-mode]");
    await expect(badge).toHaveText("Backend: Emulator");
    await expect(badge).toHaveAttribute("data-mode", "emulator");
    const health = await request.get("/api/health");
    expect(await health.json()).toEqual({ ok: true, mode: "emulator" });
  });

  test("switching to 简体中文 translates the shell and survives a reload", async ({ page }) => {
    await page.goto("/multicast-sources");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");

    await page.getByRole("button", { name: "简体中文" }).click();
    const nav = page.getByRole("navigation", { name: "主导航" });
    await expect(nav.getByRole("link", { name: /^概览/ })).toBeVisible();
    await expect(nav.getByRole("link", { name: /^组播源\s*阿里云$/ })).toHaveAttribute(
      "aria-current",
      "page",
    );
    await expect(nav.getByRole("link", { name: /^流量镜像会话\s*火山引擎$/ })).toBeVisible();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("组播源");
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
    await expect(page.getByRole("button", { name: "简体中文" })).toHaveAttribute("aria-pressed", "true");

    await page.reload();
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("组播源");
    await expect(page.getByRole("banner").locator("[data-mode]")).toHaveText("后端：模拟器");

    await page.getByRole("button", { name: "English" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Multicast sources");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
  });

  test("the theme switch toggles the dark class and the choice survives a reload", async ({ page }) => {
    await page.goto("/");
    const html = page.locator("html");
    const toggle = page.getByRole("button", { name: "Dark theme" });
    await expect(html).not.toHaveClass(/\bdark\b/);
    await expect(toggle).toHaveAttribute("aria-pressed", "false");

    await toggle.click();
    await expect(html).toHaveClass(/\bdark\b/);
    await expect(toggle).toHaveAttribute("aria-pressed", "true");

    // The class must come from the server on reload, not from a script after the first paint.
    const response = await page.reload();
    expect(await response?.text()).toMatch(/<html[^>]*class="dark"/);
    await expect(html).toHaveClass(/\bdark\b/);

    await page.getByRole("button", { name: "Dark theme" }).click();
    await expect(html).not.toHaveClass(/\bdark\b/);
    await page.reload();
    await expect(html).not.toHaveClass(/\bdark\b/);
  });

  test("the shell works from the keyboard", async ({ page }) => {
    await page.goto("/");
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Skip to main content" });
    await expect(skip).toBeFocused();
    await expect(skip).toBeVisible();

    const routerLink = page
      .getByRole("navigation", { name: "Main navigation" })
      .getByRole("link", { name: /^Router interfaces/ });
    await routerLink.focus();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL("/router-interfaces");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Router interfaces");
  });

  test("screenshot of the shell in both themes", async ({ page }, testInfo) => {
    await page.goto("/mirror-sessions");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath("shell-light.png"), fullPage: true });
    await page.getByRole("button", { name: "Dark theme" }).click();
    await expect(page.locator("html")).toHaveClass(/\bdark\b/);
    await page.screenshot({ path: testInfo.outputPath("shell-dark.png"), fullPage: true });
  });
});
