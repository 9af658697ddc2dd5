import { describe, expect, it } from "vitest";
import { resourceHref } from "./resource-href";

describe("resourceHref", () => {
  it("puts region and id of a mirror session in the path", () => {
    expect(resourceHref({ kind: "mirror-session", region: "cn-beijing", id: "tms-1" })).toBe(
      "/mirror-sessions/cn-beijing/tms-1",
    );
  });

  it("encodes ids that would otherwise break the path", () => {
    expect(
      resourceHref({
        kind: "multicast-source",
        region: "cn-hangzhou",
        domainId: "tr-mcast-domain-1",
        groupIp: "239.1.1.1",
        networkInterfaceId: "eni/../x",
      }),
    ).toBe("/multicast-sources/cn-hangzhou/tr-mcast-domain-1/239.1.1.1/eni%2F..%2Fx");
  });

  it("keeps a relay source's optional app and group in the query", () => {
    expect(resourceHref({ kind: "relay-source", vhost: "live.example.com", app: "live app" })).toBe(
      "/relay-sources/live.example.com?app=live+app",
    );
    expect(resourceHref({ kind: "relay-source", vhost: "live.example.com" })).toBe(
      "/relay-sources/live.example.com",
    );
  });

  it("never throws on an ill-formed id: the lone surrogate becomes U+FFFD", () => {
    expect(resourceHref({ kind: "mirror-session", region: "cn-beijing", id: "tms-\uD800" })).toBe(
      "/mirror-sessions/cn-beijing/tms-%EF%BF%BD",
    );
  });
});
