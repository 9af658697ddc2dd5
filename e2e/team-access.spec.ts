import type { Browser, Page } from "@playwright/test";
import { BJ } from "../lib/emulator/products/volc-vpc/volc-vpc-ids";
import { usersCli } from "./auth-state";
import { BEIJING_SESSION, expect, fillSessionForm, test } from "./fixtures";
import { E2E_BASE_URL } from "./test-ports";

// The team journey of issue #12: first-run setup link → first admin → the admin adds a viewer and an operator →
// the viewer sees disabled actions with the reason and the server refuses a direct mutation → the operator creates
// a mirror session that settles → the admin disables the operator, whose next action is refused.
// Every person here signs in through the real pages, in a browser context of their own.

const stamp = Date.now().toString(36);
const ADMIN = { email: `admin-${stamp}@example.com`, password: `admin password ${stamp}` };
const VIEWER = { email: `viewer-${stamp}@example.com`, password: `viewer password ${stamp}` };
const OPERATOR = { email: `operator-${stamp}@example.com`, password: `operator password ${stamp}` };
const CREATE_URL = "/api/operations/volcengine.vpc.CreateTrafficMirrorSession";

async function freshPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({
    storageState: { cookies: [], origins: [] },
    baseURL: E2E_BASE_URL,
  });
  return context.newPage();
}

async function signIn(page: Page, person: { email: string; password: string }, next = "/") {
  await page.goto(`/sign-in?next=${encodeURIComponent(next)}`);
  await page.getByRole("textbox", { name: "Email" }).fill(person.email);
  await page.getByLabel("Password").fill(person.password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page).toHaveURL(next);
}

async function addUser(admin: Page, person: { email: string; password: string }, role: string) {
  const form = admin.locator("form", { has: admin.getByRole("heading", { name: "Add user" }) });
  await form.getByRole("textbox", { name: "Email" }).fill(person.email);
  await form.getByLabel("Role").selectOption(role);
  await form.getByLabel("Initial password").fill(person.password);
  await form.getByRole("button", { name: "Add user" }).click();
  await expect(admin.getByRole("cell", { name: person.email, exact: true })).toBeVisible({ timeout: 15_000 });
}

test("a team signs in with roles: setup, viewer refused, operator acts, disabled operator refused", async ({
  browser,
  emulator,
}) => {
  test.setTimeout(120_000);
  await emulator.reset();
  await emulator.setTransitions({ mode: "manual", reads: 2, kind: "mirror-session" });

  // First run: nobody is an administrator yet, so the console hands out a one-time link (the server prints one at
  // start; the users CLI prints a fresh one).
  const link = usersCli(["setup-link"]).trim();
  expect(link).toMatch(/\/setup\?token=[\w-]{20,}$/);
  const admin = await freshPage(browser);
  await admin.goto(new URL(link).pathname + new URL(link).search);
  await expect(admin.getByRole("heading", { name: "Create the first administrator" })).toBeVisible();
  await admin.getByLabel("Name").fill("Ada");
  await admin.getByRole("textbox", { name: "Email" }).fill(ADMIN.email);
  await admin.getByLabel("Password", { exact: true }).fill("too short");
  await admin.getByLabel("Repeat the password").fill("too short");
  await admin.getByRole("button", { name: "Create administrator" }).click();
  await expect(admin.getByText("Use at least 12 characters.")).toBeVisible();
  await admin.getByLabel("Password", { exact: true }).fill(ADMIN.password);
  await admin.getByLabel("Repeat the password").fill(ADMIN.password);
  await admin.getByRole("button", { name: "Create administrator" }).click();
  await expect(admin.getByRole("heading", { level: 1, name: "Overview" })).toBeVisible();
  await expect(admin.getByRole("banner")).toContainText(`${ADMIN.email} (Administrator)`);

  // The link is single use.
  const replay = await freshPage(browser);
  await replay.goto(new URL(link).pathname + new URL(link).search);
  await expect(replay.getByText(/setup link is not valid|administrator exists already/)).toBeVisible();

  await admin.goto("/settings/users");
  await addUser(admin, VIEWER, "viewer");
  await addUser(admin, OPERATOR, "operator");

  // The viewer sees every list, and every mutation control disabled with the reason.
  const viewer = await freshPage(browser);
  await signIn(viewer, VIEWER, "/mirror-sessions?region=cn-beijing");
  await expect(viewer.locator(`tr[data-session="${BJ.sessions.web01}"]`)).toBeVisible();
  const create = viewer.getByRole("button", { name: "Create", exact: true });
  await expect(create).toBeDisabled();
  await expect(create).toHaveAttribute("title", "Needs the operator role");
  await expect(viewer.getByTestId("role-note")).toHaveText("Needs the operator role");
  const deleteSeeded = viewer.getByRole("button", { name: new RegExp(`Delete.*${BJ.sessions.web01}`) });
  await expect(deleteSeeded).toBeDisabled();
  // …and the server refuses the same call made directly, sending nothing to the cloud.
  const before = (await emulator.requests<{ action?: string }>()).filter(
    (r) => r.action === "CreateTrafficMirrorSession",
  );
  const direct = await viewer.request.post(CREATE_URL, {
    headers: { origin: E2E_BASE_URL },
    data: {
      region: "cn-beijing",
      input: {
        NetworkInterfaceId: BJ.enis.web02Primary,
        TrafficMirrorTargetId: BJ.targets.collectorClb,
        TrafficMirrorFilterId: BJ.filters.dns,
        Priority: 9,
      },
    },
  });
  expect(direct.status()).toBe(403);
  expect(await direct.json()).toMatchObject({ error: { source: "auth", code: "Forbidden.Role" } });
  const after = (await emulator.requests<{ action?: string }>()).filter(
    (r) => r.action === "CreateTrafficMirrorSession",
  );
  expect(after).toHaveLength(before.length);

  // The operator creates a session and watches it settle.
  const operator = await freshPage(browser);
  await signIn(operator, OPERATOR, "/mirror-sessions?region=cn-beijing");
  await fillSessionForm(operator, { ...BEIJING_SESSION, priority: 6 });
  await operator.getByRole("button", { name: "Create", exact: true }).click();
  const row = operator.locator('tr[data-priority="6"]');
  await expect(row.locator("[data-status]")).toContainText("Active", { timeout: 20_000 });

  // The admin disables the operator: their very next action is refused and they are sent to sign in.
  await admin.goto("/settings/users");
  await admin.getByRole("button", { name: `Disable ${OPERATOR.email}` }).click();
  await expect(admin.getByRole("row", { name: new RegExp(OPERATOR.email) })).toContainText("Disabled");
  const refused = await operator.request.post(CREATE_URL, {
    headers: { origin: E2E_BASE_URL },
    data: { input: {} },
  });
  expect(refused.status()).toBe(401);
  // Any page they open sends them to sign in (an open page does too on its next read: the test below).
  await operator.reload();
  await expect(operator).toHaveURL(
    `/sign-in?next=${encodeURIComponent("/mirror-sessions?region=cn-beijing")}`,
  );
  // Their credentials no longer open it either.
  await operator.getByRole("textbox", { name: "Email" }).fill(OPERATOR.email);
  await operator.getByLabel("Password").fill(OPERATOR.password);
  await operator.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(operator.getByRole("alert").filter({ hasText: /./ })).toBeVisible();
  await expect(operator).toHaveURL(/\/sign-in/);
});

test("a page whose session is revoked while open goes to sign-in, and back to the same view after", async ({
  browser,
}) => {
  const person = { email: `revoked-${stamp}@example.com`, password: `revoked password ${stamp}` };
  usersCli(["add", person.email, "--role", "viewer", "--password-stdin"], person.password);
  const page = await freshPage(browser);
  await signIn(page, person, "/");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  // An administrator ends every session of this person; the open overview's next read (the operations feed,
  // every 10 s) is answered 401 and the page sends them to sign in instead of showing error panels.
  usersCli(["revoke-sessions", person.email]);
  await expect(page).toHaveURL("/sign-in?next=%2F", { timeout: 20_000 });
  await page.getByRole("textbox", { name: "Email" }).fill(person.email);
  await page.getByLabel("Password").fill(person.password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page).toHaveURL("/");
  await page.context().close();
});
