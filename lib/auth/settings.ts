/**
 * The console's public identity and session policy, from the environment. CONSOLE_URL is the origin people
 * type (default http://HOST:PORT); requests for any other host are refused (DNS rebinding), and proxies'
 * X-Forwarded-* headers are believed only with TRUST_PROXY=1.
 */
export interface AuthSettings {
  publicOrigin: URL;
  /** Hosts (host:port) a request may name: the public one plus loopback names on the same port. */
  allowedHosts: Set<string>;
  trustProxy: boolean;
  secureCookies: boolean;
  idleSeconds: number;
  maxAgeMs: number;
}

function positive(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === "") return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`${name} must be a positive number (got "${value}").`);
  return n;
}

export function readAuthSettings(env: NodeJS.ProcessEnv = process.env): AuthSettings {
  const host = env.HOST || "127.0.0.1";
  const port = env.PORT || "3000";
  const raw = env.CONSOLE_URL || `http://${host.includes(":") ? `[${host}]` : host}:${port}`;
  let publicOrigin: URL;
  try {
    publicOrigin = new URL(raw);
  } catch {
    throw new Error(
      `CONSOLE_URL must be an absolute URL such as https://console.example.com (got "${raw}").`,
    );
  }
  const allowedHosts = new Set([publicOrigin.host.toLowerCase()]);
  for (const name of ["127.0.0.1", "localhost", "[::1]"]) allowedHosts.add(`${name}:${port}`);
  return {
    publicOrigin,
    allowedHosts,
    trustProxy: env.TRUST_PROXY === "1",
    secureCookies: publicOrigin.protocol === "https:",
    idleSeconds: Math.round(positive(env.SESSION_IDLE_HOURS, 12, "SESSION_IDLE_HOURS") * 3600),
    maxAgeMs: Math.round(positive(env.SESSION_MAX_DAYS, 7, "SESSION_MAX_DAYS") * 86_400_000),
  };
}

let cached: AuthSettings | undefined;

/** This process's settings (read once: the environment of a running server does not change). */
export function authSettings(): AuthSettings {
  cached ??= readAuthSettings(process.env);
  return cached;
}
