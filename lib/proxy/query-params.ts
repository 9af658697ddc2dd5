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
 * A GET route's query parameters read by `schema`, or the 400 that says `title` and names each bad parameter, in
 * the request's language. One rule for every GET API: a parameter given twice is refused under its own name (which
 * value was meant is a guess, and the routes used to guess differently). Unknown parameters are the schema's
 * choice: a z.object ignores them, a z.strictObject refuses them.
 */
export function parseQuery<Schema extends z.ZodType>(
  schema: Schema,
  url: URL,
  locale: Locale,
  title: MessageKey,
): { ok: true; params: z.output<Schema> } | { ok: false; response: Response } {
  const t = translator(locale);
  const raw: Record<string, string> = {};
  const repeated = new Set<string>();
  for (const [name, value] of url.searchParams) {
    if (Object.hasOwn(raw, name)) repeated.add(name);
    else raw[name] = value;
  }
  // The rest is still checked, so one answer names every bad parameter; a repeated one is named once.
  for (const name of repeated) delete raw[name];
  const parsed = schema.safeParse(raw);
  if (parsed.success && repeated.size === 0) return { ok: true, params: parsed.data };
  const fields = [...repeated].map((path) => ({ path, message: t("validation.query.repeated") }));
  if (!parsed.success) fields.push(...issueFields(parsed.error.issues, locale));
  return { ok: false, response: refusal(400, "request", "InvalidInput", t(title), { fields }) };
}
