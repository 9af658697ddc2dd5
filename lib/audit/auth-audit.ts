import "server-only";
import { getSessionFromCtx, isAPIError } from "better-auth/api";
import type { AuthHookContext } from "@/lib/auth/sign-in-limit";
import type { Database } from "@/lib/db/database";
import type { AuditActor, AuditOutcome, RefusalReason } from "./audit-types";
import { auditWriter } from "./audit-writer";

/** better-auth endpoints whose use the trail records, and the action each is recorded as. */
const ACTIONS: Record<string, string> = {
  "/sign-in/email": "auth.sign-in",
  "/sign-out": "auth.sign-out",
  "/change-password": "auth.change-password",
  "/revoke-sessions": "auth.revoke-sessions",
  "/revoke-other-sessions": "auth.revoke-sessions",
  "/revoke-session": "auth.revoke-sessions",
  "/admin/create-user": "users.create",
  "/admin/set-role": "users.set-role",
  "/admin/ban-user": "users.disable",
  "/admin/unban-user": "users.enable",
  "/admin/revoke-user-sessions": "users.revoke-sessions",
  "/admin/revoke-user-session": "users.revoke-sessions",
  "/admin/remove-user": "users.remove",
  "/admin/set-user-password": "users.reset-password",
  "/admin/update-user": "users.update",
  "/admin/impersonate-user": "users.impersonate",
  "/admin/stop-impersonating": "users.impersonate",
};
// better-auth 1.7 answers the provider at /callback/:id (generic OAuth); earlier versions at /oauth2/callback/:id.
const SSO_CALLBACK = /^\/(oauth2\/)?callback\//;

interface Before {
  actor: AuditActor | null;
  target: { id: string; email: string; role: string | null } | null;
}

// What the before hook learned, for the after hook of the same call (the session may be gone by then: sign-out).
const seen = new WeakMap<object, Before>();

function clientOf(ctx: AuthHookContext) {
  const headers = ctx.request?.headers ?? ctx.headers;
  return {
    clientIp: headers?.get("x-cloudnet-client-ip") ?? null,
    userAgent: headers?.get("user-agent") ?? null,
  };
}

function actionOf(path: string): string | undefined {
  return ACTIONS[path] ?? (SSO_CALLBACK.test(path) ? "auth.sign-in" : undefined);
}

function bodyField(ctx: AuthHookContext, name: string): string | undefined {
  const value = (ctx.body as Record<string, unknown> | undefined)?.[name];
  return typeof value === "string" ? value : undefined;
}

function refusalOf(status: number, path: string): RefusalReason {
  if (status === 403) return path.startsWith("/admin/") ? "role" : "credentials";
  if (status === 401 || path === "/change-password") return "credentials";
  return "validation";
}

/**
 * What better-auth's hooks call (lib/auth/hooks.ts composes them with the sign-in limit) to record sign-in, failed sign-in, sign-out, password changes, session revocations and
 * every user change an administrator makes, with who did it, from where, and to whom. The record is written
 * before the answer leaves (a failed write fails the request: the trail is never silently short).
 */
export function authAudit(database: Database) {
  const record = (events: Parameters<ReturnType<typeof auditWriter>["append"]>[0]) =>
    auditWriter(database).append(events);

  return {
    async before(ctx: AuthHookContext) {
      const action = actionOf(ctx.path);
      if (!action || action === "auth.sign-in") return;
      const session = await getSessionFromCtx(ctx).catch(() => null);
      const user = session?.user as { id: string; email: string; role?: string } | undefined;
      const targetId = bodyField(ctx, "userId");
      const target = targetId
        ? await ctx.context.internalAdapter.findUserById(targetId).catch(() => null)
        : null;
      const key = ctx.headers ?? ctx.request;
      if (key)
        seen.set(key, {
          actor: user ? { name: user.email, type: "user", userId: user.id, role: user.role ?? null } : null,
          target: target
            ? { id: target.id, email: target.email, role: (target as { role?: string }).role ?? null }
            : null,
        });
    },

    /** A sign-in the failure limit refused before any password was checked. */
    async limited(ctx: AuthHookContext, error: unknown) {
      if (ctx.path !== "/sign-in/email" || !isAPIError(error)) return;
      await record([
        {
          actor: {
            name: (bodyField(ctx, "email") ?? "unknown").trim().toLowerCase(),
            type: "anonymous",
            ...clientOf(ctx),
          },
          action: "auth.sign-in-failed",
          phase: "event",
          outcome: "refused",
          reason: "credentials",
          errorCode: String((error.body as { code?: unknown } | undefined)?.code ?? error.status),
          detail: { method: "password" },
        },
      ]);
    },

    async after(ctx: AuthHookContext) {
      const action = actionOf(ctx.path);
      if (!action) return;
      const returned = ctx.context.returned;
      // The provider's callback ends in a redirect, which better-auth returns as an APIError (302 FOUND) whether
      // or not it made a session: only the session tells a completed SSO sign-in from a cancelled one.
      const redirected = isAPIError(returned) && returned.statusCode === 302;
      const failed = isAPIError(returned) && !(redirected && ctx.context.newSession);
      const status = failed ? returned.statusCode : 200;
      const code = failed
        ? String((returned.body as { code?: unknown } | undefined)?.code ?? returned.status)
        : null;
      const client = clientOf(ctx);
      const sso = SSO_CALLBACK.test(ctx.path);

      if (action === "auth.sign-in") {
        const signedIn = ctx.context.newSession?.user as
          { id: string; email: string; role?: string } | undefined;
        if (signedIn && !failed) {
          await record([
            {
              actor: {
                name: signedIn.email,
                type: "user",
                userId: signedIn.id,
                role: signedIn.role ?? null,
                ...client,
              },
              action,
              phase: "event",
              outcome: "ok",
              detail: { method: sso ? "sso" : "password" },
            },
          ]);
          return;
        }
        const typed = (bodyField(ctx, "email") ?? (sso ? "sso" : "unknown")).trim().toLowerCase();
        await record([
          {
            actor: { name: typed, type: "anonymous", ...client },
            action: "auth.sign-in-failed",
            phase: "event",
            outcome: "refused",
            reason: "credentials",
            errorCode: code ?? "SSO_NOT_COMPLETED",
            detail: { method: sso ? "sso" : "password" },
          },
        ]);
        return;
      }

      const before = seen.get((ctx.headers ?? ctx.request) as object);
      const actor: AuditActor = before?.actor
        ? { ...before.actor, ...client }
        : { name: "unknown", type: "anonymous", ...client };
      const outcome: AuditOutcome = failed ? "refused" : "ok";
      const target = before?.target;
      const created = (returned as { user?: { id?: string; email?: string } } | undefined)?.user;
      const targetEmail =
        target?.email ??
        (action === "users.create" ? (created?.email ?? bodyField(ctx, "email")) : undefined);
      await record([
        {
          actor,
          action,
          phase: "event",
          outcome,
          reason: failed ? refusalOf(status, ctx.path) : null,
          errorCode: code,
          resources: targetEmail ? [targetEmail] : [],
          detail: {
            ...(targetEmail ? { target: targetEmail } : {}),
            ...(target?.role ? { previousRole: target.role } : {}),
            ...(bodyField(ctx, "role") ? { role: bodyField(ctx, "role") } : {}),
            ...(ctx.path === "/revoke-other-sessions" ? { scope: "other sessions" } : {}),
            ...(ctx.path === "/admin/stop-impersonating" ? { stopped: true } : {}),
          },
        },
      ]);
    },
  };
}
