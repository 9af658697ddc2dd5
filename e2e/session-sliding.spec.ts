import { createClient } from "@libsql/client";
import type { BrowserContext } from "@playwright/test";
import { usersCli } from "./auth-state";
import { expect, test } from "./fixtures";
import { E2E_BASE_URL, E2E_CONSOLE_DB_PATH } from "./test-ports";

// Sliding expiry through the real server (issue #12): a person who keeps working is not signed out at the idle
// limit counted from sign-in. The session's deadline is moved in the server's database instead of waited for:
// 11 h left of 12 means it was last pushed back an hour ago, past updateAge (5 min).
const HOUR = 3_600_000;
const COOKIE = "better-auth.session_token";
const person = {
  email: `sliding-${Date.now().toString(36)}@example.com`,
  password: "a sliding session password",
};

async function signedIn(context: BrowserContext) {
  const answer = await context.request.post("/api/auth/sign-in/email", {
    data: { email: person.email, password: person.password },
    headers: { origin: E2E_BASE_URL },
  });
  expect(answer.status()).toBe(200);
}

/** Sets the deadline of this context's session to `leftMs` from now (in the format the server stored it). */
async function leaveOnSession(context: BrowserContext, leftMs: number) {
  const signed = decodeURIComponent((await context.cookies()).find((c) => c.name === COOKIE)!.value);
  const token = signed.slice(0, signed.lastIndexOf("."));
  const db = createClient({ url: `file:${E2E_CONSOLE_DB_PATH}` });
  try {
    const { rows } = await db.execute({
      sql: 'SELECT id, "expiresAt" FROM session WHERE token = ?',
      args: [token],
    });
    const { id, expiresAt: stored } = rows[0]!;
    const at = new Date(Date.now() + leftMs);
    const value = typeof stored === "number" ? at.getTime() : at.toISOString();
    await db.execute({ sql: 'UPDATE session SET "expiresAt" = ? WHERE id = ?', args: [value, id!] });
  } finally {
    db.close();
  }
}

async function cookieExpiry(context: BrowserContext) {
  const cookie = (await context.cookies()).find((c) => c.name === COOKIE);
  return cookie!.expires * 1000;
}

test.use({ storageState: { cookies: [], origins: [] } });

test.beforeAll(() => {
  usersCli(["add", person.email, "--role", "viewer", "--password-stdin"], person.password);
});

test("an API call past updateAge re-sets the session cookie; the next one does not", async ({ context }) => {
  await signedIn(context);
  await leaveOnSession(context, 11 * HOUR);
  const due = await context.request.get("/api/tokens");
  expect(due.status()).toBe(200);
  const set = due.headersArray().filter((h) => h.name.toLowerCase() === "set-cookie");
  expect(set.map((h) => h.value).find((v) => v.startsWith(`${COOKIE}=`))).toMatch(/Max-Age=43200/i);
  expect(await cookieExpiry(context)).toBeGreaterThan(Date.now() + 12 * HOUR - 120_000);

  const again = await context.request.get("/api/tokens");
  expect(again.status()).toBe(200);
  expect(again.headersArray().some((h) => h.name.toLowerCase() === "set-cookie")).toBe(false);
});

test("a page load past updateAge has the browser's cookie pushed back", async ({ context, page }) => {
  await signedIn(context);
  await leaveOnSession(context, 11 * HOUR);
  // Shorten the browser's copy too, so only a re-set cookie can make it last the full idle limit again.
  const [cookie] = (await context.cookies()).filter((c) => c.name === COOKIE);
  await context.addCookies([{ ...cookie!, expires: Math.floor((Date.now() + 11 * HOUR) / 1000) }]);
  const refreshed = page.waitForResponse((r) => r.url().includes("/api/auth/get-session"));
  await page.goto("/");
  expect((await refreshed).status()).toBe(200);
  await expect.poll(() => cookieExpiry(context)).toBeGreaterThan(Date.now() + 12 * HOUR - 120_000);
});
