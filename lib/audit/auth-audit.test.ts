import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as authPOST } from "@/app/api/auth/[...all]/route";
import { SIGN_IN_MAX_FAILURES } from "@/lib/auth/sign-in-limit";
import {
  startConsoleHarness,
  TEST_ORIGIN,
  TEST_PASSWORD,
  type ConsoleHarness,
} from "@/lib/testing/console-harness";
import { ENGINES } from "@/lib/testing/test-databases";
import { verifyChain } from "./verify";

const execFileAsync = promisify(execFile);

describe.each(ENGINES)("the audit trail of sign-in, sessions and user changes (%s)", (engine) => {
  let harness: ConsoleHarness;
  let admin: { email: string; cookie: string };
  beforeAll(async () => {
    harness = await startConsoleHarness(engine);
    admin = await harness.person("admin");
  });
  afterAll(async () => {
    expect(await verifyChain(harness.runtime.database.db)).toMatchObject({ ok: true });
    await harness.close();
  });

  const auth = (path: string, body: unknown, cookie = "") =>
    authPOST(
      new Request(`${TEST_ORIGIN}/api/auth${path}`, {
        method: "POST",
        headers: {
          ...harness.headersFor(cookie),
          "x-cloudnet-client-ip": "192.0.2.7",
          "user-agent": "audit-test/1",
        },
        body: JSON.stringify(body),
      }),
    );

  const latest = (action: string) =>
    harness.runtime.database.db
      .selectFrom("audit_event")
      .selectAll()
      .where("action", "=", action)
      .orderBy("seq", "desc")
      .limit(1)
      .executeTakeFirstOrThrow();

  it("records a sign-in with the person, role, address and browser", async () => {
    const person = await harness.person("operator");
    expect((await auth("/sign-in/email", { email: person.email, password: TEST_PASSWORD })).status).toBe(200);
    expect(await latest("auth.sign-in")).toMatchObject({
      actor: person.email,
      actor_type: "user",
      actor_role: "operator",
      client_ip: "192.0.2.7",
      user_agent: "audit-test/1",
      outcome: "ok",
    });
  });

  it("records a failed sign-in under the email typed, then the limit's refusal", async () => {
    const email = "nobody-" + engine + "@example.com";
    for (let i = 0; i < SIGN_IN_MAX_FAILURES; i += 1)
      expect((await auth("/sign-in/email", { email, password: "wrong password 123" })).status).toBe(401);
    const failed = await latest("auth.sign-in-failed");
    expect(failed).toMatchObject({
      actor: email,
      actor_type: "anonymous",
      outcome: "refused",
      reason: "credentials",
      error_code: "INVALID_EMAIL_OR_PASSWORD",
      client_ip: "192.0.2.7",
    });
    expect((await auth("/sign-in/email", { email, password: "wrong password 123" })).status).toBe(429);
    expect(await latest("auth.sign-in-failed")).toMatchObject({
      actor: email,
      error_code: "TOO_MANY_ATTEMPTS",
    });
  });

  it("records a sign-out as the person who signed out", async () => {
    const person = await harness.person("viewer");
    expect((await auth("/sign-out", {}, person.cookie)).status).toBe(200);
    expect(await latest("auth.sign-out")).toMatchObject({ actor: person.email, outcome: "ok" });
  });

  it("records an administrator's role change, disabling and session revocation, naming whom", async () => {
    const person = await harness.person("viewer");
    const { id } = await harness.runtime.database.db
      .selectFrom("user")
      .select("id")
      .where("email", "=", person.email)
      .executeTakeFirstOrThrow();
    expect((await auth("/admin/set-role", { userId: id, role: "operator" }, admin.cookie)).status).toBe(200);
    const changed = await latest("users.set-role");
    expect(changed).toMatchObject({ actor: admin.email, actor_role: "admin", outcome: "ok" });
    expect(JSON.parse(changed.detail!)).toEqual({
      target: person.email,
      previousRole: "viewer",
      role: "operator",
    });
    expect(JSON.parse(changed.resources)).toEqual([person.email]);
    expect((await auth("/admin/revoke-user-sessions", { userId: id }, admin.cookie)).status).toBe(200);
    expect(await latest("users.revoke-sessions")).toMatchObject({ actor: admin.email, outcome: "ok" });
    expect((await auth("/admin/ban-user", { userId: id }, admin.cookie)).status).toBe(200);
    expect(JSON.parse((await latest("users.disable")).detail!)).toMatchObject({ target: person.email });
  });

  it("records a non-administrator's user change as refused for the role", async () => {
    const operator = await harness.person("operator");
    const response = await auth("/admin/set-role", { userId: "someone", role: "admin" }, operator.cookie);
    expect(response.status).toBe(403);
    expect(await latest("users.set-role")).toMatchObject({
      actor: operator.email,
      outcome: "refused",
      reason: "role",
    });
  });

  it("records the users command line's changes as the actor cli", async () => {
    const person = await harness.person("viewer");
    const { stdout } = await execFileAsync(
      process.execPath,
      ["scripts/users.mjs", "set-role", person.email, "operator"],
      {
        env: { ...process.env, ...harness.env },
      },
    );
    expect(stdout).toContain("is now operator");
    const changed = await latest("users.set-role");
    expect(changed).toMatchObject({ actor: "cli", actor_type: "cli", outcome: "ok" });
    expect(JSON.parse(changed.detail!)).toEqual({
      target: person.email,
      role: "operator",
      previousRole: "viewer",
    });
    await expect(
      execFileAsync(process.execPath, ["scripts/users.mjs", "set-role", "missing@example.com", "admin"], {
        env: { ...process.env, ...harness.env },
      }),
    ).rejects.toThrow();
    expect(await latest("users.set-role")).toMatchObject({
      actor: "cli",
      outcome: "refused",
      error_code: "UnknownUser",
    });
  });
});
