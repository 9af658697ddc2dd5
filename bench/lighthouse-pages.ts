/**
 * Lighthouse (desktop preset) on console pages, signed in as an operator, against the built console and the emulator.
 * Run: `npm run build && npx tsx bench/lighthouse-pages.ts [path…]` (CHROME_PATH selects the browser; default
 * /usr/bin/chromium). Prints performance and accessibility per page; results go in docs/BENCHMARKS.md.
 * Lighthouse runs as its own CLI process: code it sends to the browser must not pass through tsx's transform.
 */
import { spawnSync } from "node:child_process";
import { startBenchServers } from "./bench-servers";

/** The seeded Beijing session's page and the seeded active router interface's page, then their lists. */
const DEFAULT_PATHS = [
  "/mirror-sessions/cn-beijing/tms-2d6tmsajxq9kw58ozfe3zalgw",
  "/router-interfaces/cn-hangzhou/ri-bp1m4n7b0v3c6x9z2l5k8j",
];

interface Report {
  categories: Record<string, { score: number | null }>;
  audits: Record<string, { id: string; score: number | null; scoreDisplayMode: string }>;
}

async function main() {
  const paths = process.argv.slice(2).length > 0 ? process.argv.slice(2) : DEFAULT_PATHS;
  const servers = await startBenchServers();
  try {
    for (const path of paths) {
      const run = spawnSync(
        process.execPath,
        [
          "node_modules/lighthouse/cli/index.js",
          `${servers.consoleUrl}${path}`,
          "--preset=desktop",
          "--only-categories=performance,accessibility",
          "--output=json",
          "--output-path=stdout",
          "--quiet",
          `--extra-headers=${JSON.stringify({ Cookie: servers.cookie })}`,
          "--chrome-flags=--headless=new --no-sandbox --disable-gpu",
        ],
        {
          env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? "/usr/bin/chromium" },
          encoding: "utf8",
          maxBuffer: 64 * 1024 * 1024,
        },
      );
      if (run.status !== 0) throw new Error(`lighthouse ${path}: ${run.stderr}`);
      const report = JSON.parse(run.stdout) as Report;
      const score = (name: string) => Math.round((report.categories[name]?.score ?? 0) * 100);
      const failed = Object.values(report.audits)
        .filter((a) => a.scoreDisplayMode === "binary" && a.score !== null && a.score < 1)
        .map((a) => a.id);
      console.log(
        `${path}: performance ${score("performance")}, accessibility ${score("accessibility")}` +
          (failed.length > 0 ? ` (not passed: ${failed.join(", ")})` : ""),
      );
    }
  } finally {
    servers.stop();
  }
}

void main();
