import "server-only";
import { getRuntime } from "./runtime";
import { issueSetupToken } from "./setup-token";

export async function announceStart() {
  let runtime;
  try {
    runtime = await getRuntime();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const setting = process.env.DATABASE_URL ? "DATABASE_URL" : "CONSOLE_DB_PATH (or DATABASE_URL)";
    console.error(`[console] Cannot open the console's database: ${reason}. Check ${setting}.`);
    process.exit(1);
  }
  console.log(`[console] Database: ${runtime.database.where}.`);
  const token = await issueSetupToken(runtime.database.db);
  if (token) {
    const link = new URL(`/setup?token=${token}`, runtime.settings.publicOrigin).href;
    console.log(`[console] No administrator yet. Open this link within 1 hour to create one: ${link}`);
  }
}
