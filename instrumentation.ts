/**
 * Runs once when the console's server starts, before it answers anything: open the database and apply the
 * migrations, then, while no administrator exists, print a one-time setup link. A database that cannot be
 * opened stops the server with the setting to check (a server that cannot record anything must not serve).
 * Then the audit trail's background work starts (recovery of interrupted calls, retention, the watcher).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { announceStart } = await import("./lib/auth/startup");
  await announceStart();
  const { startAuditBackground } = await import("./lib/audit/background");
  await startAuditBackground();
}
