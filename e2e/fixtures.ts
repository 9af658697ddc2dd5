import { test as base, expect } from "@playwright/test";
import { E2E_EMULATOR_URL } from "./test-ports";

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

export const test = base.extend<{ emulator: EmulatorControl }>({
  // Lazy: only specs that ask for `emulator` touch the control plane. The callback is named `provide`
  // because react-hooks/rules-of-hooks mistakes Playwright's conventional `use` for a React hook.
  emulator: async ({}, provide) => {
    await provide(emulatorControl());
  },
});

export { expect };
