import { defineConfig, devices } from "@playwright/test";
import { accessSync, constants } from "node:fs";
import { E2E_PEOPLE } from "./e2e/auth-state";
import {
  E2E_BASE_URL,
  E2E_CONSOLE_DB_PATH,
  E2E_CONSOLE_PORT,
  E2E_EMULATOR_DATA_DIR,
  E2E_EMULATOR_PORT,
  E2E_EMULATOR_URL,
} from "./e2e/test-ports";

// Playwright cannot download its own browser here (no internet); scripts/ensure-chromium.mjs makes sure one exists.
function chromiumPath(): string | undefined {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  try {
    accessSync("/usr/bin/chromium", constants.X_OK);
    return "/usr/bin/chromium";
  } catch {
    return undefined; // fall back to a browser Playwright installed itself
  }
}

const chromium = {
  ...devices["Desktop Chrome"],
  launchOptions: {
    executablePath: chromiumPath(),
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  },
};

export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results",
  // The emulator is shared state: one worker, files in order.
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 30_000,
  // The JSON report is what .ci/run counts; `list` is for people.
  reporter: [["list"], ["json", { outputFile: "playwright-report/e2e-results.json" }]],
  use: {
    baseURL: E2E_BASE_URL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    // Signs the e2e people in once; every journey then starts signed in as the operator (auth stays on).
    { name: "sign-in", testMatch: /auth\.setup\.ts/ },
    {
      name: "debian-chromium",
      dependencies: ["sign-in"],
      testIgnore: /sso\.spec\.ts/,
      use: { ...chromium, storageState: E2E_PEOPLE.operator.state },
    },
    // Single sign-on needs a console started with OIDC_* (e2e/own-console.ts starts one on its own ports beside
    // the default server, which stays without SSO) and a local OpenID provider; nobody is signed in beforehand.
    { name: "sso", testMatch: /sso\.spec\.ts/, use: chromium },
  ],
  webServer: {
    // The real run command (builds first if there is no build), on test ports, from a wiped data dir.
    command: "node scripts/console.mjs --fresh-data",
    url: `${E2E_BASE_URL}/api/health`,
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
    gracefulShutdown: { signal: "SIGTERM", timeout: 5_000 },
    env: {
      CLOUD_MODE: "emulator",
      HOST: "127.0.0.1",
      PORT: String(E2E_CONSOLE_PORT),
      EMULATOR_PORT: String(E2E_EMULATOR_PORT),
      EMULATOR_DATA_DIR: E2E_EMULATOR_DATA_DIR,
      CONSOLE_DB_PATH: E2E_CONSOLE_DB_PATH,
      // The embedded store, whatever the developer's shell says (the PostgreSQL journey sets its own).
      DATABASE_URL: "",
      // Set explicitly so endpoints exported in the developer's shell cannot leak into the tests.
      ALIBABA_CLOUD_ENDPOINT: E2E_EMULATOR_URL,
      VOLCENGINE_ENDPOINT: E2E_EMULATOR_URL,
      NEXT_TELEMETRY_DISABLED: "1",
    },
  },
});
