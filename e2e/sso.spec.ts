import { expect, test, type Page } from "@playwright/test";
import { execFileSync } from "node:child_process";
import { startOidcProvider, type OidcProvider } from "./oidc-provider";
import { freePort, startOwnConsole, type OwnConsole } from "./own-console";
import { E2E_BASE_URL } from "./test-ports";

// Single sign-on end to end: a real OpenID provider on loopback, a console started with OIDC_* on its own ports,
// Chromium going through the provider's own pages. The role comes from a claim, at every sign-in.
const ROLE_CLAIM = "console_role";
const REGISTER = "/api/operations/aliyun.cbn.RegisterTransitRouterMulticastGroupSources";

let idp: OidcProvider;
let sso: OwnConsole;

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(150_000);
  const consolePort = await freePort();
  idp = await startOidcProvider({
    port: await freePort(),
    redirectUri: `http://127.0.0.1:${consolePort}/api/auth/callback/oidc`,
    roleClaim: ROLE_CLAIM,
  });
  sso = await startOwnConsole(consolePort, {
    OIDC_ISSUER: idp.issuer,
    OIDC_CLIENT_ID: idp.client.id,
    OIDC_CLIENT_SECRET: idp.client.secret,
    OIDC_ROLE_CLAIM: ROLE_CLAIM,
  });
});

test.afterAll(async () => {
  await sso?.stop();
  await idp?.close();
});

/** Clicks the SSO button and goes through whatever the provider asks (its sign-in form, its consent). */
async function signInWithSso(page: Page, login: string, next = "/") {
  await page.goto(`${sso.baseURL}/sign-in?next=${encodeURIComponent(next)}`);
  await page.getByRole("button", { name: "Sign in with single sign-on" }).click();
  // To the provider's pages, or — signed in there already, consent given — straight back to the console.
  await page.waitForURL((url) => url.origin === idp.issuer || url.pathname !== "/sign-in");
  const loginBox = page.locator('input[name="login"]');
  const consent = page.getByRole("button", { name: "Continue" });
  for (let step = 0; step < 4; step++) {
    const where = async () => {
      if (new URL(page.url()).origin === sso.baseURL && !page.url().includes("/api/")) return "console";
      if (await loginBox.isVisible()) return "login";
      if (await consent.isVisible()) return "consent";
      return "moving";
    };
    await expect.poll(where, { timeout: 15_000 }).not.toBe("moving");
    const at = await where();
    if (at === "console") break;
    expect(new URL(page.url()).origin).toBe(idp.issuer);
    if (at === "login") {
      await loginBox.fill(login);
      await page.locator('input[name="password"]').fill("any password will do here");
      await page.getByRole("button", { name: "Sign-in" }).click();
      await loginBox.waitFor({ state: "detached" });
    } else {
      await consent.click();
      await consent.waitFor({ state: "detached" });
    }
  }
  await expect(page).toHaveURL(`${sso.baseURL}${next}`);
}

/** Signs out from the header and waits for the console's own move to /sign-in, so that no later goto races it. */
async function signOut(page: Page) {
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await expect(page.getByRole("button", { name: "Sign in with single sign-on" })).toBeVisible();
}

async function expectSignedInAs(page: Page, email: string, role: "Viewer" | "Operator") {
  await expect(page.getByRole("link", { name: `${email} (${role})` })).toBeVisible();
  await page.goto(`${sso.baseURL}/account`);
  await expect(page.getByText(`Signed in as ${email} (${role}).`)).toBeVisible();
}

/** A mutation straight to the API with the browser's session: only the role check is in question here. */
async function directMutation(page: Page) {
  const response = await page.request.post(`${sso.baseURL}${REGISTER}`, {
    headers: { origin: sso.baseURL },
    data: { input: {} },
  });
  return { status: response.status(), body: (await response.json()) as { error?: { code?: string } } };
}

test("the sign-in page offers SSO only on a console configured for it", async ({ browser }) => {
  const plain = await browser.newContext();
  const page = await plain.newPage();
  await page.goto(`${E2E_BASE_URL}/sign-in`);
  await expect(page.getByRole("button", { name: "Sign in", exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: "Sign in with single sign-on" })).toHaveCount(0);
  await page.goto(`${sso.baseURL}/sign-in`);
  await expect(page.getByRole("button", { name: "Sign in with single sign-on" })).toBeVisible();
  await plain.close();
});

test("an SSO user whose claim says operator is an operator, and the claim is read again at each sign-in", async ({
  browser,
}) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  idp.setPerson("ops", { email: "ops@example.com", name: "Ops Person", [ROLE_CLAIM]: "operator" });

  await signInWithSso(page, "ops", "/mirror-sessions");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Traffic-mirror sessions");
  await expectSignedInAs(page, "ops@example.com", "Operator");
  // The audit trail records the sign-in, by whom and through which method.
  const trail = await page.request.get(`${sso.baseURL}/api/audit?actor=ops@example.com&action=auth.sign-in`);
  expect(trail.status()).toBe(200);
  expect((await trail.json()).events).toContainEqual(
    expect.objectContaining({
      action: "auth.sign-in",
      outcome: "ok",
      actor: expect.objectContaining({ name: "ops@example.com", role: "operator" }),
      detail: { method: "sso" },
    }),
  );
  const allowed = await directMutation(page);
  expect(allowed.status).toBe(400);
  expect(allowed.body.error?.code).toBe("InvalidInput");

  // The provider now says viewer: the next sign-in demotes them.
  idp.setPerson("ops", { email: "ops@example.com", name: "Ops Person", [ROLE_CLAIM]: "viewer" });
  await signOut(page);
  await signInWithSso(page, "ops");
  await expectSignedInAs(page, "ops@example.com", "Viewer");
  const refused = await directMutation(page);
  expect(refused.status).toBe(403);
  expect(refused.body.error?.code).toBe("Forbidden.Role");

  // And back up again.
  idp.setPerson("ops", { email: "ops@example.com", name: "Ops Person", [ROLE_CLAIM]: "operator" });
  await signOut(page);
  await signInWithSso(page, "ops");
  await expectSignedInAs(page, "ops@example.com", "Operator");
  await context.close();
});

test("a new SSO user without the claim is a viewer", async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  idp.setPerson("newcomer", { email: "newcomer@example.com", name: "New Comer" });
  await signInWithSso(page, "newcomer");
  await expectSignedInAs(page, "newcomer@example.com", "Viewer");
  const refused = await directMutation(page);
  expect(refused.status).toBe(403);
  expect(refused.body.error?.code).toBe("Forbidden.Role");
  await context.close();
});

test("cancelling at the provider comes back to the sign-in page with the reason", async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${sso.baseURL}/sign-in`);
  await page.getByRole("button", { name: "Sign in with single sign-on" }).click();
  await page.waitForURL((url) => url.origin === idp.issuer);
  await page.getByRole("link", { name: "[ Cancel ]" }).click();
  await expect(page).toHaveURL(new RegExp(`^${sso.baseURL}/sign-in\\?error=`));
  await expect(page.getByRole("alert").filter({ hasText: /./ })).toContainText(
    "Single sign-on did not complete (access_denied)",
  );
  await context.close();
});

test("a disabled SSO user cannot sign in through the provider", async ({ browser }) => {
  idp.setPerson("leaver", { email: "leaver@example.com", name: "Leaver", [ROLE_CLAIM]: "operator" });
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInWithSso(page, "leaver");
  await expectSignedInAs(page, "leaver@example.com", "Operator");
  execFileSync(process.execPath, ["scripts/users.mjs", "disable", "leaver@example.com"], {
    env: { ...process.env, CONSOLE_DB_PATH: sso.dbPath, DATABASE_URL: "" },
  });
  // Their session ended with the account: the next page sends them to sign in.
  await page.goto(`${sso.baseURL}/mirror-sessions`);
  await expect(page).toHaveURL(`${sso.baseURL}/sign-in?next=%2Fmirror-sessions`);
  // The provider still vouches for them; the console does not let them in.
  await page.getByRole("button", { name: "Sign in with single sign-on" }).click();
  await expect(page).toHaveURL(new RegExp(`^${sso.baseURL}/sign-in\\?error=`));
  await expect(page.getByRole("alert").filter({ hasText: /./ })).toContainText(
    "Single sign-on did not complete",
  );
  expect(await directMutation(page)).toMatchObject({ status: 401 });
  await context.close();
});
