import { describe, expect, it } from "vitest";
import { GET as unknownPath } from "@/app/api/[[...path]]/route";
import { POST as malformed } from "@/app/api/malformed-path/route";

// Public answers still pass the entrance's host and cross-site rules (settings: HOST/PORT defaults, 127.0.0.1:3000).
describe("public API answers are guarded too", () => {
  it("answer their JSON refusal for this console's host", async () => {
    const res = unknownPath(
      new Request("http://127.0.0.1:3000/api/nope", { headers: { host: "127.0.0.1:3000" } }),
    );
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ error: { code: "NotFound", outcome: "refused" } });
  });
  it("refuse another host name (421) and another site (403) first", async () => {
    const rebinding = malformed(
      new Request("http://127.0.0.1:3000/api/malformed-path", {
        method: "POST",
        headers: { host: "evil.example" },
      }),
    );
    expect(rebinding.status).toBe(421);
    const crossSite = unknownPath(
      new Request("http://127.0.0.1:3000/api/nope", {
        headers: { host: "127.0.0.1:3000", "sec-fetch-site": "cross-site" },
      }),
    );
    expect(crossSite.status).toBe(403);
  });
});
