import "server-only";
import { readOidcSettings } from "./oidc";
import { getRuntime } from "./runtime";
import { readAuthSettings } from "./settings";
import { issueSetupToken } from "./setup-token";

function stop(message: string): never {
  console.error(`[console] ${message}`);
  process.exit(1);
}

export async function announceStart() {
  // Settings first: a mistyped CONSOLE_URL or a half-configured SSO is not a database problem.
  try {
    readAuthSettings(process.env);
    readOidcSettings(process.env);
  } catch (error) {
    stop(error instanceof Error ? error.message : String(error));
  }
  let runtime;
  try {
    runtime = await getRuntime();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const setting = process.env.DATABASE_URL ? "DATABASE_URL" : "CONSOLE_DB_PATH (or DATABASE_URL)";
    stop(`Cannot open the console's database: ${reason}. Check ${setting}.`);
  }
  console.log(`[console] Database: ${runtime.database.where}.`);
  const token = await issueSetupToken(runtime.database.db);
  if (token) {
    const link = new URL(`/setup?token=${token}`, runtime.settings.publicOrigin).href;
    console.log(`[console] No administrator yet. Open this link within 1 hour to create one: ${link}`);
  }
}
