#!/usr/bin/env node
// Makes sure the e2e tests have a Chromium: CHROME_PATH, Debian's /usr/bin/chromium, or a browser
// Playwright downloaded itself. Playwright's own download needs internet access our machines lack, so
// where nothing is found and we are root on Debian, install Debian's package; otherwise say what to run.
import { spawnSync } from "node:child_process";
import { accessSync, constants } from "node:fs";

const DEBIAN_CHROMIUM = "/usr/bin/chromium";

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

async function playwrightChromium() {
  try {
    const { chromium } = await import("playwright-core");
    const path = chromium.executablePath();
    return path && isExecutable(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

function canInstallWithApt() {
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  return isRoot && spawnSync("sh", ["-c", "command -v apt-get"], { stdio: "ignore" }).status === 0;
}

function run(command, args) {
  const result = spawnSync(command, args, {
    stdio: "inherit",
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  });
  return result.status === 0;
}

async function main() {
  const override = process.env.CHROME_PATH;
  if (override) {
    if (isExecutable(override)) return console.log(`Chromium for e2e: ${override} (CHROME_PATH)`);
    console.error(
      `CHROME_PATH is set to ${override}, which is not an executable file: fix the path or unset CHROME_PATH.`,
    );
    return 1;
  }
  if (isExecutable(DEBIAN_CHROMIUM)) return console.log(`Chromium for e2e: ${DEBIAN_CHROMIUM}`);
  const bundled = await playwrightChromium();
  if (bundled) return console.log(`Chromium for e2e: ${bundled} (Playwright's own)`);

  if (canInstallWithApt()) {
    console.log(
      "No Chromium found: installing Debian's chromium package (apt-get update && apt-get install -y chromium).",
    );
    if (
      run("apt-get", ["update"]) &&
      run("apt-get", ["install", "-y", "chromium"]) &&
      isExecutable(DEBIAN_CHROMIUM)
    ) {
      return console.log(`Chromium for e2e: ${DEBIAN_CHROMIUM} (just installed)`);
    }
    console.error(
      "Installing Debian's chromium failed (see apt-get's output above): fix apt, then run `apt-get install -y chromium`.",
    );
    return 1;
  }
  console.error(
    "No Chromium found for the e2e tests: run `sudo apt-get install -y chromium` (Debian/Ubuntu) or set CHROME_PATH to a Chrome or Chromium binary.",
  );
  return 1;
}

process.exitCode = (await main()) ?? 0;
