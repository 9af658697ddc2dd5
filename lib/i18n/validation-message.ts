import type { Locale } from "./locales";
import { validationMessages } from "./messages/validation";
import { interpolate } from "./translate";

/**
 * zod issues carry message keys from lib/schemas; zod's own defaults (for rules without a key) are plain
 * English and pass through unchanged. Only the validation area is imported: this runs in the browser too,
 * and the full catalog (every area, both languages) would triple the first-load JS of every form page.
 */
export function validationMessage(message: string, locale: Locale): string {
  const dictionary: Record<string, string> = validationMessages[locale];
  return Object.hasOwn(dictionary, message) ? interpolate(dictionary[message]!) : message;
}
