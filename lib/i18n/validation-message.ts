import { DICTIONARIES, type MessageKey } from "./catalog";
import type { Locale } from "./locales";
import { interpolate } from "./translate";

/**
 * zod issues carry message keys from lib/schemas; zod's own defaults (for rules without a key) are plain
 * English and pass through unchanged.
 */
export function validationMessage(message: string, locale: Locale): string {
  const dictionary = DICTIONARIES[locale];
  return Object.hasOwn(dictionary, message) ? interpolate(dictionary[message as MessageKey]) : message;
}
