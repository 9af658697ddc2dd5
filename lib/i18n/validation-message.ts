import { MAX_SOURCE_ENIS } from "@/lib/operations/cbn/register-transit-router-multicast-group-sources.meta";
import { GA_PORT_RANGE, MAX_DESTINATIONS } from "@/lib/operations/ga/ga-types";
import {
  MAX_SESSION_TAGS,
  PACKET_LENGTH_RANGE,
  PRIORITY_RANGE,
  VNI_RANGE,
} from "@/lib/operations/volc-vpc/traffic-mirror-types";
import type { Locale } from "./locales";
import { validationMessages } from "./messages/validation";
import { interpolate, type MessageParams } from "./translate";

/**
 * The catalog limits a message names, by message key: zod hands the form and the route only the key, so the
 * numbers come from the same constants the schemas enforce (zod-free modules, so no schema comes along).
 */
const LIMITS: Partial<Record<string, MessageParams>> = {
  "validation.port": GA_PORT_RANGE,
  "validation.priority": PRIORITY_RANGE,
  "validation.vni": VNI_RANGE,
  "validation.packetLength": PACKET_LENGTH_RANGE,
  "validation.enis.max": { max: MAX_SOURCE_ENIS },
  "validation.destinations.max": { max: MAX_DESTINATIONS },
  "validation.tags.max": { max: MAX_SESSION_TAGS },
};

/**
 * zod issues carry message keys from lib/schemas; zod's own defaults (for rules without a key) are plain
 * English and pass through unchanged. Only the validation area is imported: this runs in the browser too,
 * and the full catalog (every area, both languages) would triple the first-load JS of every form page.
 */
export function validationMessage(message: string, locale: Locale): string {
  const dictionary: Record<string, string> = validationMessages[locale];
  return Object.hasOwn(dictionary, message) ? interpolate(dictionary[message]!, LIMITS[message]) : message;
}
