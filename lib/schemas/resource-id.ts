import { isIdentifierText } from "./text-rules";

/**
 * The resource ids the catalog takes (`requiredId` in lib/schemas/common.ts), without zod: the URL parsers of the
 * console pages read ids by the same rule, so an id the cloud accepts is never dropped from a link and the pages'
 * first load stays free of zod. Each prefix has its message `validation.idPrefix.<prefix>`.
 */
export const ID_PREFIXES = [
  "tr-mcast-domain-",
  "eni-",
  "vpc-",
  "ri-",
  "epg-",
  "dst-",
  "ga-",
  "lsr-",
  "tmt-",
  "tmf-",
  "tms-",
] as const;
export type IdPrefix = (typeof ID_PREFIXES)[number];

/**
 * A test for the ids `requiredId(prefix)` accepts (given trimmed, as a URL value is): `idParam(resourceId("ga-"))`.
 * A bare prefix names nothing, so a link drops it (the catalog leaves that one to the cloud's NotFound).
 */
export function resourceId(prefix: IdPrefix): { test(value: string): boolean } {
  return {
    test: (value) => value.length > prefix.length && value.startsWith(prefix) && isIdentifierText(value),
  };
}
