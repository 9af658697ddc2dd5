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
  /** From the console's operation history, when an operation of the console moves it: who started it… */
  startedBy?: string;
  /** …its record (GET /api/operations-history/<id>)… */
  operationId?: string;
  /** …and when it was submitted (epoch ms). */
  since?: number;
}

/** An open operation's resource (from the console's operation history), for the overview to join. */
export interface OpenResource extends InFlight {
  kind: ResourceKind;
}

export interface KindSummary {
  kind: ResourceKind;
  cloud: Cloud;
  href: string;
  lifecycle?: LifecycleName;
  counts: Record<string, number>;
  inFlight: InFlight[];
  /**
   * Regions that could not be read, with the cloud's code — or the console's own configuration code
   * (`MissingCredentials`, `EndpointConfig`; requestId "") when the server cannot call the cloud at all.
   */
  unreadable: { region: string; code: string; requestId: string }[];
  /**
   * A list behind this summary had more than the one page the overview reads: counts and in-flight are then a
   * lower bound ("at least"). Always set by collect-overview; optional for summaries built elsewhere.
   */
  truncated?: boolean;
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
    /** Whether the failed change may still have been applied (lib/cloud/outcome.ts). */
    outcome?: "refused" | "unavailable" | "unknown";
    /** Who asked (from the audit trail). */
    actor?: string;
    /** The resources the call named. */
    resources?: string[];
  }[];
}
