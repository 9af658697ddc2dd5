/**
 * A list of 10,000 traffic-mirror sessions in a real browser (issue #17): how long after its data arrives the list
 * is interactive (goal ≤ 300 ms), how smoothly it scrolls (goal ≥ 50 fps) and how fast a search narrows it (goal
 * ≤ 100 ms). The emulator is filled through `POST /_emulator/populate`; Chromium (CHROME_PATH or /usr/bin/chromium)
 * runs the built console through Playwright, signed in as the bench's operator.
 * Run: `npm run build && npm run bench:table` (about a minute). Results go in docs/BENCHMARKS.md.
 */
import { chromium, type Page } from "@playwright/test";
import { BJ } from "../lib/emulator/products/volc-vpc/volc-vpc-ids";
import { startBenchServers, type BenchServers } from "./bench-servers";

const COUNT = Number(process.env.BENCH_ROWS ?? 10_000);
const SCROLL_MS = 3_000;
/** px per frame while scrolling: ~7,000 px/s at 60 fps, a fast flick through the list. */
const SCROLL_STEP = 120;
const SEARCHES = ["load-09999", "load-0500", "load-1", "web01", "no-such-session"];

async function control(servers: BenchServers, path: string, body: unknown): Promise<unknown> {
  const response = await fetch(`${servers.emulatorUrl}/_emulator/${path}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status} ${await response.text()}`);
  return response.json();
}

/**
 * In the page, before any script: note when the list's last page has been read (its body parsed, NextToken empty)
 * and when, after that, the table first shows every row's count with the main thread free again (the next frame
 * after the DOM changed, then a macrotask: the moment a click would be handled).
 */
function instrument() {
  const w = window as unknown as {
    __bench: { dataAt?: number; interactiveAt?: number; longTasks: number[] };
  };
  w.__bench = { longTasks: [] };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.__bench.longTasks.push(e.duration);
  }).observe({ type: "longtask", buffered: true });
  const fetch0 = window.fetch.bind(window);
  window.fetch = async (...args) => {
    const response = await fetch0(...args);
    if (String(args[0]).includes("DescribeTrafficMirrorSessions")) {
      const text = await response.clone().text();
      if (!/"NextToken":"[^"]/.test(text)) w.__bench.dataAt = performance.now();
    }
    return response;
  };
  const observer = new MutationObserver(() => {
    const count = document.querySelector("[data-testid=table-count]")?.textContent ?? "";
    if (w.__bench.dataAt === undefined || !document.querySelector("tr[data-session]")) return;
    if (!/^([\d,]+) of \1$/.test(count)) return;
    observer.disconnect();
    requestAnimationFrame(() => setTimeout(() => (w.__bench.interactiveAt = performance.now())));
  });
  document.addEventListener("DOMContentLoaded", () =>
    observer.observe(document.body, { childList: true, subtree: true, characterData: true }),
  );
}

async function loadList(page: Page) {
  await page.addInitScript(instrument);
  const started = Date.now();
  await page.goto(`/mirror-sessions?region=${BJ.region}`);
  await page.waitForFunction(
    () => (window as never as { __bench: { interactiveAt?: number } }).__bench.interactiveAt,
    null,
    {
      timeout: 120_000,
    },
  );
  const b = await page.evaluate(
    () =>
      (window as never as { __bench: { dataAt: number; interactiveAt: number; longTasks: number[] } })
        .__bench,
  );
  return {
    pageToDataMs: Date.now() - started,
    dataToInteractiveMs: b.interactiveAt - b.dataAt,
    longestTaskMs: Math.max(0, ...b.longTasks),
  };
}

/** Scrolls the list's own container by SCROLL_STEP every frame for SCROLL_MS; frames per second and the worst gap. */
async function scroll(page: Page) {
  return page.evaluate(
    ({ ms, step }) =>
      new Promise<{ fps: number; worstFrameMs: number; rowsSeen: number }>((resolve) => {
        const box = document.querySelector<HTMLElement>("[data-virtual]");
        if (!box) throw new Error("the list is not virtualized");
        const seen = new Set<string>();
        const start = performance.now();
        let last = start;
        let frames = 0;
        let worst = 0;
        const tick = (now: number) => {
          frames++;
          worst = Math.max(worst, now - last);
          last = now;
          for (const tr of box.querySelectorAll("tr[data-session]"))
            seen.add(tr.getAttribute("data-session")!);
          if (box.scrollTop + box.clientHeight >= box.scrollHeight) box.scrollTop = 0;
          else box.scrollTop += step;
          if (now - start < ms) requestAnimationFrame(tick);
          else resolve({ fps: (frames * 1000) / (now - start), worstFrameMs: worst, rowsSeen: seen.size });
        };
        requestAnimationFrame(tick);
      }),
    { ms: SCROLL_MS, step: SCROLL_STEP },
  );
}

/** Frames per second with nothing happening: what this machine's Chromium manages at all (the ceiling). */
async function idleFps(page: Page) {
  return page.evaluate(
    (ms) =>
      new Promise<number>((resolve) => {
        let frames = 0;
        const start = performance.now();
        const tick = (now: number) => {
          frames++;
          if (now - start < ms) requestAnimationFrame(tick);
          else resolve((frames * 1000) / (now - start));
        };
        requestAnimationFrame(tick);
      }),
    2_000,
  );
}

/** From the input event to the frame after the table shows the narrowed count. */
async function search(page: Page, text: string): Promise<{ ms: number; shown: string }> {
  const box = page.getByTestId("table-search");
  await box.fill("");
  await page.waitForFunction(() =>
    /^([\d,]+) of \1$/.test(document.querySelector("[data-testid=table-count]")?.textContent ?? ""),
  );
  await page.evaluate(() => {
    const w = window as never as { __search: { at?: number; doneAt?: number; shown?: string } };
    w.__search = {};
    const input = document.querySelector<HTMLInputElement>("[data-testid=table-search]")!;
    const count = document.querySelector("[data-testid=table-count]")!;
    input.addEventListener("input", () => (w.__search.at = performance.now()), { once: true, capture: true });
    const observer = new MutationObserver(() => {
      observer.disconnect();
      w.__search.shown = count.textContent ?? "";
      requestAnimationFrame(() => setTimeout(() => (w.__search.doneAt = performance.now())));
    });
    observer.observe(count, { childList: true, subtree: true, characterData: true });
  });
  await box.fill(text);
  await page
    .waitForFunction(() => (window as never as { __search: { doneAt?: number } }).__search.doneAt, null, {
      timeout: 10_000,
    })
    .catch(async (error) => {
      const state = await page.evaluate(() => ({
        count: document.querySelector("[data-testid=table-count]")?.textContent,
        value: document.querySelector<HTMLInputElement>("[data-testid=table-search]")?.value,
        search: (window as never as { __search: unknown }).__search,
      }));
      throw new Error(`search "${text}" did not narrow: ${JSON.stringify(state)}`, { cause: error });
    });
  return page.evaluate(() => {
    const s = (window as never as { __search: { at: number; doneAt: number; shown: string } }).__search;
    return { ms: s.doneAt - s.at, shown: s.shown };
  });
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function main() {
  const servers = await startBenchServers();
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run"],
  });
  try {
    const populated = performance.now();
    await control(servers, "populate", { kind: "mirror-session", region: BJ.region, count: COUNT });
    const populateMs = performance.now() - populated;
    const context = await browser.newContext({
      baseURL: servers.consoleUrl,
      viewport: { width: 1440, height: 900 },
    });
    // tsx keeps function names with a `__name` helper that does not exist in the page: functions sent there need it.
    await context.addInitScript({ content: "window.__name = (f) => f;" });
    await context.addCookies(
      servers.cookie.split("; ").map((pair) => {
        const eq = pair.indexOf("=");
        return { name: pair.slice(0, eq), value: pair.slice(eq + 1), url: servers.consoleUrl };
      }),
    );
    const loads = [];
    for (let i = 0; i < 3; i++) {
      const page = await context.newPage();
      loads.push(await loadList(page));
      await page.close();
    }
    const page = await context.newPage();
    await loadList(page);
    const idle = await idleFps(page);
    const scrolls = [await scroll(page), await scroll(page)];
    const searches = [];
    for (const text of SEARCHES) searches.push({ text, ...(await search(page, text)) });
    await page.close();

    console.log(
      `table — ${new Date().toISOString().slice(0, 10)}, ${COUNT} mirror sessions in ${BJ.region}, Chromium headless 1440×900`,
    );
    console.log(`populate: ${Math.round(populateMs)} ms`);
    console.log("| load | page → last page read | data → interactive | longest task |");
    console.log("|---|---:|---:|---:|");
    loads.forEach((l, i) =>
      console.log(
        `| ${i + 1} | ${l.pageToDataMs} ms | ${Math.round(l.dataToInteractiveMs)} ms | ${Math.round(l.longestTaskMs)} ms |`,
      ),
    );
    console.log(
      `data → interactive, median: ${Math.round(median(loads.map((l) => l.dataToInteractiveMs)))} ms (goal ≤ 300)`,
    );
    console.log(`idle page: ${idle.toFixed(1)} fps (this machine's ceiling)`);
    for (const s of scrolls)
      console.log(
        `scroll ${SCROLL_MS / 1000} s at ${SCROLL_STEP} px/frame: ${s.fps.toFixed(1)} fps (goal ≥ 50), worst frame ${Math.round(s.worstFrameMs)} ms, ${s.rowsSeen} rows rendered`,
      );
    console.log("| search | shown | input → narrowed |");
    console.log("|---|---|---:|");
    for (const s of searches) console.log(`| \`${s.text}\` | ${s.shown} | ${Math.round(s.ms)} ms |`);
    console.log(`search, median: ${Math.round(median(searches.map((s) => s.ms)))} ms (goal ≤ 100)`);
  } finally {
    await browser.close();
    servers.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
