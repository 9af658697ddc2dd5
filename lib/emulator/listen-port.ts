import type { Env } from "./auth/emulator-keys";

/**
 * Where `npm run emulator` listens when EMULATOR_PORT is unset (always on 127.0.0.1). The console's copy for
 * emulator mode is in lib/cloud/emulator-identity.ts; auth/emulator-keys.test.ts pins them together.
 */
export const DEFAULT_EMULATOR_PORT = 8790;

/** EMULATOR_PORT as a port number; `undefined` when it is set to something else. */
export function listenPort(env: Env): number | undefined {
  const raw = env.EMULATOR_PORT;
  if (raw === undefined || raw === "") return DEFAULT_EMULATOR_PORT;
  const port = Number(raw);
  return Number.isInteger(port) && port >= 1 && port <= 65535 ? port : undefined;
}
