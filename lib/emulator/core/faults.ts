import { VendorError } from "./vendor-error";

/** Thrown to make the HTTP server destroy the socket without answering (a dropped connection). */
export class DropConnection extends Error {
  constructor() {
    super("fault injection: connection dropped");
    this.name = "DropConnection";
  }
}

export interface FaultRule {
  /** Action name (`ListAccelerators`) or catalog id (`aliyun.ga.ListAccelerators`); omitted = every action. */
  action?: string;
  /** 0..1, default 1 (always). */
  probability?: number;
  /** Reply with this vendor error (status defaults to 500, code to `InternalError`/`ServiceUnavailable`). */
  httpStatus?: number;
  code?: string;
  message?: string;
  codeN?: number;
  /** Added before answering (or before the error / drop). */
  latencyMs?: number;
  /** Close the connection without a reply. */
  drop?: boolean;
  /** Stop after this many hits. */
  times?: number;
  /**
   * Apply the call first — the change is made and remembered under its ClientToken — then the latency, drop or
   * error: the reply of a call the cloud did apply is lost (or replaced by an error) on its way back.
   */
  afterApply?: boolean;
}

export interface FaultOutcome {
  latencyMs: number;
  drop: boolean;
  error?: VendorError;
  /** The handler runs before the fault (see FaultRule.afterApply). */
  afterApply: boolean;
}

/** Fault rules set through `POST /_emulator/faults`; applied after authentication, before the model. */
export class FaultRules {
  private rules: FaultRule[] = [];

  constructor(private readonly random: () => number = Math.random) {}

  add(rules: FaultRule[]): void {
    for (const rule of rules) validate(rule);
    this.rules.push(...rules.map((r) => ({ ...r })));
  }

  clear(): void {
    this.rules = [];
  }

  list(): FaultRule[] {
    return this.rules.map((r) => ({ ...r }));
  }

  /** Returns what to do for this call, or undefined when no rule fires. */
  match(action: string, operationId: string): FaultOutcome | undefined {
    for (const rule of this.rules) {
      if (rule.action && rule.action !== action && rule.action !== operationId) continue;
      if (rule.times !== undefined && rule.times <= 0) continue;
      if (this.random() >= (rule.probability ?? 1)) continue;
      if (rule.times !== undefined) rule.times -= 1;
      const hasError = rule.httpStatus !== undefined || rule.code !== undefined;
      const status = rule.httpStatus ?? 500;
      return {
        latencyMs: rule.latencyMs ?? 0,
        drop: rule.drop === true,
        afterApply: rule.afterApply === true,
        error: hasError
          ? new VendorError(
              status,
              rule.code ?? (status === 503 ? "ServiceUnavailable" : "InternalError"),
              rule.message ?? "The request processing has failed due to some unknown error.",
              rule.codeN,
            )
          : undefined,
      };
    }
    return undefined;
  }
}

function validate(rule: FaultRule): void {
  const p = rule.probability ?? 1;
  if (typeof p !== "number" || p < 0 || p > 1) throw new Error("probability must be between 0 and 1");
  // 200 only with an explicit code: Volcengine Live documents `CommonErr` answered with HTTP 200 (docs/cloud-apis.md §5.3).
  const isServiceError200 = rule.httpStatus === 200 && typeof rule.code === "string" && rule.code !== "";
  if (
    rule.httpStatus !== undefined &&
    !isServiceError200 &&
    (rule.httpStatus < 400 || rule.httpStatus > 599)
  ) {
    throw new Error("httpStatus must be 4xx or 5xx (or 200 with a code)");
  }
  if (rule.afterApply !== undefined && typeof rule.afterApply !== "boolean") {
    throw new Error("afterApply must be true or false");
  }
  if (rule.latencyMs !== undefined && (rule.latencyMs < 0 || rule.latencyMs > 60_000)) {
    throw new Error("latencyMs must be between 0 and 60000");
  }
}
