/**
 * Lighthouse (desktop) on a few console pages, signed in as an operator, against the built console and the emulator.
 * Run: `npm run build && npx tsx bench/lighthouse-pages.ts [path…]` (CHROME_PATH selects the browser; default
 * /usr/bin/chromium). Prints performance and accessibility per page; results go in docs/BENCHMARKS.md.
 */
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import desktop from "lighthouse/core/config/desktop-config.js";
import { startBenchServers } from "./bench-servers";

const DEFAULT_PATHS = ["/mirror-sessions/cn-beijing/tms-2d6tmsajxq9kw58ozfe3zalgw", "/mirror-sessions"];

async function main() {
  const paths = process.argv.slice(2).length > 0 ? process.argv.slice(2) : DEFAULT_PATHS;
  const servers = await startBenchServers();
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu"],
  });
  try {
    for (const path of paths) {
      const result = await lighthouse(
        `${servers.consoleUrl}${path}`,
        {
          port: chrome.port,
          output: "json",
          logLevel: "error",
          onlyCategories: ["performance", "accessibility"],
          extraHeaders: { Cookie: servers.cookie },
        },
        desktop,
      );
      const categories = result!.lhr.categories;
      const failed = Object.values(result!.lhr.audits)
        .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === "binary")
        .map((a) => a.id);
      console.log(
        `${path}: performance ${Math.round((categories.performance?.score ?? 0) * 100)}, accessibility ${Math.round(
          (categories.accessibility?.score ?? 0) * 100,
        )}${failed.length > 0 ? ` (not passed: ${failed.join(", ")})` : ""}`,
      );
    }
  } finally {
    await chrome.kill();
    servers.stop();
  }
}

void main();
