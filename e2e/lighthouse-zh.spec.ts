import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, readFile } from "node:fs/promises";
import { promisify } from "node:util";
import { chromium, expect, test } from "@playwright/test";
import { E2E_PEOPLE } from "./auth-state";
import { E2E_BASE_URL } from "./test-ports";

// Lighthouse's accessibility audit (axe) on two busy pages as a Chinese operator in the dark theme sees them:
// contrast in the dark palette, names of controls, lang. Runs Lighthouse's own CLI with its own Chromium session,
// signed in with the operator's cookie from e2e/auth.setup.ts.

const run = promisify(execFile);
const PAGES = ["/mirror-sessions", "/router-interfaces?region=cn-hangzhou"];

interface LighthouseReport {
  finalDisplayedUrl: string;
  categories: { accessibility: { score: number } };
  audits: Record<string, { score: number | null; title: string; scoreDisplayMode: string }>;
}

async function cookieHeader(): Promise<string> {
  const state = JSON.parse(await readFile(E2E_PEOPLE.operator.state, "utf8")) as {
    cookies: { name: string; value: string }[];
  };
  return [...state.cookies.map((c) => `${c.name}=${c.value}`), "locale=zh-CN", "theme=dark"].join("; ");
}

/** The browser the other specs use (playwright.config.ts): CHROME_PATH, Debian's, else Playwright's own. */
function chromePath(): string {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  return existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : chromium.executablePath();
}

for (const path of PAGES) {
  test(`Lighthouse accessibility is 100 on ${path} in zh-CN dark`, async ({}, testInfo) => {
    test.setTimeout(120_000);
    const output = testInfo.outputPath("lighthouse.json");
    await mkdir(testInfo.outputDir, { recursive: true });
    const headers = JSON.stringify({ Cookie: await cookieHeader(), "Accept-Language": "zh-CN" });
    await run(
      "node_modules/.bin/lighthouse",
      [
        `${E2E_BASE_URL}${path}`,
        "--quiet",
        "--preset=desktop",
        "--only-categories=accessibility",
        "--chrome-flags=--headless --no-sandbox --disable-gpu",
        `--extra-headers=${headers}`,
        "--output=json",
        `--output-path=${output}`,
      ],
      { env: { ...process.env, CHROME_PATH: chromePath() }, timeout: 110_000 },
    );
    const report = JSON.parse(await readFile(output, "utf8")) as LighthouseReport;
    // Audited signed in, not the sign-in page the console sends a stranger to.
    expect(report.finalDisplayedUrl).toBe(`${E2E_BASE_URL}${path}`);
    const failed = Object.entries(report.audits)
      .filter(([, a]) => a.scoreDisplayMode === "binary" && a.score !== null && a.score < 1)
      .map(([id, a]) => `${id}: ${a.title}`);
    expect(failed).toEqual([]);
    expect(report.categories.accessibility.score).toBe(1);
  });
}
