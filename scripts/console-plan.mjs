// Pure part of the run command (scripts/console.mjs): what to start, where, with which environment.
// Kept free of side effects so it can be unit-tested (console-plan.test.ts).

const FLAGS = new Set(["--dev", "--fresh-data"]);
/**
 * The vendors' credential variables (lib/cloud/credentials.ts; the test checks they agree). The emulator never
 * needs them, so they are not passed to it: a real secret has no business in a local process that logs requests.
 */
export const CLOUD_SECRET_VARIABLES = [
  "ALIBABA_CLOUD_ACCESS_KEY_ID",
  "ALIBABA_CLOUD_ACCESS_KEY_SECRET",
  "ALIBABA_CLOUD_SECURITY_TOKEN",
  "VOLCENGINE_ACCESS_KEY",
  "VOLCENGINE_SECRET_KEY",
  "VOLCENGINE_SESSION_TOKEN",
];

/** Relative to the project root, where the run command spawns its servers. */
const NEXT_BIN = "node_modules/next/dist/bin/next";

/** @param {string | undefined} raw @param {number} fallback @param {string} name */
function parsePort(raw, fallback, name) {
  if (raw === undefined || raw === "") return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`${name} must be a port number from 1 to 65535, got "${raw}".`);
  }
  return port;
}

/**
 * @param {readonly string[]} argv arguments after the script name
 * @param {Record<string, string | undefined>} env
 */
export function planConsole(argv, env) {
  const unknown = argv.filter((arg) => !FLAGS.has(arg));
  if (unknown.length > 0) {
    throw new Error(`Unknown option ${unknown.join(" ")}; the run command accepts --dev and --fresh-data.`);
  }
  const isDev = argv.includes("--dev");
  // Same rule as lib/cloud/backend-mode.ts (the test checks they agree): only an explicit "cloud" leaves emulator mode.
  const mode = env.CLOUD_MODE === "cloud" ? "cloud" : "emulator";
  const host = env.HOST || "127.0.0.1";
  const port = parsePort(env.PORT, 3000, "PORT");
  const emulatorPort = parsePort(env.EMULATOR_PORT, 8790, "EMULATOR_PORT");
  const emulatorUrl = `http://127.0.0.1:${emulatorPort}`;

  /** @type {Record<string, string | undefined>} */
  const consoleEnv = {
    ...env,
    NEXT_TELEMETRY_DISABLED: env.NEXT_TELEMETRY_DISABLED ?? "1",
    HOST: host,
    PORT: String(port),
  };
  if (mode === "emulator") {
    // Explicit endpoints win, so the console can be pointed at an emulator started elsewhere.
    consoleEnv.ALIBABA_CLOUD_ENDPOINT = env.ALIBABA_CLOUD_ENDPOINT || emulatorUrl;
    consoleEnv.VOLCENGINE_ENDPOINT = env.VOLCENGINE_ENDPOINT || emulatorUrl;
  }

  return {
    isDev,
    isFreshData: argv.includes("--fresh-data"),
    mode,
    host,
    port,
    emulatorPort,
    emulatorUrl,
    // Same default as lib/emulator/emulator.ts.
    dataDir: env.EMULATOR_DATA_DIR || ".data/emulator",
    // Same as next.config.js: parallel checkouts and test runs may build into their own folder.
    distDir: env.NEXT_DIST_DIR || ".next",
    consoleEnv,
    emulatorEnv: withoutCloudSecrets({ ...env, EMULATOR_PORT: String(emulatorPort) }),
    // Production runs our own server (Next's handler, client address, graceful stop); dev keeps `next dev` and its HMR.
    serverArgs: isDev ? [NEXT_BIN, "dev", "-H", host, "-p", String(port)] : ["scripts/console-server.mjs"],
  };
}

/** @param {Record<string, string | undefined>} env */
function withoutCloudSecrets(env) {
  for (const name of CLOUD_SECRET_VARIABLES) delete env[name];
  return env;
}
