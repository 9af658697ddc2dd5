import type { FaultRule, FaultRules } from "../core/faults";
import type { RequestLog } from "../core/request-log";
import type { TransitionEngine, TransitionMode, TransitionUpdate } from "../core/transitions";
import type { Reply } from "../core/dispatch-types";
import type { World } from "../core/world";

export interface ControlDeps {
  world: World;
  transitions: TransitionEngine;
  initialTransitions: TransitionMode;
  faults: FaultRules;
  log: RequestLog;
  transitionKinds: string[];
  operations: string[];
  /** Resolves once the world is on disk (used after reset so a crash right after keeps the reset). */
  flush(): Promise<void>;
}

/**
 * `/_emulator/*`: the emulator's own API (moto's control API), apart from the cloud APIs. It is not signed:
 * it binds to loopback and is switched off entirely in cloud mode.
 */
export async function control(
  method: string,
  path: string,
  search: URLSearchParams,
  body: string,
  deps: ControlDeps,
): Promise<Reply> {
  const route = `${method} ${path.replace(/\/+$/, "")}`;
  try {
    switch (route) {
      case "GET /_emulator/health":
        return ok({ ok: true, operations: deps.operations, transitionKinds: deps.transitionKinds });
      case "POST /_emulator/reset":
        deps.world.reset();
        deps.faults.clear();
        // A reset starts a clean experiment: tests read the log to prove what did (not) reach the cloud.
        deps.log.clear();
        deps.transitions.configure({ ...deps.initialTransitions, kind: undefined });
        await deps.flush();
        return ok({ ok: true });
      case "GET /_emulator/transitions":
        return ok(deps.transitions.describe());
      case "POST /_emulator/transitions":
        deps.transitions.configure(parseTransitions(body, deps.transitionKinds));
        return ok(deps.transitions.describe());
      case "GET /_emulator/faults":
        return ok({ rules: deps.faults.list() });
      case "POST /_emulator/faults":
        deps.faults.add(parseFaults(body));
        return ok({ rules: deps.faults.list() });
      case "DELETE /_emulator/faults":
        deps.faults.clear();
        return ok({ rules: [] });
      case "GET /_emulator/requests": {
        const limit = Number(search.get("limit") ?? "100");
        return ok({ requests: deps.log.recent(Number.isFinite(limit) && limit > 0 ? limit : 100) });
      }
      case "DELETE /_emulator/requests":
        deps.log.clear();
        return ok({ requests: [] });
      case "GET /_emulator/account":
        return ok(deps.world.account.describe());
      case "POST /_emulator/account":
        deps.world.account.update(parseObject(body));
        deps.world.changed();
        return ok(deps.world.account.describe());
      case "POST /_emulator/populate": {
        const { kind, region, count } = parsePopulate(body, deps.world.populateKinds());
        const ids = deps.world.populate(kind, region, count);
        return ok({ kind, region, count: ids.length, first: ids[0] ?? null });
      }
      case "GET /_emulator/state":
        deps.world.settleAll();
        return ok({ ...deps.world.snapshot(), transitions: deps.transitions.describe() });
      default:
        return reply(404, { error: `no control endpoint ${route}` });
    }
  } catch (error) {
    return reply(400, { error: (error as Error).message });
  }
}

function parseObject(body: string): Record<string, unknown> {
  const value: unknown = body.trim() === "" ? {} : JSON.parse(body);
  if (value === null || typeof value !== "object" || Array.isArray(value))
    throw new Error("body must be a JSON object");
  return value as Record<string, unknown>;
}

function parseTransitions(body: string, kinds: string[]): TransitionUpdate {
  const value = parseObject(body);
  const mode = value.mode;
  if (mode !== "immediate" && mode !== "manual" && mode !== "timed") {
    throw new Error('mode must be "immediate", "manual" or "timed"');
  }
  if (value.kind !== undefined && (typeof value.kind !== "string" || !kinds.includes(value.kind))) {
    throw new Error(`kind must be one of ${kinds.join(", ")}`);
  }
  for (const name of ["reads", "ms"] as const) {
    const n = value[name];
    if (n !== undefined && (typeof n !== "number" || !Number.isInteger(n) || n < 0)) {
      throw new Error(`${name} must be a non-negative integer`);
    }
  }
  return {
    mode,
    reads: value.reads as number | undefined,
    ms: value.ms as number | undefined,
    kind: value.kind as string | undefined,
  };
}

/** Load tests go up to a fleet's size; a bound keeps a typo from filling the disk. */
export const POPULATE_MAX = 20_000;

function parsePopulate(body: string, kinds: string[]): { kind: string; region: string; count: number } {
  const value = parseObject(body);
  if (typeof value.kind !== "string" || !kinds.includes(value.kind)) {
    throw new Error(`kind must be one of ${kinds.join(", ")}`);
  }
  // Same shape the signers accept in a host name; it also keeps `__proto__` out of the state's keys.
  if (typeof value.region !== "string" || !/^[a-z]{2,}(-[a-z0-9]+)+$/.test(value.region)) {
    throw new Error("region must be a region id such as cn-beijing");
  }
  const count = value.count;
  if (typeof count !== "number" || !Number.isInteger(count) || count < 1 || count > POPULATE_MAX) {
    throw new Error(`count must be an integer from 1 to ${POPULATE_MAX}`);
  }
  return { kind: value.kind, region: value.region, count };
}

function parseFaults(body: string): FaultRule[] {
  const value: unknown = JSON.parse(body);
  const list = Array.isArray(value) ? value : ((value as { rules?: unknown }).rules ?? [value]);
  if (!Array.isArray(list)) throw new Error("rules must be an array");
  return list.map((rule) => {
    if (rule === null || typeof rule !== "object") throw new Error("each fault rule must be an object");
    return rule as FaultRule;
  });
}

function ok(body: unknown): Reply {
  return reply(200, body);
}

function reply(status: number, body: unknown): Reply {
  return {
    status,
    headers: { "content-type": "application/json;charset=utf-8" },
    body: JSON.stringify(body),
  };
}
