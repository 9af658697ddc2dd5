import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { GET as authGet, POST as authEndpoint } from "@/app/api/auth/[...all]/route";
import { POST as operation } from "@/app/api/operations/[id]/route";
import { startCaptureServer } from "@/lib/cloud/capture-server.fixture";
import { startConsoleHarness, TEST_ORIGIN, type ConsoleHarness } from "@/lib/testing/console-harness";
import { ENGINES } from "@/lib/testing/test-databases";
import { guard } from "./guard";
import { accounts } from "./users";

// A session ends the moment it should: disabled person, revoked session, idle or absolute limit — refused on the
// very next request, with nothing forwarded to the cloud. Times are moved in the database instead of waited for.
const QUERY = "aliyun.vpc.DescribeRouterInterfaces";
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const cloud = await startCaptureServer(() => ({ status: 200, body: { RequestId: "REQ-1" } }));
const savedEnv = { ...process.env };
Object.assign(process.env, {
  CLOUD_MODE: "",
  ALIBABA_CLOUD_ENDPOINT: cloud.baseUrl,
  VOLCENGINE_ENDPOINT: cloud.baseUrl,
});
afterAll(async () => {
  process.env = savedEnv;
  await cloud.close();
});

function read(harness: ConsoleHarness, cookie: string) {
  const request = new Request(`http://127.0.0.1:3000/api/operations/${QUERY}`, {
    method: "POST",
    headers: harness.headersFor(cookie),
    body: JSON.stringify({ region: "cn-hangzhou", input: {} }),
  });
  return operation(request, { params: Promise.resolve({ id: QUERY }) });
}

function authPost(path: string, cookie: string, body: unknown = {}) {
  return authEndpoint(
    new Request(`http://127.0.0.1:3000/api/auth${path}`, {
      method: "POST",
      headers: { host: "127.0.0.1:3000", origin: TEST_ORIGIN, "content-type": "application/json", cookie },
      body: JSON.stringify(body),
    }),
  );
}

async function sessionsOf(harness: ConsoleHarness, email: string) {
  const ctx = await harness.runtime.auth.$context;
  const found = await ctx.internalAdapter.findUserByEmail(email);
  return ctx.internalAdapter.listSessions(found!.user.id);
}

async function moveSession(
  harness: ConsoleHarness,
  email: string,
  times: { createdAt?: Date; expiresAt?: Date },
) {
  const [session] = await sessionsOf(harness, email);
  await (await harness.runtime.auth.$context).internalAdapter.updateSession(session!.token, times);
}

function guardOf(harness: ConsoleHarness, cookie: string) {
  return guard(new Request("http://127.0.0.1:3000/api/overview", { headers: harness.headersFor(cookie) }));
}

/** The session cookie pair better-auth set at sign-in (`name=<URI-encoded token.signature>`). */
async function sessionPairOf(harness: ConsoleHarness, cookie: string) {
  const { name } = (await harness.runtime.auth.$context).authCookies.sessionToken;
  return cookie.split("; ").find((pair) => pair.startsWith(`${name}=`))!;
}

async function expectRefused(harness: ConsoleHarness, cookie: string) {
  const response = await read(harness, cookie);
  expect(response.status).toBe(401);
  expect(await response.json()).toMatchObject({ error: { source: "auth", code: "Unauthenticated" } });
}

describe.each(ENGINES)("sessions end on the very next request (%s)", (engine) => {
  let harness: ConsoleHarness;
  beforeAll(async () => {
    harness = await startConsoleHarness(engine);
  });
  afterAll(() => harness.close());
  beforeEach(() => {
    cloud.requests.length = 0;
  });

  it("a disabled person is refused, and can work again once enabled", async () => {
    const { email, cookie } = await harness.person("operator");
    expect((await read(harness, cookie)).status).toBe(200);
    await accounts(harness.runtime.auth).disable(email);
    await expectRefused(harness, cookie);
    await expect(harness.signIn(email)).rejects.toThrow(/failed/);
    await accounts(harness.runtime.auth).enable(email);
    expect((await read(harness, await harness.signIn(email))).status).toBe(200);
    expect(cloud.requests).toHaveLength(2);
  });

  it("a ban that leaves the session row behind is still refused (the guard reads the user)", async () => {
    const { email, cookie } = await harness.person("operator");
    await harness.runtime.database.db
      .updateTable("user")
      .set({ banned: true })
      .where("email", "=", email)
      .execute();
    expect(await sessionsOf(harness, email)).toHaveLength(1);
    await expectRefused(harness, cookie);
    expect(cloud.requests).toHaveLength(0);
  });

  it("an administrator disabling someone on the Users page ends their sessions", async () => {
    const admin = await harness.person("admin");
    const { email, cookie } = await harness.person("operator");
    const ctx = await harness.runtime.auth.$context;
    const userId = (await ctx.internalAdapter.findUserByEmail(email))!.user.id;
    const banned = await authPost("/admin/ban-user", admin.cookie, { userId });
    expect(banned.status).toBe(200);
    await expectRefused(harness, cookie);
    expect(cloud.requests).toHaveLength(0);
  });

  it("revoked sessions are refused: by the users command, by sign out and by sign out everywhere", async () => {
    const { email, cookie } = await harness.person("viewer");
    await accounts(harness.runtime.auth).revokeSessions(email);
    await expectRefused(harness, cookie);

    const laptop = await harness.signIn(email);
    const phone = await harness.signIn(email);
    expect((await authPost("/sign-out", laptop)).status).toBe(200);
    await expectRefused(harness, laptop);
    expect((await read(harness, phone)).status).toBe(200);

    const tablet = await harness.signIn(email);
    expect((await authPost("/revoke-sessions", tablet)).status).toBe(200);
    await expectRefused(harness, phone);
    await expectRefused(harness, tablet);
    expect(await sessionsOf(harness, email)).toHaveLength(0);
    expect(cloud.requests).toHaveLength(1);
  });

  it("an idle session expires; one in use is pushed back by the idle limit", async () => {
    const idle = await harness.person("viewer");
    await moveSession(harness, idle.email, { expiresAt: new Date(Date.now() - 1000) });
    await expectRefused(harness, idle.cookie);

    const busy = await harness.person("viewer");
    const [fresh] = await sessionsOf(harness, busy.email);
    expect(fresh!.expiresAt.getTime()).toBeGreaterThan(Date.now() + 12 * HOUR - 60_000);
    expect(fresh!.expiresAt.getTime()).toBeLessThanOrEqual(Date.now() + 12 * HOUR);
    // Last pushed back long enough ago that this request refreshes it: 30 minutes left becomes 12 hours.
    await moveSession(harness, busy.email, { expiresAt: new Date(Date.now() + 30 * 60_000) });
    expect((await read(harness, busy.cookie)).status).toBe(200);
    const [pushed] = await sessionsOf(harness, busy.email);
    expect(pushed!.expiresAt.getTime()).toBeGreaterThan(Date.now() + 12 * HOUR - 60_000);
  });

  it("a session past updateAge is pushed back once, and its cookie re-set as better-auth signs it", async () => {
    const busy = await harness.person("viewer");
    const signInPair = await sessionPairOf(harness, busy.cookie);
    // 12 h idle, 5 min updateAge: 11 h 50 min left means it was last pushed back 10 minutes ago.
    const due = new Date(Date.now() + 11 * HOUR + 50 * 60_000);
    await moveSession(harness, busy.email, { expiresAt: due });
    const first = await guardOf(harness, busy.cookie);
    expect(first.ok && first.sessionCookie).toBeTruthy();
    const cookie = first.ok ? first.sessionCookie! : null;
    const [pushed] = await sessionsOf(harness, busy.email);
    expect(pushed!.expiresAt.getTime()).toBeGreaterThan(Date.now() + 12 * HOUR - 60_000);
    // The same signed value better-auth gave at sign-in, and its Max-Age (the idle limit) from now on.
    const header = `${cookie!.name}=${encodeURIComponent(cookie!.value)}`;
    expect(header).toBe(signInPair);
    expect(cookie!.options).toMatchObject({ maxAge: 12 * 3600, httpOnly: true, sameSite: "lax", path: "/" });
    const seen = await harness.runtime.auth.api.getSession({ headers: new Headers({ cookie: header }) });
    expect(seen?.user.email).toBe(busy.email);

    // Just pushed back: the next request neither writes nor re-sets the cookie.
    const second = await guardOf(harness, busy.cookie);
    expect(second.ok && second.sessionCookie).toBe(undefined);
    const [same] = await sessionsOf(harness, busy.email);
    expect(same!.expiresAt.getTime()).toBe(pushed!.expiresAt.getTime());
  });

  it("a session not yet past updateAge gets no write and no cookie; an expired one is still 401", async () => {
    const fresh = await harness.person("viewer");
    const [before] = await sessionsOf(harness, fresh.email);
    const checked = await guardOf(harness, fresh.cookie);
    expect(checked.ok && checked.sessionCookie).toBe(undefined);
    const [after] = await sessionsOf(harness, fresh.email);
    expect(after!.expiresAt.getTime()).toBe(before!.expiresAt.getTime());

    await moveSession(harness, fresh.email, { expiresAt: new Date(Date.now() - 1000) });
    const refused = await guardOf(harness, fresh.cookie);
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.response.status).toBe(401);
    const [still] = await sessionsOf(harness, fresh.email);
    expect(still!.expiresAt.getTime()).toBeLessThan(Date.now());
  });

  it("a page's keep-alive (better-auth's get-session) pushes a due session back and re-sets the cookie", async () => {
    const busy = await harness.person("viewer");
    await moveSession(harness, busy.email, { expiresAt: new Date(Date.now() + 11 * HOUR) });
    const response = await authGet(
      new Request("http://127.0.0.1:3000/api/auth/get-session", { headers: harness.headersFor(busy.cookie) }),
    );
    expect(response.status).toBe(200);
    const pair = await sessionPairOf(harness, busy.cookie);
    const set = response.headers.getSetCookie().find((c) => c.startsWith(`${pair}; `));
    expect(set).toMatch(/Max-Age=43200/);
    const [pushed] = await sessionsOf(harness, busy.email);
    expect(pushed!.expiresAt.getTime()).toBeGreaterThan(Date.now() + 12 * HOUR - 60_000);
  });

  it("concurrent requests of a due session write it once and re-set the cookie once", async () => {
    const busy = await harness.person("operator");
    await moveSession(harness, busy.email, { expiresAt: new Date(Date.now() + 11 * HOUR) });
    const results = await Promise.all(Array.from({ length: 6 }, () => guardOf(harness, busy.cookie)));
    expect(results.every((r) => r.ok)).toBe(true);
    expect(results.filter((r) => r.ok && r.sessionCookie)).toHaveLength(1);
  });

  it("the absolute limit (7 days by default) ends even a busy session, and deletes it", async () => {
    const { email, cookie } = await harness.person("operator");
    await moveSession(harness, email, { createdAt: new Date(Date.now() - 6 * DAY) });
    expect((await read(harness, cookie)).status).toBe(200);
    await moveSession(harness, email, {
      createdAt: new Date(Date.now() - 7 * DAY - 60_000),
      expiresAt: new Date(Date.now() + 6 * HOUR),
    });
    await expectRefused(harness, cookie);
    expect(await sessionsOf(harness, email)).toHaveLength(0);
    expect(cloud.requests).toHaveLength(1);
  });
});

describe.each(ENGINES)("SESSION_IDLE_HOURS and SESSION_MAX_DAYS (%s)", (engine) => {
  let harness: ConsoleHarness;
  beforeAll(async () => {
    harness = await startConsoleHarness(engine, { SESSION_IDLE_HOURS: "1", SESSION_MAX_DAYS: "1" });
  });
  afterAll(() => harness.close());

  it("a new session lasts the configured idle time", async () => {
    const { email } = await harness.person("viewer");
    const [session] = await sessionsOf(harness, email);
    expect(session!.expiresAt.getTime()).toBeGreaterThan(Date.now() + HOUR - 60_000);
    expect(session!.expiresAt.getTime()).toBeLessThanOrEqual(Date.now() + HOUR);
  });

  it("the configured absolute limit holds", async () => {
    const { email, cookie } = await harness.person("viewer");
    await moveSession(harness, email, { createdAt: new Date(Date.now() - 23 * HOUR) });
    expect((await read(harness, cookie)).status).toBe(200);
    await moveSession(harness, email, { createdAt: new Date(Date.now() - 25 * HOUR) });
    await expectRefused(harness, cookie);
  });
});
