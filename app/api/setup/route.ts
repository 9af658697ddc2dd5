import { z } from "zod";
import { recordAccountEvent } from "@/lib/audit/account-events";
import { CLIENT_IP_HEADER, MIN_PASSWORD_LENGTH } from "@/lib/auth/auth";
import {
  checkRequest,
  checkSameOrigin,
  databaseUnavailable,
  refusal,
  requestLocale,
  translator,
} from "@/lib/auth/entrance";
import { getRuntime } from "@/lib/auth/runtime";
import { claimSetup, hasAdmin, type SetupRefusal } from "@/lib/auth/setup-token";
import { methodNotAllowed } from "@/lib/proxy/path-refusals";
import { refuseBearer } from "@/lib/tokens/bearer";
import { AccountError, accounts } from "@/lib/auth/users";

/** How each refused claim answers: an unknown link is a bad request, a spent one is gone, a race is a conflict. */
const REFUSALS = {
  unknown: [400, "InvalidSetupToken", "auth.setup.invalidToken"],
  used: [410, "SetupTokenUsed", "auth.setup.tokenUsed"],
  expired: [410, "SetupTokenExpired", "auth.setup.tokenExpired"],
  busy: [409, "SetupInProgress", "auth.setup.inProgress"],
  done: [409, "SetupDone", "auth.setup.done"],
} as const satisfies Record<SetupRefusal, readonly [number, string, string]>;

const body = z.object({
  token: z.string().min(1).max(200),
  name: z.string().trim().min(1).max(100),
  email: z.email().max(254),
  password: z.string().min(MIN_PASSWORD_LENGTH).max(256),
});

/**
 * POST /api/setup: the one-time setup link creates the first administrator, then signs them in. Public (there
 * is nobody to sign in as yet) but guarded like every entrance (guardSetup: host, no API token, same-origin
 * proof), and refused once any administrator exists or the token is unknown, used or expired.
 */
export async function POST(request: Request): Promise<Response> {
  const locale = requestLocale(request.headers);
  const t = translator(locale);
  // A personal API token never reaches setup (docs/DECISIONS.md: tokens work on an allowlist of paths only).
  const guardSetup =
    checkRequest(request, locale) ?? refuseBearer(request, locale) ?? checkSameOrigin(request, locale);
  if (guardSetup) return guardSetup;
  let input: z.infer<typeof body>;
  try {
    const parsed = body.safeParse(JSON.parse(await request.text()));
    if (!parsed.success) {
      const fields = parsed.error.issues.map((issue) => ({
        path: issue.path.join("."),
        message:
          issue.path[0] === "password"
            ? t("auth.password.tooShort", { min: MIN_PASSWORD_LENGTH })
            : issue.path[0] === "email"
              ? t("auth.email.invalid")
              : issue.message,
      }));
      return refusal(400, "request", "InvalidInput", t("auth.error.unknown"), { fields });
    }
    input = parsed.data;
  } catch {
    return refusal(400, "request", "InvalidInput", t("auth.error.unknown"));
  }
  let runtime;
  try {
    runtime = await getRuntime();
  } catch {
    return databaseUnavailable(locale);
  }
  const { db } = runtime.database;
  const client = {
    clientIp: request.headers.get(CLIENT_IP_HEADER),
    userAgent: request.headers.get("user-agent"),
  };
  // Refused setups are recorded too: someone trying setup links is worth knowing about.
  const refuse = async (
    status: number,
    code: string,
    message: string,
    extra: Record<string, unknown> = {},
  ) => {
    await recordAccountEvent(
      runtime.database,
      { name: input.email.toLowerCase(), type: "anonymous", ...client },
      "auth.setup",
      { target: input.email, outcome: "refused", errorCode: code },
    );
    return refusal(status, "auth", code, message, extra);
  };
  const emailTaken = () =>
    refuse(409, "EmailTaken", t("auth.email.taken"), {
      fields: [{ path: "email", message: t("auth.email.taken") }],
    });
  if (await hasAdmin(db)) return refuse(409, "SetupDone", t("auth.setup.done"));
  // Checked before the token is spent, so the person can pick another email with the same link.
  const email = input.email.trim().toLowerCase();
  if (await db.selectFrom("user").select("id").where("email", "=", email).executeTakeFirst())
    return emailTaken();
  // Spends the link and holds the first-administrator slot: of concurrent setups, one gets past here.
  const claim = await claimSetup(db, input.token);
  if (!claim.ok) {
    const [status, code, key] = REFUSALS[claim.reason];
    return refuse(status, code, t(key));
  }
  let admin;
  try {
    admin = await accounts(runtime.auth).add({
      email,
      name: input.name,
      role: "admin",
      password: input.password,
    });
  } catch (error) {
    await claim.release(false);
    if (error instanceof AccountError && error.code === "EmailTaken") return emailTaken();
    throw error;
  }
  await claim.release(true);
  await recordAccountEvent(
    runtime.database,
    { name: admin.email, type: "user", userId: admin.id, role: "admin", ...client },
    "auth.setup",
    { target: admin.email, detail: { role: "admin" } },
  );
  return runtime.auth.api.signInEmail({
    body: { email: input.email, password: input.password },
    headers: request.headers,
    asResponse: true,
  });
}

// Any other method answers a JSON 405 too: every path under /api/ answers JSON (Next's own 405 has no body).
const notPost = methodNotAllowed("POST");
export const GET = notPost;
export const PUT = notPost;
export const PATCH = notPost;
export const DELETE = notPost;
