import { z } from "zod";
import { ROLES } from "@/lib/auth/roles";

/**
 * What a personal API token is, as both the /settings/tokens form and the API check it (browser-safe). The secret
 * starts with a recognisable prefix, so secret scanners and people can tell a console token from anything else.
 */
export const TOKEN_PREFIX = "cnc_";
/** A token lives at most a year: a leaked one cannot outlive its owner's next review by long. */
export const MAX_TOKEN_DAYS = 365;
export const DEFAULT_TOKEN_DAYS = 90;
export const MAX_TOKEN_NAME = 64;
/** A person may hold this many live tokens; more is a sign of a script creating them in a loop. */
export const MAX_TOKENS_PER_USER = 50;

/** Every refusal is a message key (the route translates it), wrong types included: no zod English reaches anyone. */
export const createTokenInput = z.object(
  {
    name: z
      .string({ error: "tokens.validation.name" })
      .trim()
      .min(1, "tokens.validation.name")
      .max(MAX_TOKEN_NAME, "tokens.validation.name")
      .regex(/^[\p{L}\p{N}][\p{L}\p{N} ._:/@'-]*$/u, "tokens.validation.nameChars"),
    role: z.enum(ROLES, { error: "tokens.validation.role" }),
    // A number, or the digits a number field submits; not z.coerce, which turns true into 1 and [30] into 30.
    expiresInDays: z
      .union([z.number(), z.string().trim().regex(/^\d+$/).transform(Number)], {
        error: "tokens.validation.days",
      })
      .pipe(
        z
          .number()
          .int("tokens.validation.days")
          .min(1, "tokens.validation.days")
          .max(MAX_TOKEN_DAYS, "tokens.validation.days"),
      ),
  },
  { error: "tokens.validation.body" },
);
export type CreateTokenInput = z.infer<typeof createTokenInput>;

// What the token list shows lives in a zod-free module, so the tokens page does not load zod until its form does.
export { tokenState, type TokenState, type TokenSummary } from "./token-state";

/**
 * GET /api/tokens's query: `?scope=all` lists everyone's tokens (administrators), `?scope=mine` (the default) your
 * own; any other scope is refused by name rather than answered with your own list as if it were "mine".
 */
export const tokenListQuery = z.object({
  scope: z.enum(["mine", "all"], { error: "tokens.validation.scope" }).optional(),
});
