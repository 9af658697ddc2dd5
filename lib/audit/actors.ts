import type { Actor } from "@/lib/auth/guard";
import type { AuditActor } from "./audit-types";

/** A signed-in person (the guard's Actor) as the audit trail records them. */
export function auditActor(actor: Actor): AuditActor {
  return {
    name: actor.email,
    type: "user",
    userId: actor.userId,
    role: actor.role,
    clientIp: actor.clientIp,
    userAgent: actor.userAgent,
  };
}

export const CLI_ACTOR: AuditActor = { name: "cli", type: "cli" };
export const SYSTEM_ACTOR: AuditActor = { name: "system", type: "system" };
