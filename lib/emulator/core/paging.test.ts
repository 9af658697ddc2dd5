import { describe, expect, it } from "vitest";
import { volcTokens } from "../products/volc-vpc/volc-paging";
import { testEmulator } from "../testing/test-emulator";
import { MCAST_DOMAIN } from "../products/aliyun-demo/demo-ids";
import { aliyunTokens, pageAt, pageByNumber, pageByToken } from "./paging";
import { VendorError } from "./vendor-error";

const codeOf = (fn: () => unknown) => {
  try {
    fn();
    return "no error";
  } catch (error) {
    return error instanceof VendorError ? `${error.httpStatus} ${error.code}` : String(error);
  }
};

describe("one paging core, each vendor's tokens as they were on the wire", () => {
  it("Alibaba tokens are base64url(o:<offset>); Volcengine's base64url(vpc-page:<offset>)", () => {
    expect(aliyunTokens.encode(20)).toBe("bzoyMA");
    expect(volcTokens.encode(10)).toBe("dnBjLXBhZ2U6MTA");
    expect(aliyunTokens.decode("bzoyMA")).toBe(20);
    expect(volcTokens.decode("dnBjLXBhZ2U6MTA")).toBe(10);
  });

  it("a token the vendor did not issue is refused with that vendor's code", () => {
    expect(codeOf(() => aliyunTokens.decode("dnBjLXBhZ2U6MTA"))).toBe("400 InvalidParameter");
    expect(codeOf(() => volcTokens.decode("bzoyMA"))).toBe("400 InvalidNextToken.Malformed");
  });

  it("slices by token, offset or page number; the last page has no token", () => {
    const all = ["a", "b", "c", "d", "e"];
    const first = pageByToken(all, 2, undefined);
    expect(first).toEqual({ items: ["a", "b"], nextToken: "bzoy", maxResults: 2, totalCount: 5 });
    expect(pageByToken(all, 2, first.nextToken).items).toEqual(["c", "d"]);
    expect(pageAt(all, 4, 2, volcTokens)).toEqual({
      items: ["e"],
      nextToken: "",
      maxResults: 2,
      totalCount: 5,
    });
    expect(pageByNumber(all, 3, 2)).toEqual({ items: ["e"], pageNumber: 3, pageSize: 2, totalCount: 5 });
  });

  it("CEN still answers the token it always did", async () => {
    const t = testEmulator();
    const page = await t.aliyun("ListTransitRouterMulticastGroups", "2017-09-12", {
      TransitRouterMulticastDomainId: MCAST_DOMAIN.hz,
      MaxResults: 2,
    });
    expect(page.body.NextToken).toBe("bzoy");
  });
});
