"use client";

import { createContext, useContext, type ReactNode } from "react";
import { hasRole, roleForKind, type Role } from "@/lib/auth/roles";
import type { MessageKey } from "@/lib/i18n/catalog";

/** The signed-in person as the browser may know them: no ids, no session token. */
export interface SignedInPerson {
  email: string;
  role: Role;
}

const ActorContext = createContext<SignedInPerson | null>(null);

export function ActorProvider({ actor, children }: { actor: SignedInPerson; children: ReactNode }) {
  return <ActorContext.Provider value={actor}>{children}</ActorContext.Provider>;
}

export function useActor(): SignedInPerson | null {
  return useContext(ActorContext);
}

/**
 * Whether the signed-in person may run operations of this kind, and if not the message key of the reason, so a
 * control can be shown disabled with it (the server refuses the same calls with 403). Outside a signed-in page
 * (component tests without a provider) everything is allowed: the server is the authority.
 */
export function usePermission(kind: "query" | "mutation" = "mutation"): {
  allowed: boolean;
  reason?: MessageKey;
} {
  const actor = useActor();
  if (!actor) return { allowed: true };
  const needed = roleForKind(kind);
  if (hasRole(actor.role, needed)) return { allowed: true };
  return {
    allowed: false,
    reason: needed === "operator" ? "auth.role.needsOperator" : "auth.role.needsAdmin",
  };
}
