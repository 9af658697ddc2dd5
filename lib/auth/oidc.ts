import "server-only";
import { genericOAuth } from "better-auth/plugins/generic-oauth";
import { isRole } from "./roles";

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
          mapProfileToUser: (profile) => {
            const role = roleFromClaims(profile as Record<string, unknown>, settings.roleClaim);
            return role ? { role } : {};
          },
        },
      ],
    }),
  ];
}
