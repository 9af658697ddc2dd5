import type { z } from "zod";
import type { createTrafficMirrorSession } from "@/lib/operations/volc-vpc/create-traffic-mirror-session";

export type CreateSessionInput = z.input<typeof createTrafficMirrorSession.input>;
export type CreateSessionValues = z.output<typeof createTrafficMirrorSession.input>;

/** For optional text inputs: blank means "not given", so the schema's optional() applies instead of min(1). */
export function blankToUndefined(value: unknown): string | undefined {
  return typeof value === "string" && value.trim() !== "" ? value : undefined;
}

/** For optional number inputs: blank is "not given"; anything else is a number (NaN fails the schema). */
export function blankToNumber(value: unknown): number | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === "number") return Number.isNaN(value) ? undefined : value;
  return String(value).trim() === "" ? undefined : Number(value);
}

/**
 * The validated form values as the operation's input: no empty tag list and no empty tag values, so a retry of
 * the same intent is byte-for-byte the same input (and reuses its ClientToken).
 */
export function toCreateInput(values: CreateSessionValues): CreateSessionValues {
  const { Tags, ...rest } = values;
  const input: CreateSessionValues = { ...rest };
  for (const key of Object.keys(input) as (keyof CreateSessionValues)[]) {
    if (input[key] === undefined) delete input[key];
  }
  if (Tags && Tags.length > 0) {
    input.Tags = Tags.map((tag) => (tag.Value ? { Key: tag.Key, Value: tag.Value } : { Key: tag.Key }));
  }
  return input;
}
