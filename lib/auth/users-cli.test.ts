import { spawn } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { startConsoleHarness, type ConsoleHarness } from "@/lib/testing/console-harness";
import { ENGINES } from "@/lib/testing/test-databases";
import { actorOf } from "./guard";
import { setupTokenState } from "./setup-token";

// `npm run users`, run as its operators run it (node scripts/users.mjs, a child process) on the database of a
// console runtime that stays open in this process: "with the server running or not".
// Each command is a fresh node process that opens the database and starts better-auth (~1 s, more on a busy machine).
vi.setConfig({ testTimeout: 60_000 });

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function users(harness: ConsoleHarness, args: string[], input?: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["scripts/users.mjs", ...args], {
      env: {
        ...process.env,
        PORT: "3000",
        HOST: "127.0.0.1",
        CONSOLE_URL: "",
        ...dbEnv(harness),
      },
      stdio: ["pipe", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input ?? "");
  });
}

function dbEnv(harness: ConsoleHarness) {
  const { CONSOLE_DB_PATH, DATABASE_URL } = harness.env as NodeJS.ProcessEnv;
  return { CONSOLE_DB_PATH: CONSOLE_DB_PATH ?? "", DATABASE_URL: DATABASE_URL ?? "" };
}

const listed = (run: Run) =>
  run.stdout
    .trim()
    .split("\n")
    .filter(Boolean)
    .map((line) => line.split("\t").slice(0, 3).join(" "));

async function signedIn(harness: ConsoleHarness, cookie: string) {
  return (await actorOf(harness.runtime, new Headers({ cookie }))) !== null;
}

describe.each(ENGINES)("npm run users (%s)", (engine) => {
  let harness: ConsoleHarness;
  beforeAll(async () => {
    harness = await startConsoleHarness(engine);
  }, 60_000);
  afterAll(() => harness.close());

  it("setup-link prints a working one-time link while no administrator exists", async () => {
    const run = await users(harness, ["setup-link"]);
    expect(run.code).toBe(0);
    const link = new URL(run.stdout.trim());
    expect(link.origin).toBe("http://127.0.0.1:3000");
    expect(link.pathname).toBe("/setup");
    expect(await setupTokenState(harness.runtime.database.db, link.searchParams.get("token")!)).toBe("valid");
  });

  it("add: a generated password printed once, or one from stdin; refuses duplicates and weak passwords", async () => {
    const generated = await users(harness, ["add", "Ops@Example.com", "--role", "operator"]);
    expect(generated.code).toBe(0);
    const password = /Password \(shown once\): (\S+)/.exec(generated.stdout)![1]!;
    expect(password.length).toBeGreaterThanOrEqual(12);
    expect(await signedIn(harness, await harness.signIn("ops@example.com", password))).toBe(true);

    const piped = await users(
      harness,
      ["add", "admin@example.com", "--role", "admin", "--password-stdin"],
      "an admin's long password\n",
    );
    expect(piped.code).toBe(0);
    expect(piped.stdout).not.toMatch(/shown once/);
    await harness.signIn("admin@example.com", "an admin's long password");

    const again = await users(harness, ["add", "ops@example.com", "--role", "viewer"]);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/already exists/);
    const weak = await users(
      harness,
      ["add", "weak@example.com", "--role", "viewer", "--password-stdin"],
      "short\n",
    );
    expect(weak.code).toBe(1);
    expect(weak.stderr).toMatch(/at least 12 characters/);
    const badEmail = await users(harness, ["add", "not-an-email", "--role", "viewer"]);
    expect(badEmail.code).toBe(1);
    expect(listed(await users(harness, ["list"]))).toEqual([
      "ops@example.com operator active",
      "admin@example.com admin active",
    ]);
  });

  it("setup-link refuses once an administrator exists", async () => {
    const run = await users(harness, ["setup-link"]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
  });

  it("set-role: a role that does not exist is exit 1 and changes nothing; a real one applies", async () => {
    const bad = await users(harness, ["set-role", "ops@example.com", "superuser"]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/No role "superuser"; use one of viewer, operator, admin/);
    expect(listed(await users(harness, ["list"]))[0]).toBe("ops@example.com operator active");
    const unknown = await users(harness, ["set-role", "nobody@example.com", "viewer"]);
    expect(unknown.code).toBe(1);
    const good = await users(harness, ["set-role", "ops@example.com", "viewer"]);
    expect(good.code).toBe(0);
    expect(listed(await users(harness, ["list"]))[0]).toBe("ops@example.com viewer active");
  });

  it("disable signs the person out at once; enable lets them sign in again", async () => {
    const cookie = await harness.signIn("admin@example.com", "an admin's long password");
    expect((await users(harness, ["disable", "admin@example.com"])).code).toBe(0);
    expect(await signedIn(harness, cookie)).toBe(false);
    await expect(harness.signIn("admin@example.com", "an admin's long password")).rejects.toThrow();
    expect(listed(await users(harness, ["list"]))[1]).toBe("admin@example.com admin disabled");
    expect((await users(harness, ["enable", "admin@example.com"])).code).toBe(0);
    expect(
      await signedIn(harness, await harness.signIn("admin@example.com", "an admin's long password")),
    ).toBe(true);
  });

  it("reset-password replaces the password and ends the sessions", async () => {
    const cookie = await harness.signIn("admin@example.com", "an admin's long password");
    const run = await users(
      harness,
      ["reset-password", "admin@example.com", "--password-stdin"],
      "a replacement password\n",
    );
    expect(run.code).toBe(0);
    expect(await signedIn(harness, cookie)).toBe(false);
    await expect(harness.signIn("admin@example.com", "an admin's long password")).rejects.toThrow();
    await harness.signIn("admin@example.com", "a replacement password");
    const weak = await users(harness, ["reset-password", "admin@example.com", "--password-stdin"], "tiny\n");
    expect(weak.code).toBe(1);
    await harness.signIn("admin@example.com", "a replacement password");
  });

  it("revoke-sessions ends every session of that person only", async () => {
    const mine = await harness.signIn("admin@example.com", "a replacement password");
    const other = await harness.person("viewer");
    expect((await users(harness, ["revoke-sessions", "admin@example.com"])).code).toBe(0);
    expect(await signedIn(harness, mine)).toBe(false);
    expect(await signedIn(harness, other.cookie)).toBe(true);
  });

  it("without a command prints the usage and exits 2; a missing argument too", async () => {
    for (const args of [[], ["disable"], ["frobnicate"], ["add", "x@example.com"]]) {
      const run = await users(harness, args);
      expect(run.code, args.join(" ")).toBe(2);
      expect(run.stdout + run.stderr).toMatch(/Usage: npm run users/);
    }
  });
});
