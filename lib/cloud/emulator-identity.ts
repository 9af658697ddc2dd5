/**
 * The embedded emulator's demo identity and address as the console knows them: it signs with them in emulator mode.
 * The emulator keeps its own copy (lib/emulator/auth/emulator-keys.ts, listen-port.ts; a test there pins the two
 * together). Without `server-only` so the benchmarks can sign like the console; it holds no real secret — the
 * defaults are public demo values.
 */
import { EndpointConfigError } from "./config-error";

export type Env = Readonly<Record<string, string | undefined>>;

export const EMULATOR_PORT_VAR = "EMULATOR_PORT";
export const DEFAULT_EMULATOR_PORT = 8790;

export const EMULATOR_ALIBABA_ACCESS_KEY_ID_VAR = "EMULATOR_ALIBABA_ACCESS_KEY_ID";
export const EMULATOR_ALIBABA_ACCESS_KEY_SECRET_VAR = "EMULATOR_ALIBABA_ACCESS_KEY_SECRET";
export const EMULATOR_VOLCENGINE_ACCESS_KEY_VAR = "EMULATOR_VOLCENGINE_ACCESS_KEY";
export const EMULATOR_VOLCENGINE_SECRET_KEY_VAR = "EMULATOR_VOLCENGINE_SECRET_KEY";

export const DEFAULT_EMULATOR_ALIBABA_ACCESS_KEY_ID = "LTAIemulator";
export const DEFAULT_EMULATOR_ALIBABA_ACCESS_KEY_SECRET = "emulator-secret";
export const DEFAULT_EMULATOR_VOLCENGINE_ACCESS_KEY = "AKLTemulator";
export const DEFAULT_EMULATOR_VOLCENGINE_SECRET_KEY = "emulator-secret";

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value === "" ? undefined : value;
}

export function emulatorPort(env: Env): number {
  const raw = nonEmpty(env[EMULATOR_PORT_VAR]);
  const port = raw === undefined ? DEFAULT_EMULATOR_PORT : Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new EndpointConfigError(
      EMULATOR_PORT_VAR,
      "port",
      `${EMULATOR_PORT_VAR} must be a port number (1-65535)`,
    );
  }
  return port;
}

/** Loopback only: the emulator never listens on another interface. */
export function emulatorBaseUrl(env: Env): string {
  return `http://127.0.0.1:${emulatorPort(env)}`;
}

export function emulatorAlibabaIdentity(env: Env): { accessKeyId: string; accessKeySecret: string } {
  return {
    accessKeyId: nonEmpty(env[EMULATOR_ALIBABA_ACCESS_KEY_ID_VAR]) ?? DEFAULT_EMULATOR_ALIBABA_ACCESS_KEY_ID,
    accessKeySecret:
      nonEmpty(env[EMULATOR_ALIBABA_ACCESS_KEY_SECRET_VAR]) ?? DEFAULT_EMULATOR_ALIBABA_ACCESS_KEY_SECRET,
  };
}

export function emulatorVolcengineIdentity(env: Env): { accessKeyId: string; secretAccessKey: string } {
  return {
    accessKeyId: nonEmpty(env[EMULATOR_VOLCENGINE_ACCESS_KEY_VAR]) ?? DEFAULT_EMULATOR_VOLCENGINE_ACCESS_KEY,
    secretAccessKey:
      nonEmpty(env[EMULATOR_VOLCENGINE_SECRET_KEY_VAR]) ?? DEFAULT_EMULATOR_VOLCENGINE_SECRET_KEY,
  };
}
