import { execFileSync } from "node:child_process";
import { E2E_CONSOLE_DB_PATH, E2E_CONSOLE_PORT } from "./test-ports";

/** The people the journeys act as; each signs in once in e2e/auth.setup.ts and reuses the saved cookies. */
export const E2E_PEOPLE = {
  operator: { email: "e2e-operator@example.com", role: "operator", state: "e2e/.auth/operator.json" },
  viewer: { email: "e2e-viewer@example.com", role: "viewer", state: "e2e/.auth/viewer.json" },
} as const;

/** Generated per run (never printed): the fixtures need one, and a fixed one would be a default password. */
export const E2E_PASSWORD = `e2e-${process.pid}-${Date.now().toString(36)}-pw`;

/** The users command line against the e2e server's database, as an administrator of the console would run it. */
export function usersCli(args: string[], input?: string): string {
  return execFileSync(process.execPath, ["scripts/users.mjs", ...args], {
    env: {
      ...process.env,
      CONSOLE_DB_PATH: E2E_CONSOLE_DB_PATH,
      PORT: String(E2E_CONSOLE_PORT),
      DATABASE_URL: "",
    },
    input,
    encoding: "utf8",
  });
}
