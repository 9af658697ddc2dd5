import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { genericOAuth } from "better-auth/plugins/generic-oauth";
import { isRole, type Role } from "./roles";

export const OIDC_PROVIDER_ID = "oidc";

export interface OidcSettings {
  issuer: string;
  clientId: string;
  clientSecret: string;
  roleClaim?: string;
}

/** SSO is on when the three required variables are set; a half-configured provider is a start-up error. */
export function readOidcSettings(env: NodeJS.ProcessEnv = process.env): OidcSettings | null {
  const issuer = env.OIDC_ISSUER?.trim();
  const clientId = env.OIDC_CLIENT_ID?.trim();
  const clientSecret = env.OIDC_CLIENT_SECRET?.trim();
  if (!issuer && !clientId && !clientSecret) return null;
  const missing = [
    ["OIDC_ISSUER", issuer],
    ["OIDC_CLIENT_ID", clientId],
    ["OIDC_CLIENT_SECRET", clientSecret],
  ]
    .filter(([, v]) => !v)
    .map(([k]) => k);
  if (missing.length) throw new Error(`Single sign-on is half configured: set ${missing.join(", ")} too.`);
  return {
    issuer: issuer!.replace(/\/+$/, ""),
    clientId: clientId!,
    clientSecret: clientSecret!,
    roleClaim: env.OIDC_ROLE_CLAIM?.trim() || undefined,
  };
}

/** The role a claim names, or undefined (a new SSO user then gets the default, viewer). */
export function roleFromClaims(claims: Record<string, unknown>, claim: string | undefined) {
  if (!claim) return undefined;
  const value = claims[claim];
  const candidates = Array.isArray(value) ? value : [value];
  // A list (groups) may hold several; the strongest role named wins.
  for (const role of ["admin", "operator", "viewer"] as const)
    if (candidates.some((c) => c === role) && isRole(role)) return role;
  return undefined;
}

/**
 * The role the provider's claim named during one request's SSO sign-in. better-auth drops `role` from what
 * mapProfileToUser returns (the admin plugin declares the field `input: false`, so no sign-in can set it), so the
 * claim is carried beside the request instead and written by the user hooks below, on creation and on every
 * later sign-in (overrideUserInfo makes better-auth update the user each time).
 */
const claimed = new AsyncLocalStorage<{ role?: Role }>();

/** Runs one request of better-auth's handler with room for a claimed role (see createAuth). */
export function withRoleClaimScope<T>(run: () => T): T {
  return claimed.run({}, run);
}

/**
 * better-auth user hooks: the SSO user's row gets the role the claim named. No claim (or no SSO in this request)
 * changes nothing: a new user gets the default, viewer; an existing one keeps what an administrator set.
 */
export const roleClaimHooks = {
  create: { before: async (user: Record<string, unknown>) => withClaimedRole(user) },
  update: { before: async (user: Record<string, unknown>) => withClaimedRole(user) },
};

function withClaimedRole(user: Record<string, unknown>) {
  const role = claimed.getStore()?.role;
  return role ? { data: { ...user, role } } : undefined;
}

/** better-auth's generic OAuth plugin for one OpenID provider: authorization code + PKCE, discovery. */
export function oidcPlugins(env: NodeJS.ProcessEnv = process.env) {
  const settings = readOidcSettings(env);
  if (!settings) return [];
  return [
    genericOAuth({
      config: [
        {
          providerId: OIDC_PROVIDER_ID,
          discoveryUrl: `${settings.issuer}/.well-known/openid-configuration`,
          clientId: settings.clientId,
          clientSecret: settings.clientSecret,
          scopes: ["openid", "email", "profile"],
          pkce: true,
          overrideUserInfo: true,
          // Signing out ends the console's session and lands on /sign-in. Without this, better-auth sends the
          // browser on to the provider's end-session page (discovered), which asks there and never comes back.
          disableProviderLogout: true,
          mapProfileToUser: (profile) => {
            const scope = claimed.getStore();
            if (scope) scope.role = roleFromClaims(profile as Record<string, unknown>, settings.roleClaim);
            return {};
          },
        },
      ],
    }),
  ];
}
