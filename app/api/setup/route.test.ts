import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { guard } from "@/lib/auth/guard";
import { consumeSetupToken, issueSetupToken, SETUP_TOKEN_TTL_MS } from "@/lib/auth/setup-token";
import { accounts } from "@/lib/auth/users";
import { startConsoleHarness, TEST_ORIGIN, type ConsoleHarness } from "@/lib/testing/console-harness";
import { ENGINES } from "@/lib/testing/test-databases";
import { POST } from "./route";

// The one-time setup link: it creates the first administrator and signs them in, once.
const ADMIN = {
  name: "First Admin",
  email: "first-admin@example.com",
  password: "the first admin's password",
};

function setup(body: unknown, headers: Record<string, string> = {}) {
  return POST(
    new Request("http://127.0.0.1:3000/api/setup", {
      method: "POST",
      headers: {
        host: "127.0.0.1:3000",
        origin: TEST_ORIGIN,
        "content-type": "application/json",
        ...headers,
      },
      body: typeof body === "string" ? body : JSON.stringify(body),
    }),
  );
}

async function usersIn(harness: ConsoleHarness) {
  return accounts(harness.runtime.auth).list();
}

describe.each(ENGINES)("POST /api/setup (%s)", (engine) => {
  let harness: ConsoleHarness;
  beforeAll(async () => {
    harness = await startConsoleHarness(engine);
  });
  afterAll(() => harness.close());
  const db = () => harness.runtime.database.db;

  it("refuses an unknown token with 400, a used or expired one with 410, and creates nobody", async () => {
    const expired = (await issueSetupToken(db(), Date.now() - SETUP_TOKEN_TTL_MS - 1000))!;
    const used = (await issueSetupToken(db()))!;
    expect(await consumeSetupToken(db(), used)).toBe(true);
    const cases = [
      ["no-such-token", 400, "InvalidSetupToken"],
      [expired, 410, "SetupTokenExpired"],
      [used, 410, "SetupTokenUsed"],
    ] as const;
    for (const [token, status, code] of cases) {
      const response = await setup({ ...ADMIN, token });
      expect(response.status).toBe(status);
      expect(await response.json()).toMatchObject({ error: { source: "auth", code, outcome: "refused" } });
      expect(response.headers.getSetCookie()).toEqual([]);
    }
    expect(await usersIn(harness)).toEqual([]);
  });

  it("answers bad input with 400 and field paths, and leaves the token usable", async () => {
    const token = (await issueSetupToken(db()))!;
    const short = await setup({ ...ADMIN, token, password: "elevenchars" });
    expect(short.status).toBe(400);
    const { error } = (await short.json()) as { error: { fields: { path: string; message: string }[] } };
    expect(error).toMatchObject({ source: "request", code: "InvalidInput" });
    expect(error.fields).toEqual([{ path: "password", message: "Use at least 12 characters." }]);
    const zh = await setup({ token, name: " ", email: "nope", password: "x" }, { cookie: "locale=zh-CN" });
    const paths = ((await zh.json()) as { error: { fields: { path: string; message: string }[] } }).error
      .fields;
    expect(paths.map((f) => f.path).sort()).toEqual(["email", "name", "password"]);
    expect(paths.find((f) => f.path === "password")!.message).toMatch(/[\u4e00-\u9fff]/);
    expect((await setup("{not json")).status).toBe(400);
    expect(await usersIn(harness)).toEqual([]);
    expect(await consumeSetupToken(db(), token)).toBe(true);
  });

  it("refuses a request for another host or without a same-origin proof", async () => {
    const token = (await issueSetupToken(db()))!;
    expect((await setup({ ...ADMIN, token }, { host: "attacker.example" })).status).toBe(421);
    expect((await setup({ ...ADMIN, token }, { origin: "http://evil.example" })).status).toBe(403);
    const bare = await POST(
      new Request("http://127.0.0.1:3000/api/setup", {
        method: "POST",
        headers: { host: "127.0.0.1:3000", "content-type": "application/json" },
        body: JSON.stringify({ ...ADMIN, token }),
      }),
    );
    expect(bare.status).toBe(403);
    expect(await usersIn(harness)).toEqual([]);
  });

  it("refuses any request carrying an API token (403 Forbidden.Token) and leaves the link unspent", async () => {
    const token = (await issueSetupToken(db()))!;
    const withToken = await setup({ ...ADMIN, token }, { authorization: "Bearer cnc_anything" });
    expect(withToken.status).toBe(403);
    expect(await withToken.json()).toMatchObject({ error: { source: "auth", code: "Forbidden.Token" } });
    expect(await usersIn(harness)).toEqual([]);
    expect(await consumeSetupToken(db(), token)).toBe(true);
  });

  it("an email already taken by a non-administrator is a 4xx on the email field, and the token survives", async () => {
    await accounts(harness.runtime.auth).add({
      email: "taken@example.com",
      role: "viewer",
      password: "a viewer's long password",
    });
    const token = (await issueSetupToken(db()))!;
    const response = await setup({ ...ADMIN, token, email: "Taken@example.com" });
    expect(response.status).toBe(409);
    expect(await response.json()).toMatchObject({
      error: { source: "auth", code: "EmailTaken", fields: [{ path: "email" }] },
    });
    expect((await usersIn(harness)).map((u) => u.role)).toEqual(["viewer"]);
    expect(await consumeSetupToken(db(), token)).toBe(true);
  });

  it("a valid token creates the administrator and signs them in; then it is spent", async () => {
    const token = (await issueSetupToken(db()))!;
    const spare = (await issueSetupToken(db()))!;
    const response = await setup({ ...ADMIN, token, email: "First-Admin@Example.com" });
    expect(response.status).toBe(200);
    const cookie = response.headers
      .getSetCookie()
      .map((c) => c.split(";")[0])
      .join("; ");
    const checked = await guard(
      new Request("http://127.0.0.1:3000/api/overview", { headers: harness.headersFor(cookie) }),
      "admin",
    );
    expect(checked.ok && checked.actor).toMatchObject({ email: ADMIN.email, role: "admin" });

    // Replayed, or another link printed before the administrator existed: 409, nobody else is created.
    for (const again of [token, spare]) {
      const replay = await setup({ ...ADMIN, token: again, email: "second-admin@example.com" });
      expect(replay.status).toBe(409);
      expect(await replay.json()).toMatchObject({ error: { source: "auth", code: "SetupDone" } });
    }
    expect((await usersIn(harness)).filter((u) => u.role === "admin").map((u) => u.email)).toEqual([
      ADMIN.email,
    ]);
    // And no new link is issued while an administrator exists.
    expect(await issueSetupToken(db())).toBeNull();
  });
});

describe.each(ENGINES)("POST /api/setup under a race (%s)", (engine) => {
  let harness: ConsoleHarness;
  beforeEach(async () => {
    harness = await startConsoleHarness(engine);
  });
  afterEach(() => harness.close());

  async function race(tokens: string[]) {
    const answers = await Promise.all(
      tokens.map((token, i) => setup({ ...ADMIN, token, email: `racer-${i}@example.com` })),
    );
    const codes = await Promise.all(
      answers.map(async (r) => (r.ok ? "ok" : ((await r.json()) as { error: { code: string } }).error.code)),
    );
    const admins = (await usersIn(harness)).filter((u) => u.role === "admin");
    return { statuses: answers.map((r) => r.status), codes, admins };
  }

  it("one token used by 6 requests at once makes exactly one administrator", async () => {
    const token = (await issueSetupToken(harness.runtime.database.db))!;
    const { statuses, codes, admins } = await race(Array.from({ length: 6 }, () => token));
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    for (const [i, status] of statuses.entries()) {
      if (status === 200) continue;
      expect([409, 410]).toContain(status);
      expect(["SetupTokenUsed", "SetupInProgress", "SetupDone"]).toContain(codes[i]);
    }
    expect(admins).toHaveLength(1);
  });

  it("6 different valid links used at once make exactly one administrator; the others get 409", async () => {
    const db = harness.runtime.database.db;
    const tokens = await Promise.all(Array.from({ length: 6 }, async () => (await issueSetupToken(db))!));
    const { statuses, codes, admins } = await race(tokens);
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(5);
    for (const code of codes.filter((c) => c !== "ok"))
      expect(["SetupInProgress", "SetupDone"]).toContain(code);
    expect(admins).toHaveLength(1);
    // The losers' links were not spent by a refused attempt, but setup is over for everyone now.
    const again = await setup({ ...ADMIN, token: tokens[codes.indexOf("SetupInProgress")] ?? tokens[0]! });
    expect(again.status).toBe(409);
  });
});
