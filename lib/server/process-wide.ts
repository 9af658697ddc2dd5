/**
 * One value per server process. The console's process holds several copies of our server modules — Next's route
 * bundles and the run command's fast-path bundle (lib/server/operation-endpoint.ts) each bring their own — so
 * state that must be shared (the activity log, the cloud rate limiter) lives on `globalThis` under a registered
 * symbol instead of in a module variable.
 */
export function processWide<T>(name: string, create: () => T): T {
  const key = Symbol.for(`cloudnet-console.${name}`);
  const store = globalThis as unknown as Record<symbol, T | undefined>;
  return (store[key] ??= create());
}
