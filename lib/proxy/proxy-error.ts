import type { Outcome } from "@/lib/cloud/outcome";

/**
 * The proxy route's reply bodies (issue #5): one shape for validation errors, one for the request itself, one for
 * the cloud's, one for the server's own configuration. Every error carries `outcome` (issue #13,
 * lib/cloud/outcome.ts): whether anything may have changed in the cloud — `refused` (nothing did), `unavailable`
 * (nothing did; the cloud did not take it, asking again later is safe) or `unknown` (it may have been applied).
 */

export type { Outcome };

export interface FieldIssue {
  path: string;
  message: string;
}

/** At most this many field issues are listed in a 400; `fieldCount` says how many there were. */
export const MAX_FIELD_ISSUES = 100;

export type ProxyErrorBody =
  | {
      error: {
        source: "validation";
        code: "InvalidInput";
        message: string;
        /** The first {@link MAX_FIELD_ISSUES} issues. */
        fields: FieldIssue[];
        /** How many issues the input had in all. */
        fieldCount: number;
        outcome: "refused";
      };
    }
  | {
      error: {
        source: "request";
        code: string;
        message: string;
        /**
         * Always set on the wire (the proxy adds `refused` where a refusal was built without one). Optional in the
         * type only for lib/proxy/cross-site.ts, which predates the contract and is being replaced by the
         * sign-in guard; make it required then.
         */
        outcome?: Outcome;
      };
    }
  /**
   * 401 `Unauthenticated` (no session) and 403 `Forbidden.Role` (the role may not), from the guard
   * (lib/auth/guard.ts); nothing was sent to the cloud.
   */
  | {
      error: {
        source: "auth";
        code: string;
        message: string;
        outcome: "refused";
      };
    }
  /**
   * 503: the server's environment is wrong (lib/cloud/config-error.ts); nothing was sent to the cloud. `message`
   * is in the request's language; `variables` are the environment variable names at fault, never their values.
   */
  | {
      error: {
        source: "config";
        code: "MissingCredentials" | "EndpointConfig";
        message: string;
        variables: string[];
        outcome: "refused";
      };
    }
  | {
      error: {
        source: "cloud";
        cloud: string;
        code: string;
        message: string;
        requestId: string;
        httpStatus: number;
        outcome: Outcome;
      };
    };

export interface ProxySuccessBody<Result = unknown> {
  requestId: string;
  result: Result;
}
