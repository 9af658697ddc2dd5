import { installRuntimeForTests, startRuntime, type ConsoleRuntime } from "@/lib/auth/runtime";
import { accounts } from "@/lib/auth/users";
import type { Role } from "@/lib/auth/roles";
import type { Engine } from "@/lib/db/database";
import { createTestDatabase } from "./test-databases";

export const TEST_ORIGIN = "http://127.0.0.1:3000";
export const TEST_PASSWORD = "a test password that is long";

/**
 * A real console runtime (database, migrations, better-auth) on a fresh test database, installed as the
 * process's runtime so route handlers run exactly as in the server. People are signed in through better-auth's
 * own sign-in endpoint; their cookies go into `headersFor`. `settings` are extra server variables for the runtime
 * (e.g. SESSION_MAX_DAYS); the entrance checks read the process's own (lib/auth/settings.ts).
 */
export async function startConsoleHarness(engine: Engine, settings: Record<string, string> = {}) {
  const database = await createTestDatabase(engine);
  const env = {
    ...process.env,
    HOST: "127.0.0.1",
    PORT: "3000",
    CONSOLE_URL: "",
    ...settings,
    ...database.env,
  };
  const runtime: ConsoleRuntime = await startRuntime(env);
  const restore = installRuntimeForTests(runtime);

  async function signIn(email: string, password = TEST_PASSWORD): Promise<string> {
    const response = await runtime.auth.api.signInEmail({
      body: { email, password },
      headers: new Headers({ origin: TEST_ORIGIN, host: "127.0.0.1:3000" }),
      asResponse: true,
    });
    if (!response.ok) throw new Error(`sign-in of ${email} failed: ${response.status}`);
    return response.headers
      .getSetCookie()
      .map((c) => c.split(";")[0])
      .join("; ");
  }

  return {
    runtime,
    env,
    /** Adds a person with a role and signs them in; returns their cookie header. */
    async person(role: Role, email = `${role}-${Math.random().toString(36).slice(2, 8)}@example.com`) {
      await accounts(runtime.auth).add({ email, role, password: TEST_PASSWORD });
      return { email, cookie: await signIn(email) };
    },
    signIn,
    /** Headers of a same-origin browser request from a signed-in page. */
    headersFor(cookie: string, extra: Record<string, string> = {}) {
      return {
        host: "127.0.0.1:3000",
        origin: TEST_ORIGIN,
        cookie,
        "content-type": "application/json",
        ...extra,
      };
    },
    async close() {
      restore();
      await runtime.database.close();
      await database.drop();
    },
  };
}

export type ConsoleHarness = Awaited<ReturnType<typeof startConsoleHarness>>;
