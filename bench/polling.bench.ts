/**
 * How the console's polling behaves in a real browser (issue #20): per page, the requests the page makes while
 * idle, after what it watched has settled and while the tab is hidden; how long after the cloud settles the page
 * shows it (settle→UI, early in an operation); how long after becoming visible a hidden page shows what settled
 * meanwhile (visible→fresh); and, for an open overview, the cloud calls per minute while idle and how long an
 * operation started elsewhere takes to show.
 *
 * Drives Debian's Chromium (CHROME_PATH or /usr/bin/chromium) through Playwright against the built console and the
 * emulator, with manual transitions: an operation is started through the console's API and held in flight until
 * the script switches its kind to `immediate`. Hidden tabs are emulated as in the e2e tests (e2e/visibility.ts).
 * Run: `npm run build && npm run bench:polling` (about 6 minutes). Results go in docs/BENCHMARKS.md.
 */
import { chromium, type Page } from "@playwright/test";
import { setVisibility } from "../e2e/visibility";
import { startBenchServers, type BenchServers } from "./bench-servers";
import { SCENARIOS, session, type Scenario } from "./polling-scenarios";

const IDLE_MS = 10_000;
const AFTER_SETTLE_MS = 15_000;
const HIDDEN_MS = 20_000;
const OVERVIEW_WINDOW_MS = 120_000;

interface Row {
  page: string;
  idle: number;
  afterSettle: number | null;
  hidden: number | null;
  settleToUiMs: number | null;
  visibleToFreshMs: number | null;
}

async function control(servers: BenchServers, path: string, body?: unknown): Promise<unknown> {
  const response = await fetch(`${servers.emulatorUrl}/_emulator/${path}`, {
    method: body === undefined ? "GET" : "POST",
    headers: body === undefined ? undefined : { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return response.json().catch(() => null);
}

/**
 * Every request the page makes to the console's API that can reach a cloud, with the time it left. The operations
 * feed (GET /api/operations-history: one database read, every 10 s on the overview) is counted apart.
 */
function apiRequests(page: Page): number[] {
  const times: number[] = [];
  page.on("request", (request) => {
    const url = request.url();
    if (url.includes("/api/") && !url.includes("/api/operations-history")) times.push(Date.now());
  });
  return times;
}

const countSince = (times: number[], since: number) => times.filter((t) => t >= since).length;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitForStatus(page: Page, selector: string, status: string | null): Promise<number> {
  await page.waitForFunction(
    ([sel, want]) => {
      const element = document.querySelector(sel);
      return want === null ? element === null : element?.getAttribute("data-status") === want;
    },
    [selector, status] as const,
    { polling: "raf", timeout: 60_000 },
  );
  return Date.now();
}

/** Holds every transition, starts the scenario's operation through the console's API and opens the page on it. */
async function startInFlight(page: Page, servers: BenchServers, s: Scenario): Promise<string> {
  await control(servers, "reset", {});
  await control(servers, "transitions", { mode: "manual", reads: 1_000_000 });
  await page.goto(`${servers.consoleUrl}/`);
  const result = await page.evaluate(async ({ id, region, input }) => {
    const response = await fetch(`/api/operations/${id}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ region, input }),
    });
    if (!response.ok) throw new Error(`${id}: HTTP ${response.status} ${await response.text()}`);
    return ((await response.json()) as { result: Record<string, unknown> }).result;
  }, s.start);
  await page.goto(`${servers.consoleUrl}${s.url}`);
  await s.open?.(page);
  const selector = s.selector(result);
  await waitForStatus(page, selector, s.inFlight);
  return selector;
}

async function measure(page: Page, servers: BenchServers, s: Scenario): Promise<Row> {
  const times = apiRequests(page);
  const release = () => control(servers, "transitions", { mode: "immediate", kind: s.kind });

  // Idle: nothing in flight.
  await control(servers, "reset", {});
  await control(servers, "transitions", { mode: "immediate" });
  await page.goto(`${servers.consoleUrl}${s.url}`);
  await s.open?.(page);
  await page.waitForLoadState("networkidle");
  const idleFrom = Date.now();
  await sleep(IDLE_MS);
  const idle = countSince(times, idleFrom);

  // Settle → UI early in an operation, then what the page reads once everything settled.
  let selector = await startInFlight(page, servers, s);
  await sleep(2_000 + Math.random() * 1_000);
  await release();
  const releasedAt = Date.now();
  const settleToUiMs = (await waitForStatus(page, selector, s.settled)) - releasedAt;
  await sleep(1_000);
  const settledFrom = Date.now();
  await sleep(AFTER_SETTLE_MS);
  const afterSettle = countSince(times, settledFrom);

  // Hidden while watched; the cloud settles meanwhile; then visible → fresh.
  selector = await startInFlight(page, servers, s);
  await setVisibility(page, "hidden");
  const hiddenFrom = Date.now();
  await release();
  await sleep(HIDDEN_MS);
  const hidden = countSince(times, hiddenFrom);
  await setVisibility(page, "visible");
  const visibleAt = Date.now();
  const visibleToFreshMs = (await waitForStatus(page, selector, s.settled)) - visibleAt;
  return { page: s.name, idle, afterSettle, hidden, settleToUiMs, visibleToFreshMs };
}

/** Cloud calls the emulator receives from one open overview: per minute while visible and idle, and while hidden. */
async function overviewCloudCalls(
  page: Page,
  servers: BenchServers,
): Promise<{ visible: number; hidden: number; elsewhereToUiMs: number }> {
  const callsBetween = async (from: number, to: number) => {
    const { requests } = (await control(servers, "requests?limit=5000")) as { requests: { time: string }[] };
    return requests.filter((r) => Date.parse(r.time) >= from && Date.parse(r.time) < to).length;
  };
  await control(servers, "reset", {});
  await control(servers, "transitions", { mode: "immediate" });
  await page.goto(`${servers.consoleUrl}/`);
  await page.waitForLoadState("networkidle");
  const from = Date.now();
  await sleep(OVERVIEW_WINDOW_MS);
  const visible = ((await callsBetween(from, Date.now())) * 60_000) / OVERVIEW_WINDOW_MS;
  await setVisibility(page, "hidden");
  const hiddenFrom = Date.now();
  await sleep(OVERVIEW_WINDOW_MS / 2);
  const hidden = ((await callsBetween(hiddenFrom, Date.now())) * 60_000) / (OVERVIEW_WINDOW_MS / 2);

  // Work started elsewhere (this script, not the page): how long until the open overview shows it in flight.
  await setVisibility(page, "visible");
  await control(servers, "transitions", { mode: "manual", reads: 1_000_000 });
  await sleep(3_000);
  const { id, region, input } = session(11);
  const started = await fetch(`${servers.consoleUrl}/api/operations/${id}`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: servers.consoleUrl, cookie: servers.cookie },
    body: JSON.stringify({ region, input }),
  });
  const startedAt = Date.now();
  const { result } = (await started.json()) as { result: { TrafficMirrorSessionId: string } };
  const shownAt = await waitForStatus(
    page,
    `tr[data-inflight="${result.TrafficMirrorSessionId}"] [data-status]`,
    "Creating",
  );
  return { visible, hidden, elsewhereToUiMs: shownAt - startedAt };
}

const cell = (value: number | null, unit = "") => (value === null ? "—" : `${Math.round(value)}${unit}`);

async function main() {
  const servers = await startBenchServers();
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run"],
  });
  try {
    // Every page needs a session: the bench's operator, signed in by startBenchServers.
    const context = await browser.newContext();
    await context.addCookies(
      servers.cookie.split("; ").map((pair) => {
        const eq = pair.indexOf("=");
        return { name: pair.slice(0, eq), value: pair.slice(eq + 1), url: servers.consoleUrl };
      }),
    );
    const rows: Row[] = [];
    for (const scenario of SCENARIOS) {
      const page = await context.newPage();
      rows.push(await measure(page, servers, scenario));
      await page.close();
    }
    const page = await context.newPage();
    const overview = await overviewCloudCalls(page, servers);
    await page.close();

    console.log(`polling — ${new Date().toISOString().slice(0, 10)}, console + emulator, Chromium headless`);
    console.log(
      `requests = the page's calls to the console's API: idle ${IDLE_MS / 1000} s, after settle ${AFTER_SETTLE_MS / 1000} s, hidden ${HIDDEN_MS / 1000} s`,
    );
    console.log("| page | idle | after settle | hidden | settle→UI | visible→fresh |");
    console.log("|---|---:|---:|---:|---:|---:|");
    for (const r of rows) {
      console.log(
        `| ${r.page} | ${r.idle} | ${cell(r.afterSettle)} | ${cell(r.hidden)} | ${cell(r.settleToUiMs, " ms")} | ${cell(r.visibleToFreshMs, " ms")} |`,
      );
    }
    console.log(
      `open overview: ${overview.visible.toFixed(1)} cloud calls/min visible and idle (over ${OVERVIEW_WINDOW_MS / 60_000} min), ${overview.hidden.toFixed(1)} hidden; an operation started elsewhere shown after ${Math.round(overview.elsewhereToUiMs)} ms`,
    );
  } finally {
    await browser.close();
    servers.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
