import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { BJ } from "../lib/emulator/products/volc-vpc/volc-vpc-ids";
import { BEIJING_SESSION, expect, fillSessionForm, test } from "./fixtures";
import { E2E_BASE_URL } from "./test-ports";

/**
 * From click to script: an operator creates a personal API token (shown once), fills the mirror-session form, copies
 * it as curl, and the real `curl` binary runs that text against the running console and emulator; the session
 * settles, the audit trail names the token, and after revoking it the same command is refused with nothing sent.
 */
const run = promisify(execFile);
const CREATE = "CreateTrafficMirrorSession";
const OP = `volcengine.vpc.${CREATE}`;
const TOKEN_NAME = `e2e curl ${Date.now().toString(36)}`;

/** Runs a snippet the way a person pastes it into a POSIX shell; `code` is curl's exit status. */
async function shell(script: string, token: string) {
  try {
    const { stdout } = await run("/bin/sh", ["-c", script], {
      env: { PATH: process.env.PATH, NODE_ENV: "test", CLOUDNET_TOKEN: token },
      timeout: 30_000,
    });
    return { code: 0, stdout };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string };
    return { code: failed.code ?? -1, stdout: failed.stdout ?? "" };
  }
}

async function createRequests(emulator: { requests<E>(): Promise<E[]> }) {
  const all = await emulator.requests<{ action?: string; status: number }>();
  return all.filter((r) => r.action === CREATE);
}

test.beforeEach(async ({ emulator }) => {
  await emulator.reset();
  await emulator.setTransitions({ mode: "manual", reads: 2, kind: "mirror-session" });
});

test("a token made on /settings/tokens runs the form's curl snippet, is audited, and stops when revoked", async ({
  page,
  emulator,
}) => {
  // 1. Create a token: its secret is shown once.
  await page.goto("/settings/tokens");
  await page.getByRole("textbox", { name: "Name" }).fill(TOKEN_NAME);
  await page.getByRole("combobox", { name: "Role" }).selectOption("operator");
  // An operator cannot mint an admin token: the option is offered disabled.
  await expect(page.getByRole("option", { name: /Admin.*above your role/i })).toBeDisabled();
  await page.getByRole("spinbutton", { name: "Expires after (days)" }).fill("7");
  await page.getByRole("button", { name: "Create token" }).click();
  const secretBox = page.getByTestId("token-secret");
  await expect(secretBox).toHaveText(/^cnc_[A-Za-z0-9_-]{43}$/);
  const secret = (await secretBox.textContent())!;
  const row = page.locator("tr", { hasText: TOKEN_NAME });
  await expect(row).toContainText(secret.slice(-4));
  await expect(row).toContainText("never");
  await page.reload();
  await expect(page.getByTestId("token-secret")).toHaveCount(0);
  expect(await page.content()).not.toContain(secret);

  // 2. Fill the mirror-session form and copy it as curl.
  await page.goto("/mirror-sessions?region=cn-beijing");
  await expect(page.getByTestId("taken-priorities")).toHaveText("Taken in cn-beijing: 1");
  await fillSessionForm(page, { ...BEIJING_SESSION, priority: 6 });
  await page.getByRole("textbox", { name: /^Name/ }).fill("curl-镜像");
  await page.getByRole("button", { name: `Copy as… ${CREATE}` }).click();
  await page.getByRole("menuitem", { name: "curl (this console)" }).click();
  const snippet = page.getByTestId("copy-as-snippet");
  await expect(snippet).toContainText('-H "Authorization: Bearer $CLOUDNET_TOKEN"');
  for (const value of [
    BJ.enis.web02Primary,
    BJ.targets.collectorClb,
    BJ.filters.dns,
    '"Priority":6',
    "curl-镜像",
  ])
    await expect(snippet).toContainText(value);
  await expect(snippet).toContainText(`${E2E_BASE_URL}/api/operations/${OP}`);
  const curl = (await snippet.textContent())!;
  expect(curl).not.toContain(secret);
  await page.getByRole("button", { name: "Close" }).click();
  // Nothing was sent by copying.
  expect(await createRequests(emulator)).toHaveLength(0);

  // 3. The real curl runs the copied text: the console signs and forwards it, the session settles.
  const created = await shell(curl, secret);
  expect(created.code).toBe(0);
  const reply = JSON.parse(created.stdout) as { result: { TrafficMirrorSessionId: string } };
  const sessionId = reply.result.TrafficMirrorSessionId;
  expect(sessionId).toMatch(/^tms-/);
  expect((await createRequests(emulator)).map((r) => r.status)).toEqual([200]);
  await page.goto("/mirror-sessions?region=cn-beijing");
  const sessionRow = page.locator(`tr[data-session="${sessionId}"]`);
  await expect(sessionRow.locator("[data-status]")).toContainText("Active", { timeout: 20_000 });
  await expect(sessionRow).toContainText("curl-镜像");

  // 4. The audit trail, read with the same token, names it.
  const audit = await fetch(`${E2E_BASE_URL}/api/audit?action=${OP}`, {
    headers: { authorization: `Bearer ${secret}` },
  });
  expect(audit.status).toBe(200);
  const { events } = (await audit.json()) as {
    events: { actor: { name: string }; phase: string; detail: { token?: string } | null }[];
  };
  const outcome = events.find((e) => e.phase === "outcome");
  expect(outcome?.actor.name).toBe("e2e-operator@example.com");
  expect(outcome?.detail?.token).toBe(TOKEN_NAME);

  // 5. Revoke it: the same command is refused (401) and nothing more reaches the cloud.
  await page.goto("/settings/tokens");
  const tokenRow = page.locator("tr", { hasText: TOKEN_NAME });
  await expect(tokenRow).not.toContainText("never");
  await tokenRow.getByRole("button", { name: `Revoke ${TOKEN_NAME}` }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Revoke" }).click();
  await expect(tokenRow).toContainText("revoked");
  const refused = await shell(curl, secret);
  expect(refused.code).toBe(22);
  expect(JSON.parse(refused.stdout)).toMatchObject({ error: { code: "InvalidToken" } });
  expect(await createRequests(emulator)).toHaveLength(1);
});
