import type { Page } from "@playwright/test";
import { MCAST_DOMAIN, RI } from "../lib/emulator/products/aliyun-demo/demo-ids";
import { GA } from "../lib/emulator/products/ga/ga-ids";
import { BJ } from "../lib/emulator/products/volc-vpc/volc-vpc-ids";
import { expect, test } from "./fixtures";

/**
 * How far the page scrolls sideways (0 when everything fits the window), and what sticks out past the window's
 * right edge, innermost first, measured at the same moment.
 */
const measure = (page: Page) =>
  page.evaluate(() => {
    const sticksOut = (el: Element) => el.getBoundingClientRect().right > window.innerWidth + 0.5;
    // Content a scroll box clips (a wide table in its own container) does not widen the page.
    const clipped = (el: Node) => {
      for (let up = el.parentElement; up && up !== document.body; up = up.parentElement)
        if (getComputedStyle(up).overflowX !== "visible") return true;
      return false;
    };
    const by = document.documentElement.scrollWidth - window.innerWidth;
    const describe = (el: Element, right: number) =>
      `${el.tagName.toLowerCase()}.${el.className} → ${Math.round(right)}`;
    if (by <= 0) return { by, culprits: "" };
    const boxes = [...document.querySelectorAll("body *")]
      .filter((el) => sticksOut(el) && !clipped(el))
      .filter((el) => ![...el.children].some((c) => sticksOut(c) && !clipped(c)))
      .map((el) => describe(el, el.getBoundingClientRect().right));
    // Text that runs out of its box (a long word that does not wrap) widens the page without its box doing so.
    const texts: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const range = document.createRange();
      range.selectNodeContents(node);
      const right = range.getBoundingClientRect().right;
      if (right > window.innerWidth + 0.5 && node.parentElement && !clipped(node))
        texts.push(`${describe(node.parentElement, right)} "${node.textContent?.slice(0, 40)}"`);
    }
    const culprits = [...boxes, ...texts].slice(0, 6).join("\n");
    return { by, culprits };
  });

/**
 * Fails, naming the elements, when the page scrolls sideways once it has settled (a list still arriving may
 * reflow it for a moment; a page that stays too wide fails).
 */
async function expectFits(page: Page, what: string) {
  let last = { by: 0, culprits: "" };
  await expect
    .poll(
      async () => {
        last = await measure(page);
        return last.by;
      },
      { message: what, timeout: 3000 },
    )
    .toBeLessThanOrEqual(0)
    .catch(() => {
      throw new Error(`${what} scrolls ${last.by} px sideways:\n${last.culprits}`);
    });
}

interface Scenario {
  name: string;
  open: (page: Page) => Promise<void>;
}

/** Every page, in the states that used to widen it: a domain picked (Register form open), a group, a vhost, a pair. */
const SCENARIOS: Scenario[] = [
  { name: "overview", open: async (page) => void (await page.goto("/")) },
  {
    name: "multicast sources, a domain picked",
    open: async (page) => {
      await page.goto("/multicast-sources");
      await page.getByRole("radio", { name: new RegExp(MCAST_DOMAIN.hz) }).check();
      await expect(page.getByRole("button", { name: "Register", exact: true })).toBeVisible();
      await expect(page.locator("tr[data-eni]").first()).toBeVisible();
    },
  },
  {
    name: "router interfaces, a pair shown",
    open: async (page) => {
      await page.goto("/router-interfaces");
      await page
        .locator(`tr[data-ri="${RI.activeInitiator}"]`)
        .getByRole("button", { name: "Show pair" })
        .click();
      await expect(page.getByTestId("pair-view")).toBeVisible();
    },
  },
  {
    name: "mirror sessions with the create form",
    open: async (page) => {
      await page.goto("/mirror-sessions?region=cn-beijing");
      await expect(page.getByTestId("taken-priorities")).toBeVisible();
    },
  },
  {
    name: "GA destinations, a group picked",
    open: async (page) => {
      await page.goto("/ga-destinations");
      await page.getByRole("radio", { name: /^game-global/ }).check();
      await page.getByRole("radio", { name: /^game-custom-routing/ }).check();
      await page.getByRole("radio", { name: /^sh-game-servers/ }).check();
      await expect(page.getByRole("button", { name: "Add destinations", exact: true })).toBeVisible();
    },
  },
  {
    name: "relay sources, a vhost picked",
    open: async (page) => {
      await page.goto("/relay-sources");
      await page.getByRole("radio").first().check();
      await expect(page.getByRole("button", { name: "Save configuration" })).toBeVisible();
    },
  },
  {
    name: "activity",
    open: async (page) => {
      await page.goto("/activity");
      await expect(page.getByRole("table").or(page.getByText(/No events/))).toBeVisible();
    },
  },
  { name: "account", open: async (page) => void (await page.goto("/account")) },
  {
    name: "a mirror session's page",
    open: async (page) => {
      await page.goto(`/mirror-sessions/cn-beijing/${BJ.sessions.web01}`);
      await expect(page.getByTestId("resource-history")).toBeVisible();
      await expect(page.getByText("TrafficMirrorSessionId")).toBeVisible();
    },
  },
  {
    name: "a GA destination's page",
    open: async (page) => {
      await page.goto(
        `/ga-destinations/${GA.accelerator}/${GA.listeners.custom}/${GA.groups.hangzhou}/${GA.destination}`,
      );
      await expect(page.getByText("DestinationId")).toBeVisible();
    },
  },
  {
    name: "a relay source's page",
    open: async (page) => {
      await page.goto("/relay-sources/live.example.com?app=live");
      await expect(page.locator("article[data-app]")).toBeVisible();
    },
  },
  {
    name: "a router interface's page",
    open: async (page) => {
      await page.goto(`/router-interfaces/cn-hangzhou/${RI.activeInitiator}`);
      await expect(page.getByTestId("pair-view")).toBeVisible();
    },
  },
];

test.beforeAll(async ({ emulator }) => {
  await emulator.reset();
});

for (const width of [1024, 1280, 1440]) {
  test(`no page scrolls sideways at ${width} px`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.setViewportSize({ width, height: 800 });
    for (const scenario of SCENARIOS) {
      await scenario.open(page);
      await expectFits(page, `${scenario.name} at ${width} px`);
    }
    // The known case: after picking a domain, the Register form starts inside the window.
    await SCENARIOS[1]!.open(page);
    const form = await page.getByRole("button", { name: "Register", exact: true }).boundingBox();
    expect(form!.x + form!.width).toBeLessThanOrEqual(width);
  });
}

test("an error panel with a long message does not widen the page", async ({ page, emulator }) => {
  await emulator.addFaults({
    action: "DescribeTrafficMirrorSessions",
    httpStatus: 500,
    code: "InternalError.WithAVeryLongCodeNameThatDoesNotBreakOnItsOwn_AndKeepsGoingWithoutAnySpaces",
    message: "x".repeat(400),
    times: 10,
  });
  await page.setViewportSize({ width: 1024, height: 800 });
  await page.goto("/mirror-sessions?region=cn-beijing");
  await expect(page.getByRole("alert").first()).toBeVisible({ timeout: 15_000 });
  await expectFits(page, "an error panel at 1024 px");
  await emulator.reset();
});

test("on a 390 px phone the menu button opens the navigation and every page fits", async ({ page }) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/");
  // The side menu no longer fills the first screen: the page's own heading is in it.
  await expect(page.getByRole("navigation", { name: "Main navigation" })).toBeHidden();
  const heading = await page.getByRole("heading", { level: 1 }).boundingBox();
  expect(heading!.y).toBeLessThan(400);

  const menu = page.getByRole("button", { name: "Menu" });
  await menu.click();
  const sheet = page.getByRole("dialog", { name: "Navigation" });
  await expect(sheet).toBeVisible();
  await sheet.getByRole("link", { name: /^Traffic-mirror sessions/ }).click();
  await expect(page).toHaveURL(/\/mirror-sessions/);
  await expect(sheet).toBeHidden();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Traffic-mirror sessions");
  // Escape closes it and gives the focus back to the menu button.
  await menu.click();
  await expect(sheet).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(sheet).toBeHidden();
  await expect(menu).toBeFocused();

  for (const scenario of SCENARIOS) {
    await scenario.open(page);
    await expectFits(page, `${scenario.name} at 390 px`);
  }
  // Each page's main action is on screen once scrolled to: inside the window's width.
  await SCENARIOS[3]!.open(page);
  const create = page.getByRole("button", { name: "Create", exact: true });
  await create.scrollIntoViewIfNeeded();
  const box = await create.boundingBox();
  expect(box!.x + box!.width).toBeLessThanOrEqual(390);
});
