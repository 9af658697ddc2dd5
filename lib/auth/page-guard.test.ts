import { describe, expect, it } from "vitest";
import { safeNext } from "./page-guard";

// Where the sign-in page sends someone afterwards (`?next=`): a path on this console, never another site.
describe("safeNext", () => {
  it("keeps a local path with its query and fragment", () => {
    expect(safeNext("/")).toBe("/");
    expect(safeNext("/mirror-sessions")).toBe("/mirror-sessions");
    expect(safeNext("/router-interfaces?region=cn-hangzhou#ri-1")).toBe(
      "/router-interfaces?region=cn-hangzhou#ri-1",
    );
    expect(safeNext("/settings/users?q=a%2Fb")).toBe("/settings/users?q=a%2Fb");
  });

  it("falls back to the overview when nothing usable was given", () => {
    for (const value of [undefined, null, "", "mirror-sessions", " /mirror-sessions", "?next=/"])
      expect(safeNext(value), String(value)).toBe("/");
  });

  it("never leaves the console: absolute, protocol-relative and script URLs", () => {
    for (const value of [
      "https://evil.example/",
      "http:evil.example",
      "//evil.example",
      "//evil.example/path",
      "javascript:alert(1)",
      "data:text/html,hi",
    ])
      expect(safeNext(value), value).toBe("/");
  });

  it("reads the value as a browser will: backslashes, tabs and newlines cannot smuggle a host", () => {
    for (const value of [
      "/\\evil.example",
      "/\\\\evil.example",
      "/\t/evil.example",
      "/\n/evil.example",
      "/\r\n/evil.example",
      "/\t\\evil.example",
    ]) {
      const next = safeNext(value);
      expect(new URL(next, "http://127.0.0.1:3000").host, JSON.stringify(value)).toBe("127.0.0.1:3000");
    }
  });

  it("keeps encoded slashes as a path on this console", () => {
    const next = safeNext("/%2F%2Fevil.example");
    expect(new URL(next, "http://127.0.0.1:3000").host).toBe("127.0.0.1:3000");
  });
});
