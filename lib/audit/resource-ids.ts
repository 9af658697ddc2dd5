/**
 * The resource ids an operation names, from its input and from the cloud's result, for the audit row and the
 * "resource" filter: every `…Id` / `…Ids` parameter (domains, ENIs, interfaces, groups, sessions, destinations),
 * plus the names that identify a resource without an id (a multicast group address, a Live vhost and app).
 */
const NAMED_KEYS = new Set(["GroupIpAddress", "Vhost", "App"]);
const NOT_RESOURCES = new Set(["RegionId", "ClientToken", "RequestId", "ResourceGroupId", "ProjectName"]);

function collect(value: unknown, key: string | null, out: Set<string>, depth: number) {
  if (depth > 6 || value === null || value === undefined) return;
  if (Array.isArray(value)) {
    for (const item of value) collect(item, key, out, depth + 1);
    return;
  }
  if (typeof value === "object") {
    for (const [k, v] of Object.entries(value)) collect(v, k, out, depth + 1);
    return;
  }
  if (key === null || NOT_RESOURCES.has(key)) return;
  if (
    (typeof value === "string" || typeof value === "number") &&
    (/Ids?$/.test(key) || NAMED_KEYS.has(key))
  ) {
    const id = String(value).trim();
    if (id && id.length <= 200) out.add(id);
  }
}

export function resourceIds(...sources: unknown[]): string[] {
  const out = new Set<string>();
  for (const source of sources) collect(source, null, out, 0);
  return [...out].slice(0, 100);
}
