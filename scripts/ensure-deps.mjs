#!/usr/bin/env node
/**
 * Keeps the README's quick start to one command on a fresh clone: when node_modules is missing or older than
 * package-lock.json, run `npm install` (not `npm ci`: npm 11 here writes lockfiles that `npm ci` rejects,
 * see shared toolchain notes) before anything else. Uses only Node built-ins, since nothing is installed yet.
 */
import { spawnSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const marker = join(root, "node_modules", ".package-lock.json");
const lockfile = join(root, "package-lock.json");

const isStale =
  !existsSync(marker) || (existsSync(lockfile) && statSync(lockfile).mtimeMs > statSync(marker).mtimeMs);
if (isStale) {
  console.log("[deps] Installing dependencies (npm install) …");
  const result = spawnSync("npm", ["install", "--no-audit", "--no-fund"], { cwd: root, stdio: "inherit" });
  if (result.status !== 0) {
    console.error("[deps] npm install failed; fix the error above and run `npm install` again.");
    process.exit(result.status ?? 1);
  }
}
