import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHash } from "node:crypto";
import { accounts } from "@/lib/auth/users";
import { startConsoleHarness, type ConsoleHarness } from "@/lib/testing/console-harness";
import { ENGINES } from "@/lib/testing/test-databases";
import { MAX_TOKENS_PER_USER, type TokenSummary } from "@/lib/tokens/token-rules";
import { tokenClient } from "./token-client.fixture";

// Personal API tokens as their owners and administrators manage them (cookie sessions only).
describe.each(ENGINES)("/api/tokens (%s)", (engine) => {
  let harness: ConsoleHarness;
  let client: ReturnType<typeof tokenClient>;
  let viewer: { email: string; cookie: string };
  let operator: { email: string; cookie: string };
  let admin: { email: string; cookie: string };
  beforeAll(async () => {
    harness = await startConsoleHarness(engine);
    client = tokenClient(harness);
    viewer = await harness.person("viewer");
    operator = await harness.person("operator");
    admin = await harness.person("admin");
  });
  afterAll(() => harness.close());

  const db = () => harness.runtime.database.db;
  const listOf = async (response: Response) => ((await response.json()) as { tokens: TokenSummary[] }).tokens;

  it("shows the secret once, stores only its SHA-256, and lists the token without either", async () => {
    const response = await client.create(operator.cookie, {
      name: "nightly sync",
      role: "operator",
      expiresInDays: 30,
    });
    expect(response.status).toBe(201);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const { token, secret } = (await response.json()) as { token: TokenSummary; secret: string };
    expect(secret).toMatch(/^cnc_[A-Za-z0-9_-]{43}$/);
    expect(token).toMatchObject({
      name: "nightly sync",
      role: "operator",
      hint: secret.slice(-4),
      revokedAt: null,
    });
    expect(token.expiresAt - token.createdAt).toBe(30 * 86_400_000);
    const row = await db()
      .selectFrom("api_token")
      .selectAll()
      .where("id", "=", token.id)
      .executeTakeFirstOrThrow();
    expect(row.token_hash).toBe(createHash("sha256").update(secret).digest("hex"));
    const listed = await client.list(harness.headersFor(operator.cookie));
    const text = JSON.stringify(await listed.clone().json());
    expect(text).not.toContain(secret);
    expect(text).not.toContain(row.token_hash);
    expect((await listOf(listed)).map((t) => t.name)).toContain("nightly sync");
    // The trail records who created which token, never its secret.
    const event = await db()
      .selectFrom("audit_event")
      .selectAll()
      .where("action", "=", "tokens.create")
      .orderBy("seq", "desc")
      .executeTakeFirstOrThrow();
    expect(event).toMatchObject({ actor: operator.email, outcome: "ok" });
    expect(JSON.parse(event.detail!)).toMatchObject({ token: "nightly sync", tokenId: token.id });
    expect(JSON.stringify(event)).not.toContain(secret);
  });

  it("refuses a token above the creator's role, a year-plus expiry and a bad name, creating nothing", async () => {
    const before = (await db().selectFrom("api_token").selectAll().execute()).length;
    const over = await client.create(viewer.cookie, {
      name: "escalate",
      role: "operator",
      expiresInDays: 30,
    });
    expect(over.status).toBe(403);
    expect(await over.json()).toMatchObject({ error: { code: "Forbidden.TokenRole", outcome: "refused" } });
    const adminByOperator = await client.create(operator.cookie, {
      name: "x",
      role: "admin",
      expiresInDays: 1,
    });
    expect(adminByOperator.status).toBe(403);
    for (const body of [
      { name: "long", role: "viewer", expiresInDays: 366 },
      { name: "zero", role: "viewer", expiresInDays: 0 },
      { name: "", role: "viewer", expiresInDays: 30 },
      { name: "ok", role: "root", expiresInDays: 30 },
      { name: "-leading dash", role: "viewer", expiresInDays: 30 },
      // Only a whole number of days, as a number or the form's digits: nothing JavaScript would coerce into one.
      { name: "bool", role: "viewer", expiresInDays: true },
      { name: "array", role: "viewer", expiresInDays: [30] },
      { name: "exponent", role: "viewer", expiresInDays: "1e2" },
      { name: "hex", role: "viewer", expiresInDays: "0x10" },
    ]) {
      const response = await client.create(viewer.cookie, body);
      expect(response.status, JSON.stringify(body)).toBe(400);
      const { error } = await response.json();
      expect(error.code).toBe("InvalidInput");
      expect(error.fields.length).toBeGreaterThan(0);
    }
    expect((await db().selectFrom("api_token").selectAll().execute()).length).toBe(before);
  });

  it("words every refusal of bad input in the person's language, a wrong type or a non-object body included", async () => {
    const cases: [unknown, string][] = [
      [{ name: 42, role: "viewer", expiresInDays: 30 }, "name"],
      [{ name: "ok", role: "viewer", expiresInDays: 400 }, "expiresInDays"],
      [{ name: "ok", role: ["admin"], expiresInDays: 30 }, "role"],
      [null, ""],
      [["name"], ""],
    ];
    for (const [body, path] of cases) {
      const zh = await client.create(viewer.cookie, body as Record<string, unknown>, {
        "accept-language": "zh-CN",
      });
      expect(zh.status, JSON.stringify(body)).toBe(400);
      const { error } = await zh.json();
      expect(error.message).toMatch(/[\u4e00-\u9fff]/);
      expect(error.fields.map((f: { path: string }) => f.path)).toEqual([path]);
      for (const field of error.fields)
        expect(field.message, JSON.stringify(body)).toMatch(/[\u4e00-\u9fff]/);
      const en = await client.create(viewer.cookie, body as Record<string, unknown>, {
        "accept-language": "en",
      });
      const english = (await en.json()).error.fields[0].message;
      expect(english).not.toMatch(/[\u4e00-\u9fff]/);
      expect(english).not.toMatch(/^Invalid input/);
    }
  });

  it("stops at 50 live tokens per person (a script minting tokens in a loop), revoked and expired ones not counted", async () => {
    const person = await harness.person("viewer");
    const [row] = await db().selectFrom("user").select("id").where("email", "=", person.email).execute();
    const now = Date.now();
    const rows = Array.from({ length: MAX_TOKENS_PER_USER + 2 }, (_, i) => ({
      id: `bulk-${engine}-${i}`,
      user_id: row!.id,
      name: `bulk ${i}`,
      token_hash: `hash-${engine}-${person.email}-${i}`,
      hint: "abcd",
      role: "viewer",
      created_at: now,
      // Two of them no longer live: one expired, one revoked.
      expires_at: i === 0 ? now - 1 : now + 86_400_000,
      last_used_at: null,
      revoked_at: i === 1 ? now : null,
      revoked_by: null,
    }));
    await db().insertInto("api_token").values(rows).execute();
    const refused = await client.create(person.cookie, {
      name: "one more",
      role: "viewer",
      expiresInDays: 1,
    });
    expect(refused.status).toBe(409);
    expect(await refused.json()).toMatchObject({ error: { code: "LimitExceeded.Tokens" } });
    expect((await client.revoke(harness.headersFor(person.cookie), rows[2]!.id)).status).toBe(200);
    expect(
      (await client.create(person.cookie, { name: "one more", role: "viewer", expiresInDays: 1 })).status,
    ).toBe(201);
  });

  it("needs a session and a same-origin page to create one", async () => {
    const anonymous = await client.create("", { name: "anon", role: "viewer", expiresInDays: 1 });
    expect(anonymous.status).toBe(401);
    const foreign = await client.create(
      viewer.cookie,
      { name: "csrf", role: "viewer", expiresInDays: 1 },
      { origin: "http://evil.example" },
    );
    expect(foreign.status).toBe(403);
    // Revoking is a change too: another site's page (or a bare request) cannot revoke with the cookie.
    const { token } = await client.secret(viewer.cookie, "viewer");
    const bare = { host: "127.0.0.1:3000", cookie: viewer.cookie };
    expect((await client.revoke(bare, token.id)).status).toBe(403);
    expect((await client.revoke({ ...bare, origin: "http://evil.example" }, token.id)).status).toBe(403);
    const row = await db()
      .selectFrom("api_token")
      .select("revoked_at")
      .where("id", "=", token.id)
      .executeTakeFirstOrThrow();
    expect(row.revoked_at).toBeNull();
  });

  it("lets owners revoke their own tokens, hides others' tokens, and lets administrators see and revoke all", async () => {
    const mine = await client.secret(viewer.cookie, "viewer", "viewer's script");
    const theirs = await client.secret(operator.cookie, "viewer", "operator's script");
    // Not the owner, not an administrator: someone else's token does not exist for you.
    const notYours = await client.revoke(harness.headersFor(viewer.cookie), theirs.token.id);
    expect(notYours.status).toBe(404);
    expect(
      (await listOf(await client.list(harness.headersFor(viewer.cookie)))).map((t) => t.id),
    ).not.toContain(theirs.token.id);
    expect((await client.list(harness.headersFor(viewer.cookie), "all")).status).toBe(403);
    // `?scope=all&scope=mine` could mean either list: refused by name, not read as the first value.
    const twice = await client.list(harness.headersFor(admin.cookie), "all&scope=mine");
    expect(twice.status).toBe(400);
    expect(await twice.json()).toMatchObject({
      error: { code: "InvalidInput", fields: [{ path: "scope", message: "Give this parameter once." }] },
    });
    // A scope that does not exist is refused by name, not answered with one's own list as if it were "mine".
    const unknown = await client.list(harness.headersFor(admin.cookie), "everyone");
    expect(unknown.status).toBe(400);
    expect(await unknown.json()).toMatchObject({
      error: { code: "InvalidInput", fields: [{ path: "scope", message: "Use scope=mine or scope=all." }] },
    });
    expect((await client.list(harness.headersFor(viewer.cookie), "mine")).status).toBe(200);

    expect((await client.revoke(harness.headersFor(viewer.cookie), mine.token.id)).status).toBe(200);
    const all = await listOf(await client.list(harness.headersFor(admin.cookie), "all"));
    expect(all.find((t) => t.id === mine.token.id)).toMatchObject({
      owner: viewer.email,
      revokedAt: expect.any(Number),
    });
    expect(all.find((t) => t.id === theirs.token.id)).toMatchObject({
      owner: operator.email,
      revokedAt: null,
    });

    expect((await client.revoke(harness.headersFor(admin.cookie), theirs.token.id)).status).toBe(200);
    const row = await db()
      .selectFrom("api_token")
      .selectAll()
      .where("id", "=", theirs.token.id)
      .executeTakeFirstOrThrow();
    expect(row.revoked_at).not.toBeNull();
    const adminId = (await accounts(harness.runtime.auth).list()).find((a) => a.email === admin.email)!.id;
    expect(row.revoked_by).toBe(adminId);
    const event = await db()
      .selectFrom("audit_event")
      .selectAll()
      .where("action", "=", "tokens.revoke")
      .orderBy("seq", "desc")
      .executeTakeFirstOrThrow();
    expect(event).toMatchObject({ actor: admin.email, outcome: "ok" });
    expect(JSON.parse(event.detail!)).toMatchObject({ token: "operator's script", target: operator.email });
  });

  it("never accepts a token on the token routes themselves", async () => {
    const { secret, token } = await client.secret(admin.cookie, "admin");
    const bearer = {
      host: "127.0.0.1:3000",
      authorization: `Bearer ${secret}`,
      "content-type": "application/json",
    };
    const created = await client.create("", { name: "minted", role: "admin", expiresInDays: 1 }, bearer);
    expect(created.status).toBe(403);
    expect(await created.json()).toMatchObject({ error: { code: "Forbidden.Token" } });
    expect((await client.list(bearer)).status).toBe(403);
    expect((await client.list(bearer, "all")).status).toBe(403);
    expect((await client.revoke(bearer, token.id)).status).toBe(403);
    const row = await db()
      .selectFrom("api_token")
      .selectAll()
      .where("id", "=", token.id)
      .executeTakeFirstOrThrow();
    expect(row.revoked_at).toBeNull();
    expect(await db().selectFrom("api_token").selectAll().where("name", "=", "minted").execute()).toEqual([]);
  });
});
