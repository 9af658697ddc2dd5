import { describe, expect, it } from "vitest";
import { operations } from "@/lib/operations/catalog";
import { stringLeaves } from "@/lib/testing/zod-walk";
import { text, identifier, isWellFormed, TEXT_MESSAGES } from "./text";

const firstMessage = (result: { error?: { issues: { message: string }[] } }) =>
  result.error?.issues[0]?.message;

/** Hostile values and the message each must meet, wherever in a value they sit. */
const HOSTILE: [string, string][] = [
  ["ri-\ud800", TEXT_MESSAGES.malformed],
  ["ri-\udc00x", TEXT_MESSAGES.malformed],
  ["a\u0000b", TEXT_MESSAGES.control],
  ["a\r\nb", TEXT_MESSAGES.control],
  ["a\tb", TEXT_MESSAGES.control],
  ["a\u001bb", TEXT_MESSAGES.control],
  ["a\u0085b", TEXT_MESSAGES.control],
  ["a\u009bb", TEXT_MESSAGES.control],
  ["a\u2028b", TEXT_MESSAGES.control],
  ["a\u202eb", TEXT_MESSAGES.invisible],
  ["a\u2066b", TEXT_MESSAGES.invisible],
  ["a\ufeffb", TEXT_MESSAGES.invisible],
];

describe("text", () => {
  it.each(HOSTILE)("refuses %j with %s", (value, message) => {
    expect(firstMessage(text().safeParse(value))).toBe(message);
  });

  it("keeps spaces, CJK, emoji (surrogate pairs) and punctuation", () => {
    for (const value of ["relay group 1", "镜像会话，说明。", "ok 👍🏽", "a=b&c%20d"]) {
      expect(text().safeParse(value)).toEqual({ success: true, data: value });
    }
  });

  it("stops at the first broken rule: no second message about the same character", () => {
    const result = text().max(3, "too long").safeParse("a\nbcdef");
    expect(result.error?.issues.map((i) => i.message)).toEqual([TEXT_MESSAGES.control]);
  });
});

describe("identifier", () => {
  it.each([
    ...HOSTILE,
    ["eni-\u200b1", TEXT_MESSAGES.invisible],
    ["eni-\u00ad1", TEXT_MESSAGES.invisible],
    ["eni- 1", TEXT_MESSAGES.whitespace],
    ["eni-\u00a01", TEXT_MESSAGES.whitespace],
    ["eni-\u30001", TEXT_MESSAGES.whitespace],
  ])("refuses %j with %s", (value, message) => {
    expect(firstMessage(identifier().safeParse(value))).toBe(message);
  });

  it("trims what surrounds the id (a pasted line break or BOM) so it is never forwarded", () => {
    expect(identifier().parse(" \ufeffeni-1\r\n")).toBe("eni-1");
  });
});

describe("isWellFormed", () => {
  it("accepts pairs and refuses either half alone", () => {
    expect(isWellFormed("😀")).toBe(true);
    expect(isWellFormed("\ud83d")).toBe(false);
    expect(isWellFormed("\ude00")).toBe(false);
    expect(isWellFormed("\ude00\ud83d")).toBe(false);
  });
});

describe("every string of every catalog schema", () => {
  const leaves = operations.flatMap((op) => stringLeaves(op.input).map((leaf) => ({ op: op.id, ...leaf })));

  it("has string fields to check (the walk reached them)", () => {
    expect(leaves.length).toBeGreaterThan(60);
  });

  it.each(HOSTILE)("refuses %j with %s, whatever the field's own rules", (value, message) => {
    for (const leaf of leaves) {
      expect(firstMessage(leaf.schema.safeParse(value)), `${leaf.op} ${leaf.path}`).toBe(message);
    }
  });
});
