import { test as base, expect, type APIRequestContext, type Page } from "@playwright/test";
import { BJ } from "../lib/emulator/products/volc-vpc/volc-vpc-ids";
import { E2E_BASE_URL, E2E_EMULATOR_URL } from "./test-ports";

/** The emulator's control plane (`/_emulator/*`), for setting up state through its API instead of clicks. */
export interface EmulatorControl {
  /** Back to the seeded demo world, with no fault rules and the default transitions. */
  reset(): Promise<void>;
  /** Changes how async resources settle (e.g. immediately, by time, after N reads); body as the emulator defines it. */
  setTransitions(body: unknown): Promise<void>;
  /** Adds fault rules (`/_emulator/faults`: `{action, httpStatus, code, message, times, …}`); reset clears them. */
  addFaults(rules: unknown): Promise<void>;
  /** Removes every fault rule (the outage is over), leaving the world as it is. */
  clearFaults(): Promise<void>;
  /** Adds `count` settled resources of a kind in a region (`/_emulator/populate`), e.g. a long list. */
  populate(kind: "mirror-session" | "router-interface", region: string, count: number): Promise<void>;
  /** The most recent cloud API requests the emulator received (the emulator's default limit is 100). */
  requests<Entry = unknown>(limit?: number): Promise<Entry[]>;
}

async function call(method: "GET" | "POST" | "DELETE", path: string, body?: unknown): Promise<Response> {
  const response = await fetch(`${E2E_EMULATOR_URL}${path}`, {
    method,
    headers: body === undefined ? undefined : { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) {
    throw new Error(`${method} ${path} → HTTP ${response.status}: ${await response.text()}`);
  }
  return response;
}

export function emulatorControl(): EmulatorControl {
  return {
    async reset() {
      await call("POST", "/_emulator/reset");
    },
    async setTransitions(body) {
      await call("POST", "/_emulator/transitions", body);
    },
    async addFaults(rules) {
      await call("POST", "/_emulator/faults", rules);
    },
    async clearFaults() {
      await call("DELETE", "/_emulator/faults");
    },
    async populate(kind, region, count) {
      await call("POST", "/_emulator/populate", { kind, region, count });
    },
    async requests<Entry>(limit?: number) {
      const query = limit === undefined ? "" : `?limit=${limit}`;
      const payload: unknown = await (await call("GET", `/_emulator/requests${query}`)).json();
      // The emulator answers { requests: [...] }; a bare array is accepted too.
      if (Array.isArray(payload)) return payload as Entry[];
      const wrapped = (payload as { requests?: unknown }).requests;
      return Array.isArray(wrapped) ? (wrapped as Entry[]) : [];
    },
  };
}

/** One catalog operation through a console's `/api/operations/<id>`, answered as its status and JSON body. */
export type OperationCall = (
  id: string,
  body: { region: string; input: Record<string, unknown> },
) => Promise<{ status: number; body: Record<string, unknown> }>;

/** OperationCall through Playwright's `request` (the e2e console, signed in as the project's person). */
export function consoleApi(request: APIRequestContext): OperationCall {
  return async (id, body) => {
    const response = await request.post(`/api/operations/${id}`, {
      headers: { origin: E2E_BASE_URL },
      data: body,
    });
    return { status: response.status(), body: (await response.json()) as Record<string, unknown> };
  };
}

/** What a new mirror session is made of: the ids the create form offers as radios, and its priority. */
export interface SessionChoice {
  eni: string;
  target: string;
  filter: string;
  priority: number;
}

/** A new session the seeded Beijing world accepts (a free ENI, a target and a filter), but for its priority. */
export const BEIJING_SESSION = {
  eni: BJ.enis.web02Primary,
  target: BJ.targets.collectorClb,
  filter: BJ.filters.dns,
} as const;

/**
 * Creates a traffic-mirror session through the console's API (set-up, not the journey under test) and returns its
 * id and the console's RequestId; a refused create fails the test here, with the console's answer.
 */
export async function createMirrorSession(
  call: OperationCall,
  region: string,
  { eni, target, filter, priority }: SessionChoice,
): Promise<{ id: string; requestId: string }> {
  const created = await call("volcengine.vpc.CreateTrafficMirrorSession", {
    region,
    input: {
      NetworkInterfaceId: eni,
      TrafficMirrorTargetId: target,
      TrafficMirrorFilterId: filter,
      Priority: priority,
    },
  });
  expect(created.status, JSON.stringify(created.body)).toBe(200);
  const result = created.body.result as { TrafficMirrorSessionId: string };
  return { id: result.TrafficMirrorSessionId, requestId: created.body.requestId as string };
}

/** Fills the mirror-session create form on /mirror-sessions (English labels) without submitting it. */
export async function fillSessionForm(page: Page, { eni, target, filter, priority }: SessionChoice) {
  for (const [group, choice] of [
    ["Source network interface", eni],
    ["Mirror target", target],
    ["Filter", filter],
  ] as const)
    await page
      .getByRole("group", { name: group })
      .getByRole("radio", { name: new RegExp(choice) })
      .check();
  await page.getByRole("spinbutton", { name: "Priority" }).fill(String(priority));
}

export const test = base.extend<{ emulator: EmulatorControl }>({
  // Lazy: only specs that ask for `emulator` touch the control plane. The callback is named `provide`
  // because react-hooks/rules-of-hooks mistakes Playwright's conventional `use` for a React hook.
  emulator: async ({}, provide) => {
    await provide(emulatorControl());
  },
});

export { expect };
