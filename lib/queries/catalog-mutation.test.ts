import { describe, expect, it } from "vitest";
import { AttemptTokens } from "./catalog-mutation";

describe("AttemptTokens", () => {
  let n = 0;
  const tokens = () => new AttemptTokens(() => `token-${++n}`);

  it("reuses the token when the same input is retried", () => {
    const t = tokens();
    const first = t.tokenFor({ a: 1 });
    expect(t.tokenFor({ a: 1 })).toBe(first);
  });

  it("starts a new attempt when the input changes or the attempt settled", () => {
    const t = tokens();
    const first = t.tokenFor({ a: 1 });
    const second = t.tokenFor({ a: 2 });
    expect(second).not.toBe(first);
    t.settle();
    expect(t.tokenFor({ a: 2 })).not.toBe(second);
  });
});
