import "server-only";
import type { Cloud } from "@/lib/operations/types";
import type { AlibabaCredentials } from "./signing/acs3";
import type { VolcengineCredentials } from "./signing/volc";
import { backendMode } from "./backend-mode";
import { ConfigError } from "./config-error";
import { emulatorAlibabaIdentity, emulatorVolcengineIdentity, type Env } from "./emulator-identity";

// One definition of the mode (backend-mode.ts, also read by the shell and the health route); re-exported here
// because callers that load credentials ask the same question.
export { backendMode, type BackendMode } from "./backend-mode";

/**
 * Credentials come only from the server environment, under the vendors' own variable names (architecture.md).
 * In emulator mode the real keys are never used, even when set: the emulator only needs its demo identity, and a
 * real secret has no business travelling to a local process.
 */

export const ALIBABA_ENV = {
  accessKeyId: "ALIBABA_CLOUD_ACCESS_KEY_ID",
  accessKeySecret: "ALIBABA_CLOUD_ACCESS_KEY_SECRET",
  securityToken: "ALIBABA_CLOUD_SECURITY_TOKEN",
} as const;

export const VOLCENGINE_ENV = {
  accessKeyId: "VOLCENGINE_ACCESS_KEY",
  secretAccessKey: "VOLCENGINE_SECRET_KEY",
  sessionToken: "VOLCENGINE_SESSION_TOKEN",
} as const;

/** Thrown in cloud mode when required variables are unset or empty; names them, never their values. */
export class MissingCredentialsError extends ConfigError {
  readonly missing: readonly string[];
  constructor(missing: readonly string[]) {
    super(
      "MissingCredentials",
      missing,
      `CLOUD_MODE=cloud but these environment variables are missing or empty: ${missing.join(", ")}`,
    );
    this.name = "MissingCredentialsError";
    this.missing = missing;
  }
}

function read(env: Env, name: string): string | undefined {
  const value = env[name];
  return value === undefined || value.trim() === "" ? undefined : value.trim();
}

/** The required variables that are absent, for the given clouds (both by default). Empty in emulator mode. */
export function missingCredentialVariables(
  env: Env,
  clouds: readonly Cloud[] = ["aliyun", "volcengine"],
): string[] {
  if (backendMode(env) !== "cloud") return [];
  const required: string[] = [];
  if (clouds.includes("aliyun")) required.push(ALIBABA_ENV.accessKeyId, ALIBABA_ENV.accessKeySecret);
  if (clouds.includes("volcengine"))
    required.push(VOLCENGINE_ENV.accessKeyId, VOLCENGINE_ENV.secretAccessKey);
  return required.filter((name) => read(env, name) === undefined);
}

export function alibabaCredentials(env: Env): AlibabaCredentials {
  if (backendMode(env) !== "cloud") return emulatorAlibabaIdentity(env);
  const missing = missingCredentialVariables(env, ["aliyun"]);
  if (missing.length > 0) throw new MissingCredentialsError(missing);
  const securityToken = read(env, ALIBABA_ENV.securityToken);
  return {
    accessKeyId: read(env, ALIBABA_ENV.accessKeyId) as string,
    accessKeySecret: read(env, ALIBABA_ENV.accessKeySecret) as string,
    ...(securityToken ? { securityToken } : {}),
  };
}

export function volcengineCredentials(env: Env): VolcengineCredentials {
  if (backendMode(env) !== "cloud") return emulatorVolcengineIdentity(env);
  const missing = missingCredentialVariables(env, ["volcengine"]);
  if (missing.length > 0) throw new MissingCredentialsError(missing);
  const sessionToken = read(env, VOLCENGINE_ENV.sessionToken);
  return {
    accessKeyId: read(env, VOLCENGINE_ENV.accessKeyId) as string,
    secretAccessKey: read(env, VOLCENGINE_ENV.secretAccessKey) as string,
    ...(sessionToken ? { sessionToken } : {}),
  };
}
