#!/usr/bin/env node
/**
 * Keeps the README's quick start to one command on a fresh clone: when node_modules is missing or older than
 * package-lock.json, run `npm ci` before anything else: it installs exactly the committed lockfile and never rewrites it, so
 * a fresh clone's working tree stays clean. Uses only Node built-ins, since nothing is installed yet.
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
  console.log("[deps] Installing dependencies (npm ci) …");
  const result = spawnSync("npm", ["ci", "--no-audit", "--no-fund"], { cwd: root, stdio: "inherit" });
  if (result.status !== 0) {
    console.error("[deps] npm ci failed; fix the error above and run `npm ci` again.");
    process.exit(result.status ?? 1);
  }
}
