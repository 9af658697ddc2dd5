import { identityBook, type IdentityBook } from "./identities";

/**
 * The demo keys the emulator accepts, and the environment variables that override them. The emulator keeps its own
 * copy (it plays the cloud, whose keys the console is configured with); the console's copy for emulator mode is
 * lib/cloud/emulator-identity.ts, and emulator-keys.test.ts pins the two together. Public demo values, no secret.
 */
const DEFAULTS = {
  EMULATOR_ALIBABA_ACCESS_KEY_ID: "LTAIemulator",
  EMULATOR_ALIBABA_ACCESS_KEY_SECRET: "emulator-secret",
  EMULATOR_VOLCENGINE_ACCESS_KEY: "AKLTemulator",
  EMULATOR_VOLCENGINE_SECRET_KEY: "emulator-secret",
} as const;

export type Env = Readonly<Record<string, string | undefined>>;

/** An override when set and not empty, else the demo value. */
function setting(env: Env, name: keyof typeof DEFAULTS): string {
  const value = env[name];
  return value === undefined || value === "" ? DEFAULTS[name] : value;
}

export function emulatorIdentities(env: Env): IdentityBook {
  return identityBook(
    {
      accessKeyId: setting(env, "EMULATOR_ALIBABA_ACCESS_KEY_ID"),
      secret: setting(env, "EMULATOR_ALIBABA_ACCESS_KEY_SECRET"),
    },
    {
      accessKeyId: setting(env, "EMULATOR_VOLCENGINE_ACCESS_KEY"),
      secret: setting(env, "EMULATOR_VOLCENGINE_SECRET_KEY"),
    },
  );
}
