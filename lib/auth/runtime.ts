import "server-only";
import { getMigrations } from "better-auth/db/migration";
import { randomBytes } from "node:crypto";
import type { Kysely } from "kysely";
import { openDatabase, type Database } from "@/lib/db/database";
import { FleetRateLimiter } from "@/lib/db/fleet-rate-limit";
import { migrate } from "@/lib/db/migrate";
import type { ConsoleTables } from "@/lib/db/tables";
import { authOptions, createAuth, type Auth } from "./auth";
import { readAuthSettings, type AuthSettings } from "./settings";

export interface ConsoleRuntime {
  database: Database;
  auth: Auth;
  settings: AuthSettings;
  /**
   * On PostgreSQL, the cloud rate limits are paced for the whole fleet of replicas (lib/db/fleet-rate-limit.ts);
   * on the embedded store (one process) the in-process limiter of lib/cloud does it.
   */
  rateLimiter?: FleetRateLimiter;
}

/**
 * The key better-auth signs cookies with: BETTER_AUTH_SECRET when set, otherwise one generated at the first start
 * and kept in the database, so every replica and every restart agree and no default secret exists.
 */
async function loadSecret(db: Kysely<ConsoleTables>, env: NodeJS.ProcessEnv): Promise<string> {
  if (env.BETTER_AUTH_SECRET) return env.BETTER_AUTH_SECRET;
  await db
    .insertInto("console_setting")
    .values({ key: "auth_secret", value: randomBytes(32).toString("base64url") })
    .onConflict((oc) => oc.column("key").doNothing())
    .execute();
  const row = await db
    .selectFrom("console_setting")
    .select("value")
    .where("key", "=", "auth_secret")
    .executeTakeFirstOrThrow();
  return row.value;
}

/** Opens the database, applies every migration (ours and better-auth's) and builds the auth instance. */
export async function startRuntime(env: NodeJS.ProcessEnv = process.env): Promise<ConsoleRuntime> {
  const settings = readAuthSettings(env);
  const database = openDatabase(env);
  try {
    let secret = "";
    await migrate(database, async () => {
      secret = await loadSecret(database.db, env);
      const { runMigrations } = await getMigrations(authOptions(database, settings, secret, env));
      await runMigrations();
    });
    const rateLimiter = database.engine === "postgres" ? new FleetRateLimiter(database.db) : undefined;
    return { database, auth: createAuth(database, settings, secret), settings, rateLimiter };
  } catch (error) {
    await database.close().catch(() => {});
    throw error;
  }
}

// One runtime per process, shared by every route bundle Next loads (hence globalThis, not a module variable).
const KEY = Symbol.for("cloudnet.console.runtime");
type Holder = { [KEY]?: Promise<ConsoleRuntime> };

/**
 * The process's runtime. A failed start (database unreachable) is not cached: the next request tries again,
 * so the console recovers when the database is back, without a restart.
 */
export function getRuntime(): Promise<ConsoleRuntime> {
  const holder = globalThis as Holder;
  holder[KEY] ??= startRuntime().catch((error) => {
    delete holder[KEY];
    throw error;
  });
  return holder[KEY];
}

/**
 * Makes `runtime` the process's runtime (route tests run handlers against a real test database this way);
 * returns the function that puts the previous one back. It replaces the database, never the checks.
 */
export function installRuntimeForTests(runtime: ConsoleRuntime): () => void {
  const holder = globalThis as Holder;
  const previous = holder[KEY];
  holder[KEY] = Promise.resolve(runtime);
  return () => {
    if (previous) holder[KEY] = previous;
    else delete holder[KEY];
  };
}
