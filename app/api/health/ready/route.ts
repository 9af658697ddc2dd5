import { sql } from "kysely";
import { checkRequest, requestLocale } from "@/lib/auth/entrance";
import { getRuntime } from "@/lib/auth/runtime";
import { backendMode } from "@/lib/cloud/backend-mode";
import { missingCredentialVariables } from "@/lib/cloud/credentials";
import { isMigrated } from "@/lib/db/migrate";

export const dynamic = "force-dynamic";

/**
 * GET /api/health/ready: whether this replica should get traffic — the database answers, every migration is
 * applied, and the cloud configuration is complete. Public (orchestrators have no session), so it names checks
 * and variable names only, never values, hosts or errors' texts.
 */
export async function GET(request: Request): Promise<Response> {
  const refused = checkRequest(request, requestLocale(request.headers));
  if (refused) return refused;
  const checks = { database: false, migrations: false, cloudConfig: false };
  const missing = missingCredentialVariables(process.env);
  checks.cloudConfig = missing.length === 0;
  try {
    const { database } = await getRuntime();
    await sql`select 1`.execute(database.db);
    checks.database = true;
    checks.migrations = await isMigrated(database.db);
  } catch {
    // Reported as database: false; the server log has the reason.
  }
  const ready = checks.database && checks.migrations && checks.cloudConfig;
  return Response.json(
    {
      ready,
      mode: backendMode(process.env),
      checks,
      ...(missing.length ? { missingVariables: missing } : {}),
    },
    { status: ready ? 200 : 503, headers: { "cache-control": "no-store" } },
  );
}
