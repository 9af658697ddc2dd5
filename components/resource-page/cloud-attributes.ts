import type { Attribute } from "./resource-detail";

/** A field the cloud names as an id (`…Id`, `…Ids`): shown truncated with a copy button. */
const ID_FIELD = /Ids?$/;

function text(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (Array.isArray(value)) return value.map(text).join(", ");
  if (typeof value === "object") {
    const record = value as Record<string, unknown>;
    // Tags and key/value pairs read as key=value; anything else as the cloud wrote it.
    if ("Key" in record)
      return record.Value ? `${String(record.Key)}=${String(record.Value)}` : String(record.Key);
    return JSON.stringify(value);
  }
  return String(value);
}

/**
 * Every attribute the cloud returned for a resource, under the cloud's own field names (the names its API
 * reference and support use), in the cloud's order. Ids are copyable; `links` turns an id into a link to that
 * resource's page in the console.
 */
export function cloudAttributes(
  resource: object,
  links: Record<string, (value: string) => string | undefined> = {},
): Attribute[] {
  return Object.entries(resource).flatMap(([field, value]): Attribute[] => {
    if (ID_FIELD.test(field) && Array.isArray(value) && value.length === 1 && typeof value[0] === "string")
      return [{ label: field, value: value[0], id: value[0], href: links[field]?.(value[0]) }];
    if (ID_FIELD.test(field) && typeof value === "string" && value)
      return [{ label: field, value, id: value, href: links[field]?.(value) }];
    return [{ label: field, value: text(value) }];
  });
}
