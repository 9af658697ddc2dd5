import { describe, expect, it } from "vitest";
import * as acs3 from "./acs3";
import { EMPTY_SHA256, hashPayload } from "./digest";
import * as volc from "./volc";

describe("hashPayload", () => {
  it("is one helper for both signers", () => {
    expect(acs3.hashPayload).toBe(hashPayload);
    expect(volc.hashPayload).toBe(hashPayload);
  });

  it("hashes the exact bytes; every empty body is the empty-string hash", () => {
    for (const empty of [undefined, "", new Uint8Array()]) expect(hashPayload(empty)).toBe(EMPTY_SHA256);
    // FIPS 180-2 "abc"; a string and its UTF-8 bytes hash alike.
    const abc = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
    expect(hashPayload("abc")).toBe(abc);
    expect(hashPayload(Buffer.from("abc"))).toBe(abc);
    expect(hashPayload("中")).toBe(hashPayload(Buffer.from("中", "utf8")));
  });
});
