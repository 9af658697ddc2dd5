/**
 * The framework floor of first-load JS: what an empty App Router page (a root layout and a page that render one
 * paragraph, no client component) loads with this project's Next and React. The console's budget is this floor
 * + 30 kB per page (issue #15). Built once into `.next-floor/` (git-ignored) with the project's own node_modules;
 * rebuilt when Next's version changes.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { freePort } from "./bench-servers";
import { scriptChunks } from "./first-load-js";

const APP_DIR = resolve(".next-floor/app");

const FILES: Record<string, string> = {
  "app/layout.tsx": `export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (<html lang="en"><body>{children}</body></html>);
}
`,
  "app/page.tsx": `export default function Page() { return <p>floor</p>; }
`,
  // The floor app lives inside the repository so that Turbopack resolves the project's node_modules.
  "next.config.js": `module.exports = { turbopack: { root: ${JSON.stringify(resolve("."))} }, typescript: { ignoreBuildErrors: true } };
`,
};

function nextVersion(): string {
  return (JSON.parse(readFileSync("node_modules/next/package.json", "utf8")) as { version: string }).version;
}

function buildFloorApp(): void {
  const stamp = join(APP_DIR, ".next", "floor-next-version");
  if (existsSync(stamp) && readFileSync(stamp, "utf8") === nextVersion()) return;
  for (const [path, text] of Object.entries(FILES)) {
    mkdirSync(join(APP_DIR, path, ".."), { recursive: true });
    writeFileSync(join(APP_DIR, path), text);
  }
  const build = spawnSync(process.execPath, [resolve("node_modules/next/dist/bin/next"), "build"], {
    cwd: APP_DIR,
    stdio: "ignore",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NEXT_DIST_DIR: "" },
  });
  if (build.status !== 0) throw new Error(`next build of the floor app failed (${build.status})`);
  writeFileSync(stamp, nextVersion());
}

/** First-load JS of the empty page, gzip kB, summed the same way as the console's routes. */
export async function frameworkFloorKb(): Promise<number> {
  buildFloorApp();
  const port = await freePort();
  const server = spawn(
    process.execPath,
    [resolve("node_modules/next/dist/bin/next"), "start", "-H", "127.0.0.1", "-p", String(port)],
    {
      cwd: APP_DIR,
      stdio: "ignore",
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NEXT_DIST_DIR: "" },
    },
  );
  try {
    let html: string | undefined;
    for (let tries = 0; html === undefined && tries < 300; tries++) {
      html = await fetch(`http://127.0.0.1:${port}/`)
        .then((r) => r.text())
        .catch(() => new Promise<undefined>((r) => setTimeout(() => r(undefined), 100)));
    }
    if (html === undefined) throw new Error("the floor app did not come up");
    const bytes = scriptChunks(html).reduce(
      (sum, path) => sum + gzipSync(readFileSync(join(APP_DIR, ".next", path))).length,
      0,
    );
    return bytes / 1024;
  } finally {
    server.kill("SIGTERM");
  }
}
