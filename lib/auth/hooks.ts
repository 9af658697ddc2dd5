import "server-only";
import { createAuthMiddleware } from "better-auth/api";
import { authAudit } from "@/lib/audit/auth-audit";
import type { Database } from "@/lib/db/database";
import { signInLimitAfter, signInLimitBefore } from "./sign-in-limit";

/**
 * better-auth's one pair of hooks for the console: the sign-in failure limit (lib/auth/sign-in-limit.ts) and the
 * audit trail (lib/audit/auth-audit.ts). A sign-in the limit refuses is recorded as a failed sign-in before the
 * 429 leaves, since better-auth runs no after hook once a before hook throws.
 */
export function consoleAuthHooks(database: Database) {
  const limitBefore = signInLimitBefore(database);
  const limitAfter = signInLimitAfter(database);
  const audit = authAudit(database);
  return {
    before: createAuthMiddleware(async (ctx) => {
      try {
        await limitBefore(ctx);
      } catch (error) {
        await audit.limited(ctx, error);
        throw error;
      }
      await audit.before(ctx);
    }),
    after: createAuthMiddleware(async (ctx) => {
      await limitAfter(ctx);
      await audit.after(ctx);
    }),
  };
}
