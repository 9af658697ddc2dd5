import "server-only";
import { betterAuth, type BetterAuthOptions } from "better-auth";
import { admin } from "better-auth/plugins/admin";
import type { Database } from "@/lib/db/database";
import { accessControl, accessRoles } from "./access";
import { consoleAuthHooks } from "./hooks";
import { oidcPlugins, roleClaimHooks, withRoleClaimScope } from "./oidc";
import type { AuthSettings } from "./settings";

export const MIN_PASSWORD_LENGTH = 12;

/** How often a used session's idle deadline is pushed back (bounds the writes a polling page causes). */
const SESSION_REFRESH_SECONDS = 300;

/**
 * better-auth, configured for the console: email + password without public sign-up (admins add people; the
 * first admin comes from the one-time setup link), roles from the admin plugin, optional OpenID Connect SSO,
 * sessions in the database with a 12 h idle and 7 day absolute limit (the latter checked by the guard).
 */
export function authOptions(database: Database, settings: AuthSettings, secret: string, env = process.env) {
  const origins = [...settings.allowedHosts].map((host) => `${settings.publicOrigin.protocol}//${host}`);
  return {
    appName: "CloudNet Console",
    baseURL: settings.publicOrigin.origin,
    basePath: "/api/auth",
    secret,
    trustedOrigins: [settings.publicOrigin.origin, ...origins],
    database: { db: database.db, type: database.engine },
    emailAndPassword: {
      enabled: true,
      disableSignUp: true,
      minPasswordLength: MIN_PASSWORD_LENGTH,
      maxPasswordLength: 256,
      revokeSessionsOnPasswordReset: true,
    },
    session: { expiresIn: settings.idleSeconds, updateAge: SESSION_REFRESH_SECONDS },
    // The console keeps its own database-backed limits (lib/auth/sign-in-limit.ts): they count failures per
    // account and per address, which better-auth's per-path request counter does not.
    rateLimit: { enabled: false },
    advanced: {
      useSecureCookies: settings.secureCookies,
      // Set by the console's server from the socket (or, with TRUST_PROXY=1, from X-Forwarded-For); a client's
      // own value is always replaced there.
      ipAddress: { ipAddressHeaders: [CLIENT_IP_HEADER] },
      defaultCookieAttributes: { sameSite: "lax", httpOnly: true, secure: settings.secureCookies },
    },
    telemetry: { enabled: false },
    hooks: consoleAuthHooks(database),
    databaseHooks: { user: roleClaimHooks },
    plugins: [
      admin({ defaultRole: "viewer", adminRoles: ["admin"], ac: accessControl, roles: accessRoles }),
      ...oidcPlugins(env),
    ],
  } satisfies BetterAuthOptions;
}

export const CLIENT_IP_HEADER = "x-cloudnet-client-ip";

export function createAuth(database: Database, settings: AuthSettings, secret: string) {
  const auth = betterAuth(authOptions(database, settings, secret));
  const handler = auth.handler;
  // Each request gets its own room for the role an SSO claim names (lib/auth/oidc.ts).
  return Object.assign(auth, { handler: (request: Request) => withRoleClaimScope(() => handler(request)) });
}

export type Auth = ReturnType<typeof createAuth>;
