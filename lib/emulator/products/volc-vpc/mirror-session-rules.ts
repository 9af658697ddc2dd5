import type { VendorError } from "../../core/vendor-error";
import { vpcErrors, vpcMessages } from "./volc-vpc-errors";
import type { VolcTag } from "./volc-vpc-state";

/**
 * Parameter rules of CreateTrafficMirrorSession that need no state (docs/cloud-apis.md §6.1, seed 002). Values arrive as
 * strings from the query, so "not an integer" and "out of range" are the same vendor code.
 */

export const PRIORITY = { min: 1, max: 32766 } as const;
// Cloud Control's 1–16777215 (docs/cloud-apis.md §10.8): VNI 0 is not accepted.
export const VNI = { min: 1, max: 16_777_215 } as const;
// Seed: "minimum 64"; Cloud Control: 64–9600 (docs/cloud-apis.md §10.7). The seed's default 1500 is what we store.
export const PACKET_LENGTH = { min: 64, max: 9600, default: 1500 } as const;
export const MAX_TAGS = 20;

/** Strict integer within [min, max]; anything else is `error`. */
export function parseIntIn(
  raw: string | undefined,
  range: { min: number; max: number },
  error: () => VendorError,
): number | undefined {
  if (raw === undefined) return undefined;
  if (!/^-?\d{1,10}$/.test(raw.trim())) throw error();
  const n = Number(raw.trim());
  if (n < range.min || n > range.max) throw error();
  return n;
}

// Letters, digits and CJK may start a name or description (docs/cloud-apis.md §6.1 [M]).
const LEADING = /^[\p{L}\p{N}\p{Script=Han}]/u;
const NAME_CHARS = /^[\p{L}\p{N}\p{Script=Han}._-]+$/u;
const DESCRIPTION_CHARS = /^[\p{L}\p{N}\p{Script=Han},._ =\-，。]+$/u;

export function validateName(name: string | undefined): string {
  if (name === undefined) return "";
  if ([...name].length > 128) throw vpcErrors["InvalidName.Malformed"](vpcMessages.nameTooLong);
  if (!LEADING.test(name) || !NAME_CHARS.test(name)) throw vpcErrors["InvalidName.Malformed"]();
  return name;
}

export function validateDescription(description: string | undefined): string {
  if (description === undefined) return "";
  if ([...description].length > 255)
    throw vpcErrors["InvalidDescription.Malformed"](vpcMessages.descriptionTooLong);
  if (!LEADING.test(description) || !DESCRIPTION_CHARS.test(description)) {
    throw vpcErrors["InvalidDescription.Malformed"]();
  }
  return description;
}

/** ClientToken: at most 64 printable ASCII characters (seed 002). */
export function validateClientToken(token: string | undefined): string | undefined {
  if (token === undefined) return undefined;
  if (token.length > 64 || !/^[\x20-\x7e]+$/.test(token))
    throw vpcErrors["InvalidParameter.ClientTokenMalformed"]();
  return token;
}

/** Tags as received: the 1-based wire index of each entry and its (possibly missing) key and value. */
export interface RawTag {
  index: number;
  Key?: string;
  Value?: string;
}

/**
 * Builds RawTags from the wire parameter names (`Tags.3.Key`) and the nested input. The nested input closes gaps
 * (core/wire-params), so the indices come from the names; both are ordered by index, so they line up.
 */
export function rawTagsFrom(
  paramNames: readonly string[] | undefined,
  nested: ReadonlyArray<Record<string, unknown>>,
): RawTag[] {
  const indices = paramNames
    ? [
        ...new Set(
          paramNames.map((n) => /^Tags\.(\d+)\./.exec(n)?.[1]).filter((i): i is string => i !== undefined),
        ),
      ]
        .map(Number)
        .sort((a, b) => a - b)
    : nested.map((_, i) => i + 1);
  return nested.map((tag, i) => ({
    index: indices[i] ?? i + 1,
    Key: typeof tag.Key === "string" ? tag.Key : undefined,
    Value: typeof tag.Value === "string" ? tag.Value : undefined,
  }));
}

/**
 * Volcengine tag rules (docs/cloud-apis.md §6.1): at most 20 per call; indices 1..N without gaps (`InvalidTag.Disorder`);
 * every entry needs a key (a value alone is a malformed key); keys 1–128 characters, unique, not under the
 * reserved `sys:` prefix; values 0–256 characters. Leading/trailing spaces are trimmed first.
 */
export function validateTags(raw: readonly RawTag[]): VolcTag[] {
  if (raw.length > MAX_TAGS) throw vpcErrors["LimitExceeded.Tags"]();
  raw.forEach((tag, i) => {
    if (tag.index !== i + 1) throw vpcErrors["InvalidTag.Disorder"]();
  });
  const seen = new Set<string>();
  return raw.map((tag) => {
    const key = (tag.Key ?? "").trim();
    const value = (tag.Value ?? "").trim();
    if (key === "")
      throw vpcErrors["InvalidTagKey.Malformed"](
        `The specified parameter tag key is invalid. Tags.${tag.index}.Key is required.`,
      );
    if ([...key].length > 128 || /^sys:/i.test(key)) throw vpcErrors["InvalidTagKey.Malformed"]();
    if (seen.has(key)) {
      throw vpcErrors["InvalidTagKey.Malformed"](
        `The specified parameter tag key is invalid. Duplicate tag key ${key}.`,
      );
    }
    seen.add(key);
    if ([...value].length > 256) throw vpcErrors["InvalidTagValue.Malformed"]();
    return { Key: key, Value: value };
  });
}

/** `TagFilters.N.Key` + `TagFilters.N.Values.M`: a resource matches when every filter has a matching tag. */
export function matchesTagFilters(
  tags: readonly VolcTag[],
  filters: ReadonlyArray<{ key: string; values: string[] }>,
): boolean {
  return filters.every((f) =>
    tags.some((t) => t.Key === f.key && (f.values.length === 0 || f.values.includes(t.Value))),
  );
}

/** Volcengine VPC timestamps: RFC 3339 in Beijing time, e.g. `2026-11-22T16:00:00+08:00`. */
export function volcTime(ms: number): string {
  return new Date(ms + 8 * 3_600_000).toISOString().replace(/\.\d{3}Z$/, "+08:00");
}
