import { describe, expect, it } from "vitest";
import { ipv4ToNumber, multicastGroupIp } from "./ipv4";

const issue = (value: string) => multicastGroupIp.safeParse(value).error?.issues[0]?.message;

describe("multicastGroupIp", () => {
  it.each([
    ["223.255.255.255", "validation.groupIp.range"],
    ["224.0.0.0", "validation.groupIp.reserved"],
    ["224.0.0.255", "validation.groupIp.reserved"],
    ["224.0.1.0", undefined],
    ["239.1.1.1", undefined],
    ["239.255.255.254", undefined],
    ["239.255.255.255", "validation.groupIp.range"],
    ["240.0.0.1", "validation.groupIp.range"],
  ])("%s → %s", (ip, expected) => {
    expect(issue(ip)).toBe(expected);
  });

  it.each([
    "",
    "239.1.1",
    "239.1.1.1.1",
    "239.1.1.256",
    "239.01.1.1",
    "a.b.c.d",
    "239.1.1.-1",
    "239.1.1.1/32",
  ])("refuses malformed %j", (ip) => {
    expect(issue(ip)).toBe("validation.ipv4.malformed");
  });

  it("converts addresses to numbers for range checks", () => {
    expect(ipv4ToNumber("0.0.0.1")).toBe(1);
    expect(ipv4ToNumber("255.255.255.255")).toBe(2 ** 32 - 1);
  });
});
