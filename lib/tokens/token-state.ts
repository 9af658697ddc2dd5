import type { ROLES } from "@/lib/auth/roles";

/** A token as the API lists it: never its secret or its hash. */
export interface TokenSummary {
  id: string;
  name: string;
  role: (typeof ROLES)[number];
  /** The last four characters of the secret, so its owner can tell which one a script uses. */
  hint: string;
  createdAt: number;
  expiresAt: number;
  lastUsedAt: number | null;
  revokedAt: number | null;
  /** Only in an administrator's list of everyone's tokens. */
  owner?: string;
}

export type TokenState = "active" | "expired" | "revoked";

export function tokenState(
  token: Pick<TokenSummary, "expiresAt" | "revokedAt">,
  now = Date.now(),
): TokenState {
  if (token.revokedAt !== null) return "revoked";
  return token.expiresAt <= now ? "expired" : "active";
}
