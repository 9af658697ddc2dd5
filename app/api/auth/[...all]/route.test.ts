import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SIGN_IN_WINDOW_MS } from "@/lib/auth/sign-in-limit";
import {
  startConsoleHarness,
  TEST_ORIGIN,
  TEST_PASSWORD,
  type ConsoleHarness,
} from "@/lib/testing/console-harness";
import { ENGINES } from "@/lib/testing/test-databases";
import { GET, POST } from "./route";

// better-auth's endpoints behind the console's entrance: sign-in limits (per account and per client address, in
// the database) and the password change, on a real runtime.
let ipCounter = 0;
const freshIp = () => `198.51.100.${++ipCounter}`;

function post(path: string, body: unknown, headers: Record<string, string> = {}) {
  return POST(
    new Request(`http://127.0.0.1:3000/api/auth${path}`, {
      method: "POST",
      headers: {
        host: "127.0.0.1:3000",
        origin: TEST_ORIGIN,
        "content-type": "application/json",
        "x-cloudnet-client-ip": freshIp(),
        ...headers,
      },
      body: JSON.stringify(body),
    }),
  );
}

const signIn = (email: string, password: string, ip = freshIp()) =>
  post("/sign-in/email", { email, password }, { "x-cloudnet-client-ip": ip });

async function expectLimited(response: Response) {
  expect(response.status).toBe(429);
  const retryAfter = Number(response.headers.get("retry-after"));
  expect(retryAfter).toBeGreaterThan(SIGN_IN_WINDOW_MS / 1000 - 60);
  expect(retryAfter).toBeLessThanOrEqual(SIGN_IN_WINDOW_MS / 1000);
  return response.json();
}

describe.each(ENGINES)("sign-in limits (%s)", (engine) => {
  let harness: ConsoleHarness;
  beforeAll(async () => {
    harness = await startConsoleHarness(engine);
  });
  afterAll(() => harness.close());

  it("after 5 failures for one account, even the right password gets 429 with Retry-After", async () => {
    const { email } = await harness.person("operator");
    for (let i = 0; i < 5; i++) expect((await signIn(email, "wrong password, long enough")).status).toBe(401);
    const limited = await expectLimited(await signIn(email.toUpperCase(), TEST_PASSWORD));
    expect(limited).toMatchObject({ code: "TOO_MANY_ATTEMPTS" });
    // Nobody signed in: no session was made for the refused attempt.
    const ctx = await harness.runtime.auth.$context;
    const user = (await ctx.internalAdapter.findUserByEmail(email))!.user;
    expect(await ctx.internalAdapter.listSessions(user.id)).toHaveLength(1);
  });

  it("after 5 failures from one address, that address is refused for every account", async () => {
    const { email } = await harness.person("viewer");
    const ip = freshIp();
    for (let i = 0; i < 5; i++)
      expect((await signIn(`nobody-${i}@example.com`, "a guess at a password", ip)).status).toBe(401);
    await expectLimited(await signIn(email, TEST_PASSWORD, ip));
    // Another address is not held back by this one's failures.
    expect((await signIn(email, TEST_PASSWORD)).status).toBe(200);
  });

  it("answers an unknown email exactly as a known one, wrong and limited alike", async () => {
    const { email } = await harness.person("viewer");
    const unknown = "no-such-person@example.com";
    const wrongKnown = await signIn(email, "not the password at all");
    const wrongUnknown = await signIn(unknown, "not the password at all");
    expect(wrongUnknown.status).toBe(wrongKnown.status);
    expect(await wrongUnknown.json()).toEqual(await wrongKnown.json());
    for (let i = 0; i < 4; i++) {
      await signIn(email, "not the password at all");
      await signIn(unknown, "not the password at all");
    }
    const limitedKnown = await expectLimited(await signIn(email, "not the password at all"));
    const limitedUnknown = await expectLimited(await signIn(unknown, "not the password at all"));
    expect(limitedUnknown).toEqual(limitedKnown);
  });

  it("counts failures in the database over a 15 minute window", async () => {
    const { email } = await harness.person("viewer");
    for (let i = 0; i < 5; i++) await signIn(email, "wrong password, long enough");
    await expectLimited(await signIn(email, TEST_PASSWORD));
    const { db } = harness.runtime.database;
    const rows = await db
      .selectFrom("sign_in_failure")
      .select(["id", "at"])
      .where("key", "=", `email:${email}`)
      .execute();
    expect(rows).toHaveLength(5);
    // Once the failures are older than the window, the account may sign in again.
    for (const row of rows)
      await db
        .updateTable("sign_in_failure")
        .set({ at: row.at - SIGN_IN_WINDOW_MS - 1000 })
        .where("id", "=", row.id)
        .execute();
    expect((await signIn(email, TEST_PASSWORD)).status).toBe(200);
  });

  it("the sign-in endpoint itself still demands a same-origin proof and a known host", async () => {
    const { email } = await harness.person("viewer");
    const noProof = await POST(
      new Request("http://127.0.0.1:3000/api/auth/sign-in/email", {
        method: "POST",
        headers: { host: "127.0.0.1:3000", "content-type": "application/json" },
        body: JSON.stringify({ email, password: TEST_PASSWORD }),
      }),
    );
    expect(noProof.status).toBe(403);
    expect(noProof.headers.getSetCookie()).toEqual([]);
    expect((await signIn(email, TEST_PASSWORD)).status).toBe(200);
    const misdirected = await post(
      "/sign-in/email",
      { email, password: TEST_PASSWORD },
      { host: "attacker.example" },
    );
    expect(misdirected.status).toBe(421);
  });
});

describe.each(ENGINES)("arriving from another site (%s)", (engine) => {
  let harness: ConsoleHarness;
  beforeAll(async () => {
    harness = await startConsoleHarness(engine);
  });
  afterAll(() => harness.close());

  const navigate = (path: string, cookie = "") =>
    GET(
      new Request(`http://127.0.0.1:3000/api/auth${path}`, {
        headers: {
          host: "127.0.0.1:3000",
          cookie,
          "sec-fetch-site": "cross-site",
          "sec-fetch-mode": "navigate",
          "sec-fetch-dest": "document",
        },
      }),
    );

  it("the identity provider's redirect to the SSO callback reaches better-auth", async () => {
    const response = await navigate("/callback/oidc?code=abc&state=xyz");
    // No such provider here, so better-auth sends the person to its error page: the entrance let it through.
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toMatch(/error/);
  });

  it("any other auth endpoint stays closed to another site, navigation or not", async () => {
    const { cookie } = await harness.person("viewer");
    const response = await navigate("/get-session", cookie);
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ error: { code: "CrossSiteRequest" } });
  });
});

describe.each(ENGINES)("password change (%s)", (engine) => {
  let harness: ConsoleHarness;
  beforeAll(async () => {
    harness = await startConsoleHarness(engine);
  });
  afterAll(() => harness.close());

  const NEW_PASSWORD = "a brand new password";
  const change = (cookie: string, body: Record<string, unknown>, headers: Record<string, string> = {}) =>
    post("/change-password", { revokeOtherSessions: true, ...body }, { cookie, ...headers });

  it("changes the password, signs out the other sessions and keeps this one", async () => {
    const { email, cookie } = await harness.person("operator");
    const other = await harness.signIn(email);
    const response = await change(cookie, { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD });
    expect(response.status).toBe(200);
    const renewed = response.headers
      .getSetCookie()
      .map((c) => c.split(";")[0])
      .join("; ");
    expect(renewed).toMatch(/session_token=/);
    const session = (h: string) =>
      harness.runtime.auth.api.getSession({ headers: new Headers({ cookie: h }) });
    expect(await session(other)).toBeNull();
    expect(await session(cookie)).toBeNull();
    expect(await session(renewed)).not.toBeNull();
    expect((await signIn(email, TEST_PASSWORD)).status).toBe(401);
    expect((await signIn(email, NEW_PASSWORD)).status).toBe(200);
  });

  it("refuses a new password under 12 characters and changes nothing", async () => {
    const { email, cookie } = await harness.person("viewer");
    const response = await change(cookie, { currentPassword: TEST_PASSWORD, newPassword: "elevenchars" });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ code: "PASSWORD_TOO_SHORT" });
    expect((await signIn(email, TEST_PASSWORD)).status).toBe(200);
  });

  it("refuses a wrong current password, and counts it toward the limit", async () => {
    const { email, cookie } = await harness.person("viewer");
    const wrong = await change(cookie, { currentPassword: "not my password", newPassword: NEW_PASSWORD });
    expect(wrong.status).toBe(400);
    expect(await wrong.json()).toMatchObject({ code: "INVALID_PASSWORD" });
    for (let i = 0; i < 4; i++)
      await change(cookie, { currentPassword: "not my password", newPassword: NEW_PASSWORD });
    await expectLimited(await change(cookie, { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD }));
    // The account is held back now: its right password too.
    expect((await signIn(email, TEST_PASSWORD)).status).toBe(429);
  });

  it("a typo in the new password is not a failed sign-in: it never locks the account", async () => {
    const { email, cookie } = await harness.person("viewer");
    for (let i = 0; i < 6; i++)
      expect((await change(cookie, { currentPassword: TEST_PASSWORD, newPassword: "short" })).status).toBe(
        400,
      );
    expect((await signIn(email, TEST_PASSWORD)).status).toBe(200);
  });

  it("refuses without a session (401) and without a same-origin proof (403)", async () => {
    const { cookie } = await harness.person("viewer");
    const body = { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD };
    expect((await change("", body)).status).toBe(401);
    const unproven = await POST(
      new Request("http://127.0.0.1:3000/api/auth/change-password", {
        method: "POST",
        headers: { host: "127.0.0.1:3000", "content-type": "application/json", cookie },
        body: JSON.stringify(body),
      }),
    );
    expect(unproven.status).toBe(403);
    expect(await unproven.json()).toMatchObject({ error: { code: "CrossSiteRequest" } });
  });
});
