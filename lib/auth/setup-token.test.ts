import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startConsoleHarness, type ConsoleHarness } from "@/lib/testing/console-harness";
import { ENGINES } from "@/lib/testing/test-databases";
import { accounts } from "./users";
import { claimSetup, issueSetupToken, SETUP_CLAIM_STALE_MS, setupTokenState } from "./setup-token";

// The first-administrator slot: one holder at a time, given back when creating the administrator failed, and
// taken over only when a process died holding it.
describe.each(ENGINES)("claimSetup (%s)", (engine) => {
  let harness: ConsoleHarness;
  beforeAll(async () => {
    harness = await startConsoleHarness(engine);
  });
  afterAll(() => harness.close());
  const db = () => harness.runtime.database.db;

  it("holds the slot against another link, and a failed creation gives link and slot back", async () => {
    const [first, second] = [(await issueSetupToken(db()))!, (await issueSetupToken(db()))!];
    const held = await claimSetup(db(), first);
    expect(held.ok).toBe(true);
    expect(await claimSetup(db(), second)).toEqual({ ok: false, reason: "busy" });
    expect(await claimSetup(db(), first)).toEqual({ ok: false, reason: "used" });
    // The refused attempt spent nothing.
    expect(await setupTokenState(db(), second)).toBe("valid");
    if (held.ok) await held.release(false);
    expect(await setupTokenState(db(), first)).toBe("valid");
    const again = await claimSetup(db(), second);
    expect(again.ok).toBe(true);
    if (again.ok) await again.release(false);
  });

  it("a claim left by a dead process is taken over once stale; an administrator ends setup", async () => {
    const [first, second, third] = [
      (await issueSetupToken(db()))!,
      (await issueSetupToken(db()))!,
      (await issueSetupToken(db()))!,
    ];
    const now = Date.now();
    expect((await claimSetup(db(), first, now)).ok).toBe(true);
    expect(await claimSetup(db(), second, now + SETUP_CLAIM_STALE_MS - 1000)).toEqual({
      ok: false,
      reason: "busy",
    });
    const takeover = await claimSetup(db(), second, now + SETUP_CLAIM_STALE_MS + 1000);
    expect(takeover.ok).toBe(true);
    await accounts(harness.runtime.auth).add({
      email: "a@example.com",
      role: "admin",
      password: "x".repeat(12),
    });
    if (takeover.ok) await takeover.release(true);
    expect(await issueSetupToken(db())).toBeNull();
    // A link printed before the administrator existed cannot start another setup, and stays unspent.
    expect(await claimSetup(db(), third, now + 2 * SETUP_CLAIM_STALE_MS)).toEqual({
      ok: false,
      reason: "done",
    });
    expect(await setupTokenState(db(), third, now + 1000)).toBe("valid");
  });
});
