/**
 * Who may do what, derived from the catalog's `kind` (browser-safe: the UI disables what the server refuses).
 * viewer: every page and every query operation, no mutation (a DryRun is a mutation too, as in the clouds' own
 * permission models); operator: every catalog operation; admin: operator plus users, roles and sessions.
 */
export const ROLES = ["viewer", "operator", "admin"] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

/** An unknown or missing role grants nothing beyond reading (it can only come from a hand-edited database). */
export function roleOf(value: unknown): Role {
  return isRole(value) ? value : "viewer";
}

const RANK: Record<Role, number> = { viewer: 0, operator: 1, admin: 2 };

export function hasRole(role: Role, needed: Role): boolean {
  return RANK[role] >= RANK[needed];
}

/** The least role that may run an operation of this kind. */
export function roleForKind(kind: "query" | "mutation"): Role {
  return kind === "mutation" ? "operator" : "viewer";
}
