import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { closedPort } from "@/lib/cloud/capture-server.fixture";
import { startTcpRelay } from "@/lib/testing/tcp-relay";
import { TEST_DATABASE_URL } from "@/lib/testing/test-databases";
import { startRuntime } from "./runtime";
import { setupTokenState } from "./setup-token";
import { accounts } from "./users";

// What the server does before it answers anything (instrumentation.ts → announceStart), in its own process: a
// database it cannot reach stops it with the setting to check; a console without an administrator prints a link.
vi.setConfig({ testTimeout: 60_000 });

const START = `
import { pathToFileURL } from "node:url";
const { ensureBundle } = await import(pathToFileURL(process.cwd() + "/scripts/bundle.mjs").href);
const { announceStart } = await import(pathToFileURL(await ensureBundle("lib/auth/startup.ts")).href);
await announceStart();
process.exit(0);
`;

function announce(env: Record<string, string>): Promise<{ code: number | null; out: string; ms: number }> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--input-type=module", "-e", START], {
      env: { ...process.env, HOST: "127.0.0.1", PORT: "3000", CONSOLE_URL: "", DATABASE_URL: "", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => (out += chunk));
    child.stderr.on("data", (chunk: Buffer) => (out += chunk));
    child.on("error", reject);
    // A start that hangs fails the test rather than outliving it.
    const timer = setTimeout(() => child.kill("SIGKILL"), 50_000);
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, out, ms: Date.now() - started });
    });
  });
}

const dir = mkdtempSync(join(tmpdir(), "cloudnet-startup-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the database unreachable at start", () => {
  it("PostgreSQL refusing connections: exit 1, names DATABASE_URL, never prints the password", async () => {
    const run = await announce({
      DATABASE_URL: `postgres://console:s3cret-pw@127.0.0.1:${await closedPort()}/console`,
    });
    expect(run.code).toBe(1);
    expect(run.out).toMatch(/Cannot open the console's database: .*ECONNREFUSED.*Check DATABASE_URL\./);
    expect(run.out).not.toContain("s3cret-pw");
  });

  it("PostgreSQL that accepts and never answers (packets dropped): exit 1 within seconds, not a hang", async () => {
    const silent = await startTcpRelay({ host: "127.0.0.1", port: 1 }, { silent: true });
    try {
      const run = await announce({ DATABASE_URL: `postgres://postgres@127.0.0.1:${silent.port}/console` });
      expect(run.code).toBe(1);
      expect(run.out).toMatch(/Check DATABASE_URL\./);
      expect(run.ms).toBeLessThan(30_000);
    } finally {
      await silent.down();
    }
  });

  // Needs a reachable PostgreSQL server (TEST_DATABASE_URL); none runs without one.
  it.each(TEST_DATABASE_URL ? [TEST_DATABASE_URL] : [])(
    "a PostgreSQL database that does not exist: exit 1, names DATABASE_URL",
    async (url) => {
      const missing = new URL(url);
      missing.pathname = "/cloudnet_no_such_database";
      const run = await announce({ DATABASE_URL: missing.href });
      expect(run.code).toBe(1);
      expect(run.out).toMatch(/does not exist.*Check DATABASE_URL\./);
    },
  );

  it("DATABASE_URL that is not PostgreSQL: exit 1 and says what it must be", async () => {
    const run = await announce({ DATABASE_URL: "mysql://root@127.0.0.1/console" });
    expect(run.code).toBe(1);
    expect(run.out).toMatch(/DATABASE_URL must start with postgres:\/\/.*Check DATABASE_URL\./);
  });

  it("an embedded store that cannot be created: exit 1, names CONSOLE_DB_PATH", async () => {
    const run = await announce({ CONSOLE_DB_PATH: "/dev/null/console.db" });
    expect(run.code).toBe(1);
    expect(run.out).toMatch(/Check CONSOLE_DB_PATH/);
  });
});

describe("settings that are wrong at start", () => {
  it("names the setting itself, not the database", async () => {
    for (const [env, message] of [
      [
        { OIDC_ISSUER: "http://127.0.0.1:1/oidc", OIDC_CLIENT_ID: "console" },
        /half configured: set OIDC_CLIENT_SECRET too/,
      ],
      [{ SESSION_MAX_DAYS: "a week" }, /SESSION_MAX_DAYS must be a positive number/],
      [{ CONSOLE_URL: "console.example.com" }, /CONSOLE_URL must be an absolute URL/],
    ] as const) {
      const run = await announce({ CONSOLE_DB_PATH: join(dir, "settings.db"), ...env });
      expect(run.code, JSON.stringify(env)).toBe(1);
      expect(run.out).toMatch(message);
      expect(run.out).not.toMatch(/database/i);
    }
  });
});

describe("the first start without an administrator", () => {
  it("prints a working one-time link at each start, and none once an administrator exists", async () => {
    const env = { CONSOLE_DB_PATH: join(dir, "console.db") };
    const links: string[] = [];
    for (let i = 0; i < 2; i++) {
      const run = await announce(env);
      expect(run.code).toBe(0);
      expect(run.out).toContain(`Database: the embedded store at ${env.CONSOLE_DB_PATH}`);
      const link = /Open this link within 1 hour to create one: (\S+)/.exec(run.out)![1]!;
      expect(link).toMatch(/^http:\/\/127\.0\.0\.1:3000\/setup\?token=/);
      links.push(link);
    }
    expect(new Set(links).size).toBe(2);
    const runtime = await startRuntime({
      ...process.env,
      HOST: "127.0.0.1",
      PORT: "3000",
      DATABASE_URL: "",
      ...env,
    });
    try {
      for (const link of links)
        expect(await setupTokenState(runtime.database.db, new URL(link).searchParams.get("token")!)).toBe(
          "valid",
        );
      await accounts(runtime.auth).add({
        email: "a@example.com",
        role: "admin",
        password: "an admin's long password",
      });
    } finally {
      await runtime.database.close();
    }
    const after = await announce(env);
    expect(after.code).toBe(0);
    expect(after.out).not.toMatch(/setup\?token=/);
  });
});
