import { describe, expect, it } from "vitest";
import type { AuditEvent } from "@/lib/audit/audit-types";
import { eventsOf, historyUrl } from "./resource-history";

const event = (id: string, resources: string[]) => ({ id, resources }) as unknown as AuditEvent;

describe("a resource's history", () => {
  it("asks the audit trail for the resource's latest events", () => {
    expect(historyUrl({ resource: "eni-1 x" })).toBe("/api/audit?resource=eni-1+x&limit=20");
  });

  it("keeps only the events naming every id of a source (one ENI can be a source of several groups)", () => {
    const events = [
      event("a", ["tr-mcast-domain-1", "239.0.0.1", "eni-1"]),
      event("b", ["tr-mcast-domain-1", "239.0.0.2", "eni-1"]),
    ];
    expect(eventsOf(events, { resource: "eni-1", alsoNames: ["tr-mcast-domain-1", "239.0.0.1"] })).toEqual([
      events[0],
    ]);
    expect(eventsOf(events, { resource: "eni-1" })).toEqual(events);
  });
});
