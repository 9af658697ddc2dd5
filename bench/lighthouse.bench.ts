/**
 * Lighthouse (desktop preset) on every console page, signed in, in English/light and in 简体中文/dark: the
 * performance and accessibility scores issues #17 and #18 set goals for (≥ 98 performance, 100 accessibility on
 * every page; accessibility 100 in zh-CN dark). Runs against the built console and the emulator's demo world
 * (bench/bench-servers.ts), in the machine's Chromium through its DevTools port.
 * Run: `npm run build && npm run bench:lighthouse [-- path…]` (CHROME_PATH selects the browser;
 * LIGHTHOUSE_RUNS=n audits each page n times in turn; LIGHTHOUSE_JSON=<dir> keeps every report, for the audits
 * behind a score). Each row names the metrics that cost performance points. Results go in docs/BENCHMARKS.md
 * ("Lighthouse").
 */
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import { join } from "node:path";
import { chromium } from "@playwright/test";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { describeTrafficMirrorSessionsMeta } from "@/lib/operations/volc-vpc/describe-traffic-mirror-sessions.meta";
import { resourceHref } from "@/lib/resources/resource-href";
import { freePort, startBenchServers } from "./bench-servers";
import { CONSOLE_PAGES, RESOURCE_PAGES } from "./console-pages";

const PAGES = CONSOLE_PAGES;
const SEEDED_INTERFACE = RESOURCE_PAGES.routerInterface;

const VARIANTS = [
  { name: "en, light", cookies: "locale=en; theme=light" },
  { name: "zh-CN, dark", cookies: "locale=zh-CN; theme=dark" },
] as const;

/** One mirror session's page too: every resource kind's page is the same component (components/resource-page). */
async function mirrorSessionPage(consoleUrl: string, cookie: string): Promise<string | null> {
  const region = "cn-beijing";
  const response = await fetch(`${consoleUrl}/api/operations/${describeTrafficMirrorSessionsMeta.id}`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: consoleUrl, cookie },
    body: JSON.stringify({ region, input: {} }),
  });
  if (!response.ok) return null;
  const { result } = (await response.json()) as {
    result?: { TrafficMirrorSessions?: { TrafficMirrorSessionId: string }[] };
  };
  const id = result?.TrafficMirrorSessions?.[0]?.TrafficMirrorSessionId;
  return id ? resourceHref({ kind: "mirror-session", region, id }) : null;
}

interface Report {
  finalDisplayedUrl: string;
  categories: Record<string, { score: number | null; auditRefs: { id: string }[] } | undefined>;
  audits: Record<string, { id: string; score: number | null; numericValue?: number }>;
}

/** The desktop preset's scored metrics, as the row prints them: where a page below 100 loses its points. */
const METRICS = [
  ["first-contentful-paint", "FCP", "ms"],
  ["largest-contentful-paint", "LCP", "ms"],
  ["total-blocking-time", "TBT", "ms"],
  ["cumulative-layout-shift", "CLS", ""],
  ["speed-index", "SI", "ms"],
] as const;

function metrics(lhr: Report): string {
  return METRICS.map(([id, label, unit]) => {
    const audit = lhr.audits[id];
    const value = audit?.numericValue ?? NaN;
    const shown = unit === "ms" ? `${Math.round(value)}` : value.toFixed(3);
    return `${label} ${shown} (${Math.round((audit?.score ?? 0) * 100)})`;
  }).join(", ");
}

/**
 * Lighthouse's own CLI under plain Node, in a child process: under tsx its page functions would carry esbuild's
 * `__name` helpers into the browser and fail there.
 */
async function audit(url: string, port: number, cookie: string): Promise<Report> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [
      "node_modules/lighthouse/cli/index.js",
      url,
      `--port=${port}`,
      "--preset=desktop",
      "--only-categories=performance,accessibility",
      "--output=json",
      "--quiet",
      `--extra-headers=${JSON.stringify({ Cookie: cookie })}`,
    ],
    { maxBuffer: 64 * 1024 * 1024 },
  );
  return JSON.parse(stdout) as Report;
}

async function main() {
  const servers = await startBenchServers();
  const port = await freePort();
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
    args: [
      `--remote-debugging-port=${port}`,
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
    ],
  });
  const rows: string[] = [];
  try {
    const detail = await mirrorSessionPage(servers.consoleUrl, servers.cookie);
    const asked = process.argv.slice(2);
    const pages =
      asked.length > 0 ? asked : detail ? [...PAGES, detail, SEEDED_INTERFACE] : [...PAGES, SEEDED_INTERFACE];
    const runs = Number(process.env.LIGHTHOUSE_RUNS ?? 1);
    const keep = process.env.LIGHTHOUSE_JSON;
    if (keep) mkdirSync(keep, { recursive: true });
    for (let run = 1; run <= runs; run++)
      for (const variant of VARIANTS)
        for (const path of pages) {
          const lhr = await audit(
            `${servers.consoleUrl}${path}`,
            port,
            `${servers.cookie}; ${variant.cookies}`,
          );
          const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
          const failing = Object.values(lhr.audits)
            .filter(
              (a) => a.score === 0 && lhr.categories.accessibility?.auditRefs.some((r) => r.id === a.id),
            )
            .map((a) => a.id);
          const finalUrl = lhr.finalDisplayedUrl;
          const redirected = !finalUrl.endsWith(path) ? ` (ended at ${new URL(finalUrl).pathname})` : "";
          const load = os.loadavg()[0]!.toFixed(1);
          if (keep) {
            const name = `${path.replace(/[^a-z0-9]+/gi, "_")}-${variant.name.replace(/[^a-z0-9]+/gi, "_")}-${run}`;
            writeFileSync(join(keep, `${name}.json`), JSON.stringify(lhr));
          }
          rows.push(
            `| ${path}${redirected} | ${variant.name} | ${score("performance")} | ${score("accessibility")} | ${failing.join(", ") || "–"} | ${metrics(lhr)} | ${load} |`,
          );
          console.log(rows.at(-1));
        }
  } finally {
    await browser.close();
    servers.stop();
  }
  console.log(
    `\nlighthouse ${new Date().toISOString().slice(0, 10)}, desktop preset, load average ${os.loadavg()[0]!.toFixed(1)}`,
  );
  console.log(
    "| page | variant | performance | accessibility | failing accessibility audits | metrics (score) | load |",
  );
  console.log("|---|---|---:|---:|---|---|---:|");
  for (const row of rows) console.log(row);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
