import "server-only";
import type { z } from "zod";
import { refusal, translator } from "@/lib/auth/entrance";
import type { MessageKey } from "@/lib/i18n/catalog";
import type { Locale } from "@/lib/i18n/locales";

/**
 * Zod issues as the fields a 400 names: the path (an unknown parameter under its own name) and the message, a
 * message key translated with the issue's `params` (a custom issue may carry the values its message names).
 */
export function issueFields(issues: readonly z.core.$ZodIssue[], locale: Locale) {
  const t = translator(locale);
  return issues.flatMap((issue) => {
    const message = t(issue.message as MessageKey, issue.code === "custom" ? issue.params : undefined);
    const paths = issue.code === "unrecognized_keys" ? issue.keys : [issue.path.join(".")];
    return paths.map((path) => ({ path, message }));
  });
}

/**
 * A GET route's query parameters read by `schema` (a z.object of optional string parameters: others are ignored,
 * and a repeated one counts its first value, as URLSearchParams.get reads it), or the 400 that says `title` and
 * names each bad parameter, in the request's language.
 */
export function parseQuery<Shape extends Record<string, z.ZodOptional>>(
  schema: z.ZodObject<Shape>,
  url: URL,
  locale: Locale,
  title: MessageKey,
): { ok: true; params: z.output<z.ZodObject<Shape>> } | { ok: false; response: Response } {
  const raw = Object.fromEntries(
    Object.keys(schema.shape).map((name) => [name, url.searchParams.get(name) ?? undefined]),
  );
  const parsed = schema.safeParse(raw);
  if (parsed.success) return { ok: true, params: parsed.data };
  const fields = issueFields(parsed.error.issues, locale);
  return {
    ok: false,
    response: refusal(400, "request", "InvalidInput", translator(locale)(title), { fields }),
  };
}
