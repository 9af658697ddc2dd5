/**
 * Persisted state keeps its collections as plain JSON objects keyed by ids and names a client sends (endpoint
 * group ids, vhosts, apps, regions). `record[key]` also finds what every object inherits — `constructor`,
 * `toString`, `__proto__` — and hands a function or Object.prototype to a rule written for a record (a 500, or
 * another code than the cloud's not-found). Every lookup by a key from outside goes through these instead.
 */

/** The entry stored under `key` itself, never one inherited from Object.prototype. */
export function own<T>(record: Readonly<Record<string, T>>, key: string | undefined): T | undefined {
  return key !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}

/** `record[key] = value` where `__proto__` becomes an ordinary entry instead of replacing the prototype. */
export function setOwn<T>(record: Record<string, T>, key: string, value: T): T {
  Object.defineProperty(record, key, { value, writable: true, enumerable: true, configurable: true });
  return value;
}
