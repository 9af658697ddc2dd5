/**
 * First-load JS per route: the gzip size of the `<script>` chunks the served HTML loads (noModule polyfills
 * excluded — modern browsers skip them), read from the build the console serves.
 * Run: `npm run bench:bundle` (builds into NEXT_DIST_DIR first when there is no build there; `--build` forces a
 * fresh build, `--chunks` lists every chunk with the libraries found in it). It also measures the framework floor
 * (bench/framework-floor.ts) and checks every route of bench/console-pages.ts (plus sign-in) against the budget, floor + 30 kB. Results go in
 * docs/BENCHMARKS.md.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { startBenchServers } from "./bench-servers";
import { CONSOLE_PAGES, RESOURCE_PAGES } from "./console-pages";
import { frameworkFloorKb } from "./framework-floor";

export const ROUTES = [
  ...CONSOLE_PAGES,
  "/sign-in",
  // The ids need not exist: the HTML and its scripts are the route's.
  ...Object.values(RESOURCE_PAGES),
];

export interface Chunk {
  path: string;
  gzipBytes: number;
}

export interface RouteJs {
  route: string;
  kb: number;
  chunks: Chunk[];
}

/** The chunks a page's HTML loads as `<script>`, in order, without noModule polyfills. */
export function scriptChunks(html: string): string[] {
  const modern = html.replace(/<script[^>]*noModule[^>]*><\/script>/gi, "");
  return [...new Set([...modern.matchAll(/\/_next\/(static\/chunks\/[^"'\s)]+\.js)/g)].map((m) => m[1]!))];
}

/** Pages are measured signed in (`cookie`, as an operator; otherwise they redirect to /sign-in), and /sign-in too. */
export async function firstLoadJs(consoleUrl: string, distDir: string, cookie: string): Promise<RouteJs[]> {
  const sizes: RouteJs[] = [];
  for (const route of ROUTES) {
    const response = await fetch(`${consoleUrl}${route}`, {
      headers: route === "/sign-in" ? {} : { cookie },
      redirect: "manual",
    });
    if (response.status !== 200) throw new Error(`${route} answered ${response.status}, not the page`);
    const html = await response.text();
    const chunks = scriptChunks(html).map((path) => ({
      path,
      gzipBytes: gzipSync(readFileSync(join(distDir, path))).length,
    }));
    sizes.push({ route, kb: chunks.reduce((sum, c) => sum + c.gzipBytes, 0) / 1024, chunks });
  }
  return sizes;
}

/**
 * Strings that survive minification and tell which library a chunk carries (production chunks name no
 * modules). A hint for where to look, not an exact attribution.
 */
const MARKERS: Record<string, RegExp> = {
  "react-dom": /react-dom|__reactContainer/,
  "next runtime": /__next_f|next-router-state-tree/,
  zod: /\$ZodType|_zod\b/,
  "react-hook-form": /useFormContext|shouldUnregister/,
  "@hookform/resolvers": /resolver|toNestErrors/,
  "tanstack query": /QueryClient|refetchInterval/,
  "catalog errors": /"user-fix"/,
  "validation messages": /validation\.required/,
};

function markersOf(path: string, distDir: string): string[] {
  const text = readFileSync(join(distDir, path), "utf8");
  return Object.entries(MARKERS)
    .filter(([, pattern]) => pattern.test(text))
    .map(([name]) => name);
}

/** What a page may load above the framework floor (issue #15). */
export const BUDGET_ABOVE_FLOOR_KB = 30;

function printTable(js: RouteJs[], floorKb: number): void {
  const budget = floorKb + BUDGET_ABOVE_FLOOR_KB;
  console.log(
    `framework floor (empty App Router page): ${floorKb.toFixed(1)} kB; budget: ${budget.toFixed(1)} kB`,
  );
  console.log("| route | first-load JS (gzip) | above the floor | within budget |");
  console.log("|---|---:|---:|:---:|");
  for (const { route, kb } of js) {
    const verdict = kb <= budget ? "yes" : "NO";
    console.log(`| ${route} | ${kb.toFixed(1)} kB | ${(kb - floorKb).toFixed(1)} kB | ${verdict} |`);
  }
}

function printChunks(js: RouteJs[], distDir: string): void {
  const shared = js
    .map((r) => new Set(r.chunks.map((c) => c.path)))
    .reduce((a, b) => new Set([...a].filter((p) => b.has(p))));
  for (const { route, chunks } of js) {
    console.log(`\n${route}`);
    for (const { path, gzipBytes } of chunks) {
      const tag = shared.has(path) ? "every route" : "";
      console.log(
        `  ${(gzipBytes / 1024).toFixed(1).padStart(6)} kB  ${path.padEnd(40)} ${tag.padEnd(12)} ${markersOf(path, distDir).join(", ")}`,
      );
    }
  }
}

async function main() {
  const distDir = process.env.NEXT_DIST_DIR || ".next";
  if (process.argv.includes("--build") || !existsSync(join(distDir, "BUILD_ID"))) {
    const build = spawnSync(process.execPath, ["node_modules/next/dist/bin/next", "build"], {
      stdio: "inherit",
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
    });
    if (build.status !== 0) throw new Error(`next build failed (${build.status})`);
  }
  const servers = await startBenchServers();
  try {
    const js = await firstLoadJs(servers.consoleUrl, servers.distDir, servers.cookie);
    const floorKb = await frameworkFloorKb();
    console.log(`first-load JS — ${new Date().toISOString().slice(0, 10)}, build in ${distDir}`);
    printTable(js, floorKb);
    if (process.argv.includes("--chunks")) printChunks(js, servers.distDir);
    if (js.some(({ kb }) => kb > floorKb + BUDGET_ABOVE_FLOOR_KB)) process.exitCode = 1;
  } finally {
    servers.stop();
  }
}

// Run as a script (`tsx bench/first-load-js.ts`), not when bench/proxy.bench.ts imports it.
if (process.argv[1]?.endsWith("first-load-js.ts")) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
