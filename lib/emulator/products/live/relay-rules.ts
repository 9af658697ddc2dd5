import type { BoundGroup } from "./live-binding";
import { liveErrors } from "./live-errors";
import type { RelayGroup } from "./live-state";

/** Value rules of UpdateRelaySourceV3 (docs/cloud-apis.md §7.1, seed 004): all `InvalidParam` (400). */

export const APP_NAME = /^[A-Za-z0-9_.-]{1,30}$/;
// Older SDK comment: 1–60 characters of letters, digits, `_`, `-`, `.` (docs/cloud-apis.md §7.1 [M]).
const VHOST_NAME = /^[A-Za-z0-9_.-]{1,60}$/;
export const MAX_SERVERS = 10;
export const PROTOCOLS = ["rtmp", "flv"] as const;
const isProtocol = (p: string | undefined): p is (typeof PROTOCOLS)[number] =>
  PROTOCOLS.some((known) => known === p);
// Origin domain or IPv4, optional `:port` (docs/cloud-apis.md §7.1).
const ORIGIN =
  /^(?:(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}|(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d))(?::([1-9]\d{0,4}))?$/;

const invalid = (message: string) => liveErrors.InvalidParam(`Invalid param: ${message}`);

export function requireVhost(vhost: string | undefined): string {
  if (vhost === undefined || vhost === "") throw invalid("Vhost is required.");
  if (!VHOST_NAME.test(vhost)) throw invalid("Vhost is malformed.");
  return vhost;
}

export function requireApp(app: string | undefined): string {
  if (app === undefined || app === "") throw invalid("App is required.");
  return checkApp(app);
}

export function checkApp(app: string): string {
  if (!APP_NAME.test(app))
    throw invalid("App must be 1 to 30 letters, digits, underscores, hyphens or dots.");
  return app;
}

/**
 * GroupDetails: at least one group; each named, with 1–10 servers; each server an origin domain or IPv4 (optional
 * port ≤ 65535) and a protocol that is exactly `rtmp` or `flv` (lower case). Group names repeat at most once per
 * request: a repeat is the seed's `RequestLimitExceeded.Exist` ("%s already exist", HTTP 429).
 */
export function validateGroups(groups: BoundGroup[] | undefined): RelayGroup[] {
  if (!groups || groups.length === 0) throw invalid("GroupDetails is required.");
  const seen = new Set<string>();
  return groups.map((group, i) => {
    const name = group.Group?.trim() ?? "";
    if (name === "") throw invalid(`GroupDetails[${i}].Group is required.`);
    if (seen.has(name)) throw liveErrors["RequestLimitExceeded.Exist"](`Group ${name} already exist`);
    seen.add(name);
    const servers = group.Servers ?? [];
    if (servers.length === 0) throw invalid(`GroupDetails[${i}].Servers is required.`);
    if (servers.length > MAX_SERVERS)
      throw invalid(`GroupDetails[${i}].Servers allows at most ${MAX_SERVERS} servers.`);
    return {
      Group: name,
      Servers: servers.map((server, j) => {
        const at = `GroupDetails[${i}].Servers[${j}]`;
        const domain = server.RelaySourceDomain?.trim() ?? "";
        const match = ORIGIN.exec(domain);
        if (!match || (match[1] !== undefined && Number(match[1]) > 65535))
          throw invalid(`${at}.RelaySourceDomain is malformed.`);
        const protocol = server.RelaySourceProtocol;
        if (!isProtocol(protocol))
          throw invalid(`${at}.RelaySourceProtocol must be ${PROTOCOLS.join(" or ")}.`);
        return {
          RelaySourceProtocol: protocol,
          RelaySourceDomain: domain,
          RelaySourceParams: server.RelaySourceParams ?? {},
        };
      }),
    };
  });
}
