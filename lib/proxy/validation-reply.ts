import type { z } from "zod";
import type { Locale } from "@/lib/i18n/locales";
import { validationMessage } from "@/lib/i18n/validation-message";
import { MAX_FIELD_ISSUES, type FieldIssue, type ProxyErrorBody } from "./proxy-error";

/** Record keys come from the request: a path names at most this much of one, so a reply stays small. */
const MAX_SEGMENT_CHARS = 64;

function segment(part: PropertyKey): string {
  const text = String(part);
  return text.length > MAX_SEGMENT_CHARS ? `${text.slice(0, MAX_SEGMENT_CHARS)}…` : text;
}

/** zod's issues → field paths (`input.Tags.0.Key`) with messages in the request's language. */
export function fieldIssues(error: z.ZodError, locale: Locale, prefix: string[] = []): FieldIssue[] {
  // Only the issues that are listed are translated: 20,000 bad rows cost one slice, not 20,000 lookups.
  return error.issues.slice(0, MAX_FIELD_ISSUES).map((issue) => ({
    path: [...prefix, ...issue.path.map(segment)].join("."),
    message: validationMessage(issue.message, locale),
  }));
}

/** The 400 for invalid input: the first {@link MAX_FIELD_ISSUES} issues and how many there were in all. */
export function invalidInput(
  fields: FieldIssue[],
  locale: Locale,
  fieldCount = fields.length,
): { status: 400; body: ProxyErrorBody } {
  const message = validationMessage("validation.invalidInput", locale);
  return {
    status: 400,
    body: {
      error: {
        source: "validation",
        code: "InvalidInput",
        message,
        fields: fields.slice(0, MAX_FIELD_ISSUES),
        fieldCount,
        outcome: "refused",
      },
    },
  };
}
