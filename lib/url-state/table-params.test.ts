import { describe, expect, it } from "vitest";
import { vhost } from "@/lib/operations/live/live-input";
import { vhostRule } from "@/lib/operations/live/vhost-rule";
import { requiredId } from "@/lib/schemas/common";
import { resourceId, type IdPrefix } from "@/lib/schemas/resource-id";
import { ALL_REGIONS, idParam, regionParam, searchParam, sortParam, statusParam } from "./table-params";

/** What a page sees for `?key=raw`: the parsed value, or the parser's default when the value is refused. */
const read = <T>(parser: { parse(v: string): T | null; defaultValue?: T }, raw: string) =>
  parser.parse(raw) ?? parser.defaultValue ?? null;

describe("list URL state", () => {
  it("region: a region of the cloud, `all` only where the page offers it, anything else the first region", () => {
    const volc = regionParam("volcengine", { all: true });
    expect(read(volc, "cn-shanghai")).toBe("cn-shanghai");
    expect(read(volc, ALL_REGIONS)).toBe("all");
    expect(read(volc, "cn-hangzhou")).toBe("cn-beijing"); // an Alibaba region, not Volcengine's
    expect(read(volc, "")).toBe("cn-beijing");
    expect(read(volc, "<script>")).toBe("cn-beijing");
    expect(read(regionParam("aliyun"), "all")).toBe("cn-hangzhou");
    expect(volc.serialize("all")).toBe("all");
  });

  it("status: one of the statuses the list knows, else every status", () => {
    const status = statusParam(["Idle", "Active", "Inactive"]);
    expect(read(status, "Idle")).toBe("Idle");
    expect(read(status, "idle")).toBeNull();
    expect(read(status, "Exploded")).toBeNull();
  });

  it("sort: `col` ascending, `-col` descending, an unknown column the table's default", () => {
    const sort = sortParam(["priority", "id"], { id: "priority", desc: false });
    expect(read(sort, "id")).toEqual({ id: "id", desc: false });
    expect(read(sort, "-priority")).toEqual({ id: "priority", desc: true });
    expect(read(sort, "--priority")).toEqual({ id: "priority", desc: false });
    expect(read(sort, "constructor")).toEqual({ id: "priority", desc: false });
    expect(sort.serialize({ id: "priority", desc: true })).toBe("-priority");
  });

  it("search: kept as typed, cut to a bounded length", () => {
    expect(read(searchParam, "tms-2ze")).toBe("tms-2ze");
    expect(read(searchParam, "x".repeat(5000))).toHaveLength(200);
  });

  it("ids: a value of the expected shape, nothing otherwise", () => {
    const domain = idParam(/^tr-mcast-domain-[a-z0-9]+$/);
    expect(read(domain, "tr-mcast-domain-abc123")).toBe("tr-mcast-domain-abc123");
    expect(read(domain, "../../etc")).toBeNull();
  });

  // Ids the catalog takes (so the cloud may hand them out) but older URL patterns dropped: short, upper case, `_`.
  const catalogIds: [IdPrefix, string][] = [
    ["tr-mcast-domain-", "tr-mcast-domain-abc"],
    ["tr-mcast-domain-", "tr-mcast-domain-5mjb5gjb6dgu98xxxx"],
    ["ri-", "ri-2zeo3xzyf38r4urzd"],
    ["ri-", "ri-Ab_1"],
    ["ga-", "ga-bp1odcab8tmno0hdq"],
    ["ga-", "ga-BP1_odc.x"],
    ["lsr-", "lsr-bp1bpn0kn9"],
    ["epg-", "epg-bp1dmlohjjz4kqaun"],
  ];
  it.each(catalogIds)("ids: %s… that the catalog accepts survives a link (%s)", (prefix, id) => {
    expect(requiredId(prefix).safeParse(id).success).toBe(true);
    expect(read(idParam(resourceId(prefix)), id)).toBe(id);
  });

  it("ids: what the catalog refuses, a bare prefix or another kind's id falls back to nothing", () => {
    const accelerator = idParam(resourceId("ga-"));
    for (const bad of ["ga-a b", "ga-a\u200bb", "ga-\u202eevil", "ga-\ud800", "../../etc"]) {
      expect(requiredId("ga-").safeParse(bad).success).toBe(false);
      expect(read(accelerator, bad)).toBeNull();
    }
    expect(read(accelerator, "ga-")).toBeNull();
    expect(read(accelerator, "lsr-bp1bpn0kn9")).toBeNull();
  });

  it("vhost: any vhost the catalog accepts survives a link, up to its length limit", () => {
    const vhostParam = idParam(vhostRule);
    for (const name of ["live.example.com", "push_test.example.com", "localhost", "a".repeat(60)]) {
      expect(vhost.safeParse(name).success).toBe(true);
      expect(read(vhostParam, name)).toBe(name);
    }
    for (const bad of ["a".repeat(61), "live example.com", "live/x", ""]) {
      expect(vhost.safeParse(bad).success).toBe(false);
      expect(read(vhostParam, bad)).toBeNull();
    }
  });
});
