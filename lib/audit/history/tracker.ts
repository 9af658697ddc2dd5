import type { LifecycleName } from "@/lib/status/lifecycles";

/** The status read that tells where a resource is (the watcher makes it; the browser's polls are the same reads). */
export interface ReadSpec {
  operationId: string;
  region: string;
  input: Record<string, unknown>;
}

/** What an accepted mutation opens: the resources it moves, the status they should settle in, how to read them. */
export interface OperationPlan {
  resources: string[];
  /** A status of the lifecycle, or "gone" when the resources should disappear. */
  expected: string;
  read: ReadSpec;
}

/**
 * What one status read showed: the status of each resource it listed, and which resources it would have listed
 * had they existed (a complete, filtered read): a resource it covers but does not list is gone.
 */
export interface Observation {
  statuses: Map<string, string>;
  covers(resource: string): boolean;
}

export const NOTHING_COVERED = () => false;

/**
 * One kind of asynchronous resource: which mutations open an operation on it, which reads show its status, its
 * lifecycle (lib/status/lifecycles) and how long an operation may take before it is "not confirmed".
 */
export interface Tracker {
  name: string;
  lifecycle: LifecycleName;
  limitMs: number;
  opens: Record<
    string,
    (input: Record<string, unknown>, result: unknown, region: string) => OperationPlan | null
  >;
  observes: Record<string, (input: Record<string, unknown>, result: unknown) => Observation>;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
}

export function text(value: unknown): string | undefined {
  return typeof value === "string" && value !== "" ? value : undefined;
}

/** A read is complete when it asked for the first page and the answer says there is no next one. */
export function isComplete(input: Record<string, unknown>, result: unknown): boolean {
  return !text(input.NextToken) && isRecord(result) && !text(result.NextToken);
}
