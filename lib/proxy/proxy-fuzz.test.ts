import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { RateLimiter } from "@/lib/cloud/rate-limit";
import type { Transport, TransportInit } from "@/lib/cloud/http-transport";
import { operations } from "@/lib/operations/catalog";
import type { OperationDef } from "@/lib/operations/types";
import { handleOperationCall, type ProxyRequest } from "./proxy-operation";
import { MAX_FIELD_ISSUES } from "./proxy-error";
import { VALID_CALLS } from "./valid-calls.fixture";

/**
 * The proxy's own fuzz test (issue #13): for every catalog operation, generated hostile calls — garbage bodies,
 * valid calls with one value spoiled, mangled shapes, hostile ids and headers — go through handleOperationCall with
 * a transport that records what would have reached the cloud. Whatever comes in: never a 5xx, always a JSON error
 * body with an outcome, a small reply, nothing forwarded that the schema refuses, and nothing hostile on the wire.
 * Seeded (seed printed by fast-check on a failure; rerun with it), 1,000 runs per operation.
 */
const RUNS_PER_OPERATION = 1_000;
const SEED = 13_0001;
const MAX_REPLY_CHARS = 64 * 1024;

/** Characters no catalog string may carry (lib/schemas/text.ts), in every flavour the issue found. */
const HOSTILE_CHARS = [
  "\ud800",
  "\udbff",
  "\udc00",
  "\udfff",
  "\u0000",
  "\u0007",
  "\t",
  "\n",
  "\r\n",
  "\u001b",
  "\u007f",
  "\u0085",
  "\u009b",
  "\u2028",
  "\u2029",
  "\u202a",
  "\u202e",
  "\u2066",
  "\u2069",
  "\ufeff",
];
const ON_THE_WIRE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

/** Every path to a string in a JSON value (object keys in order, array indexes). */
function stringPaths(value: Json, path: Path = []): Path[] {
  if (typeof value === "string") return [path];
  if (Array.isArray(value)) return value.flatMap((item, i) => stringPaths(item, [...path, i]));
  if (value && typeof value === "object")
    return Object.entries(value).flatMap(([key, item]) => stringPaths(item, [...path, key]));
  return [];
}

function allPaths(value: Json, path: Path = []): Path[] {
  const below = Array.isArray(value)
    ? value.flatMap((item, i) => allPaths(item, [...path, i]))
    : value && typeof value === "object"
      ? Object.entries(value).flatMap(([key, item]) => allPaths(item, [...path, key]))
      : [];
  return [path, ...below];
}

function replaceAt(value: Json, path: Path, replacement: Json): Json {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path;
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<string, Json>;
  copy[head as string] = replaceAt(copy[head as string]!, rest, replacement);
  return copy as Json;
}

function getAt(value: Json, path: Path): Json {
  return path.reduce<Json>((v, key) => (v as Record<string, Json>)[key as string]!, value);
}

const printable = fc.string({
  unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)),
});
const anyCodeUnits = fc.string({ unit: fc.nat(0xffff).map((c) => String.fromCharCode(c)), maxLength: 40 });
const junk: fc.Arbitrary<Json> = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json>,
  anyCodeUnits,
  fc.constantFrom<Json>("", " ", "__proto__", "constructor", -1, 1e308, 0.5, true, null, [], {}),
  fc.array(fc.oneof(anyCodeUnits, fc.integer()), { maxLength: 500 }),
);

interface Case {
  kind: "spoiled" | "mangled" | "garbage" | "headers" | "unknown-id";
  id: string;
  headers: Record<string, string>;
  body: string;
  /** For `spoiled`: the field path the refusal must name. */
  spoiledPath?: string;
  /** Send as a web Request (a streamed body) rather than the fast path's text-only request. */
  asWebRequest: boolean;
}

function casesFor(op: OperationDef): fc.Arbitrary<Case> {
  const valid = VALID_CALLS[op.id]! as unknown as Record<string, Json>;
  const base = { id: op.id, headers: {}, asWebRequest: false };
  const spoiled = fc
    .record({
      path: fc.constantFrom(...stringPaths(valid)),
      bad: fc.constantFrom(...HOSTILE_CHARS),
      at: fc.nat(),
      webRequest: fc.boolean(),
    })
    .map(({ path, bad, at, webRequest }): Case => {
      const value = getAt(valid, path) as string;
      // Inside the value, between ordinary characters: a field that trims its ends cannot shed it.
      const cut = 1 + (at % Math.max(1, value.length));
      const worse = value.length === 0 ? `x${bad}x` : `${value.slice(0, cut)}${bad}x${value.slice(cut)}`;
      return {
        ...base,
        kind: "spoiled",
        body: JSON.stringify(replaceAt(valid, path, worse)),
        spoiledPath: path.join("."),
        asWebRequest: webRequest,
      };
    });
  const mangled = fc
    .record({
      path: fc.constantFrom(...allPaths(valid)),
      replacement: junk,
      extraKey: fc.option(anyCodeUnits),
    })
    .map(({ path, replacement, extraKey }): Case => {
      let body = replaceAt(valid, path, replacement);
      if (extraKey !== null && body && typeof body === "object" && !Array.isArray(body)) {
        body = { ...body, input: { ...(body.input as object), [extraKey]: replacement } };
      }
      return { ...base, kind: "mangled", body: JSON.stringify(body) };
    });
  const garbage = fc
    .oneof(
      anyCodeUnits,
      fc.jsonValue().map((v) => JSON.stringify(v)),
      printable,
      fc.constant(""),
    )
    .map((body): Case => ({ ...base, kind: "garbage", body }));
  const headers = fc
    .record(
      {
        "sec-fetch-site": fc.constantFrom("same-origin", "none", "same-site", "cross-site", ""),
        origin: fc.oneof(fc.constant("http://127.0.0.1:3000"), printable),
        host: fc.constantFrom("127.0.0.1:3000", "evil.example"),
        cookie: fc.oneof(fc.constantFrom("locale=zh-CN", "locale=%E0", "locale=en; locale=xx"), printable),
        "content-length": fc.oneof(fc.nat().map(String), fc.constant("999999999"), printable),
        "content-type": printable,
      },
      { requiredKeys: [] },
    )
    .map((h): Case => ({ ...base, kind: "headers", headers: h, body: JSON.stringify(valid) }));
  const unknownId = fc
    .oneof(anyCodeUnits, fc.constantFrom(`${op.id}x`, op.id.toLowerCase(), "__proto__", "constructor", ""))
    .filter((id) => id !== op.id)
    .map((id): Case => ({ ...base, kind: "unknown-id", id, body: JSON.stringify(valid) }));
  return fc.oneof(
    { arbitrary: spoiled, weight: 4 },
    { arbitrary: mangled, weight: 3 },
    { arbitrary: garbage, weight: 1 },
    { arbitrary: headers, weight: 1 },
    { arbitrary: unknownId, weight: 1 },
  );
}

/** A transport that records every attempt and answers as the cloud would for a success. */
function recordingTransport(op: OperationDef) {
  const sent: { url: string; init: TransportInit }[] = [];
  const answer =
    op.cloud === "aliyun"
      ? '{"RequestId":"REQ-FUZZ"}'
      : '{"ResponseMetadata":{"RequestId":"REQ-FUZZ"},"Result":{}}';
  const transport: Transport = async (url, init) => {
    sent.push({ url, init });
    return { status: 200, headers: { get: () => null }, text: async () => answer };
  };
  return { transport, sent };
}

function request(c: Case): ProxyRequest {
  if (c.asWebRequest) {
    return new Request("http://127.0.0.1:3000/api/operations/x", {
      method: "POST",
      headers: { "sec-fetch-site": "same-origin", ...c.headers },
      body: c.body,
    });
  }
  const headers = new Headers({ "sec-fetch-site": "same-origin", ...c.headers });
  return { headers, text: async () => c.body };
}

/** What reached the wire: query names and values, and a JSON body's strings. */
function wireStrings(url: string, init: TransportInit): string[] {
  const out = [...new URL(url).searchParams].flat();
  if (init.body && init.body.length > 0) {
    const parsed = JSON.parse(Buffer.from(init.body).toString("utf8")) as Json;
    out.push(...stringPaths(parsed).map((p) => getAt(parsed, p) as string));
  }
  return out;
}

// Paced operations (Live, 10/s) would wait on the real clock; this limiter books starts but never sleeps.
const noPacing = () => new RateLimiter({ now: () => 0, sleep: async () => {} });

describe("proxy fuzz: hostile calls to every catalog operation", () => {
  it("has a valid call for every operation, and each passes its schema", () => {
    expect(Object.keys(VALID_CALLS).sort()).toEqual(operations.map((op) => op.id).sort());
    for (const op of operations) {
      expect(op.input.safeParse(VALID_CALLS[op.id]!.input).success, op.id).toBe(true);
    }
  });

  it.each(operations.map((op, index) => [op.id, op, index] as const))("%s", async (_, op, index) => {
    await fc.assert(
      fc.asyncProperty(casesFor(op), async (c) => {
        const { transport, sent } = recordingTransport(op);
        const { status, body } = await handleOperationCall(request(c), c.id, {
          env: {
            ALIBABA_CLOUD_ENDPOINT: "http://cloud.invalid",
            VOLCENGINE_ENDPOINT: "http://cloud.invalid",
          },
          call: { fetch: transport, retry: { sleep: async () => {} }, rateLimiter: noPacing() },
        });

        expect(status).toBeLessThan(500);
        const text = JSON.stringify(body);
        expect(text.length).toBeLessThanOrEqual(MAX_REPLY_CHARS);

        if (status === 200) {
          expect(body).toMatchObject({ requestId: "REQ-FUZZ" });
        } else {
          const { error } = body as { error: Record<string, unknown> };
          expect(["refused", "unavailable", "unknown"]).toContain(error.outcome);
          expect(typeof error.code).toBe("string");
          expect(typeof error.message).toBe("string");
          if (error.source === "validation") {
            expect((error.fields as unknown[]).length).toBeLessThanOrEqual(MAX_FIELD_ISSUES);
            expect(error.fieldCount).toBeGreaterThanOrEqual((error.fields as unknown[]).length);
          }
        }

        if (sent.length > 0) {
          // Forwarded ⇒ the input the route received passes the catalog's schema, and nothing hostile left.
          const received = JSON.parse(c.body) as { input: unknown };
          expect(op.input.safeParse(received.input).success).toBe(true);
          for (const { url, init } of sent) {
            for (const s of wireStrings(url, init)) expect(s).not.toMatch(ON_THE_WIRE);
          }
        }

        switch (c.kind) {
          case "spoiled":
            expect(sent).toHaveLength(0);
            expect(status).toBe(400);
            expect(
              (body as { error: { fields: { path: string }[] } }).error.fields.map((f) => f.path),
            ).toContain(c.spoiledPath);
            break;
          case "unknown-id":
            expect(sent).toHaveLength(0);
            expect(status).toBe(404);
            break;
          case "headers":
            if (c.headers["sec-fetch-site"] === "cross-site" || c.headers["sec-fetch-site"] === "same-site")
              expect(status).toBe(403);
            if (Number(c.headers["content-length"]) > 256 * 1024 && status !== 403) expect(status).toBe(413);
            break;
        }
        if (status !== 200 && status !== 502 && status !== 504) expect(sent).toHaveLength(0);
      }),
      { seed: SEED + index, numRuns: RUNS_PER_OPERATION },
    );
  });
});
