import { describe, expect, it } from "vitest";
import type { LiveDomain } from "@/lib/operations/live/list-domain-detail";
import { domainPaging, vhostsOf } from "./vhost-options";

const domain = (Vhost: string, Domain: string, Type = "pull-flv"): LiveDomain => ({
  Vhost,
  Domain,
  Type,
  Status: 0,
});

describe("domainPaging (PageNum/PageSize against Total)", () => {
  it("asks for the next page until PageNum × PageSize reaches Total", () => {
    const page = { DomainList: [domain("a", "a1")], Total: 3 };
    expect(domainPaging(page, { PageNum: 1, PageSize: 1 })).toEqual({ PageNum: 2, PageSize: 1 });
    expect(domainPaging(page, { PageNum: 3, PageSize: 1 })).toBeUndefined();
  });

  it("stops on an empty page whatever Total says, and at the API's PageNum limit", () => {
    expect(domainPaging({ DomainList: [], Total: 50 }, { PageNum: 1, PageSize: 10 })).toBeUndefined();
    expect(
      domainPaging({ DomainList: [domain("a", "a1")], Total: 5000 }, { PageNum: 1000, PageSize: 1 }),
    ).toBeUndefined();
  });
});

describe("vhostsOf", () => {
  it("returns each distinct vhost once, with its domains from every page, sorted", () => {
    const pages = [
      {
        DomainList: [
          domain("push.example.com", "pull.example.com"),
          domain("b.example", "b1.example", "push"),
        ],
        Total: 4,
      },
      {
        DomainList: [
          domain("push.example.com", "push.example.com", "push"),
          domain("push.example.com", "pull.example.com"),
        ],
        Total: 4,
      },
    ];
    expect(vhostsOf(pages).map((v) => [v.vhost, v.domains.map((d) => d.Domain)])).toEqual([
      ["b.example", ["b1.example"]],
      ["push.example.com", ["pull.example.com", "push.example.com"]],
    ]);
  });
});
