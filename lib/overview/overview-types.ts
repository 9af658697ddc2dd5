import type { Cloud } from "@/lib/operations/types";
import type { LifecycleName } from "@/lib/status/lifecycles";

/** What the overview shows per resource kind: counts by status, and each resource still in transition. */
export type ResourceKind =
  "multicastSources" | "routerInterfaces" | "mirrorSessions" | "gaDestinations" | "relaySources";

export interface InFlight {
  id: string;
  status: string;
  region: string;
  /** The resource this belongs to, for context (domain, accelerator…). */
  parent?: string;
}

export interface KindSummary {
  kind: ResourceKind;
  cloud: Cloud;
  href: string;
  lifecycle?: LifecycleName;
  counts: Record<string, number>;
  inFlight: InFlight[];
  /** Regions that could not be read, with the cloud's code. */
  unreadable: { region: string; code: string; requestId: string }[];
}

export interface Overview {
  generatedAt: string;
  kinds: KindSummary[];
  failures: {
    at: string;
    operationId: string;
    region: string;
    code: string;
    message: string;
    requestId: string;
  }[];
}
