#!/usr/bin/env node
// Makes sure Chromium can draw Chinese in the e2e run: the zh-CN screenshots and the line-box check measure real
// glyphs, and without a CJK font every character is a box of a different width. Installs Debian's fonts-noto-cjk
// the way ensure-chromium.mjs installs chromium (root + apt-get), but never fails the run: without apt it warns,
// and the zh-CN checks still run on whatever fallback font the machine has.
import { spawnSync } from "node:child_process";

const PACKAGE = "fonts-noto-cjk";

function hasCjkFont() {
  const result = spawnSync("fc-list", [":lang=zh-cn", "family"], { encoding: "utf8" });
  return result.status === 0 && result.stdout.trim().length > 0;
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

function main() {
  if (hasCjkFont()) return console.log("CJK font for e2e: found (fc-list :lang=zh-cn).");
  if (!canInstallWithApt()) {
    return console.warn(
      `Warning: no CJK font found and apt-get is not usable here; zh-CN screenshots will show boxes. ` +
        `Install one with \`sudo apt-get install -y ${PACKAGE}\`.`,
    );
  }
  console.log(`No CJK font found: installing Debian's ${PACKAGE} (apt-get install -y ${PACKAGE}).`);
  // `update` only when the first try fails: a fresh container has no package lists, a warm one needs no network.
  const installed =
    run("apt-get", ["install", "-y", "--no-install-recommends", PACKAGE]) ||
    (run("apt-get", ["update"]) && run("apt-get", ["install", "-y", "--no-install-recommends", PACKAGE]));
  if (installed && hasCjkFont()) return console.log(`CJK font for e2e: ${PACKAGE} (just installed).`);
  console.warn(
    `Warning: installing ${PACKAGE} failed (see apt-get above); zh-CN screenshots may show boxes.`,
  );
}

main();
