import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { auditWriter, type NewAuditEvent } from "@/lib/audit/audit-writer";
import { startConsoleHarness, TEST_ORIGIN, type ConsoleHarness } from "@/lib/testing/console-harness";
import { ENGINES } from "@/lib/testing/test-databases";
import { GET as exportGET } from "./export/route";
import { GET } from "./route";
import { GET as historyGET } from "../operations-history/[id]/route";

const DAY = 86_400_000;
const DAY_ONE = Date.parse("2026-11-01T00:00:00Z");

describe.each(ENGINES)("GET /api/audit, /api/audit/export, /api/operations-history (%s)", (engine) => {
  let harness: ConsoleHarness;
  let admin: string;
  let viewer: string;
  beforeAll(async () => {
    harness = await startConsoleHarness(engine);
    // Three days of activity by two people, written as the server writes it (only the clock is moved).
    const event = (n: number): NewAuditEvent => ({
      actor: { name: n % 2 ? "ann@example.com" : "bob@example.com", type: "user", role: "operator" },
      action: n % 3 ? "aliyun.vpc.ConnectRouterInterface" : "volcengine.vpc.CreateTrafficMirrorSession",
      phase: "event",
      outcome: n % 4 ? "ok" : "refused",
      reason: n % 4 ? null : "cloud",
      resources: [`ri-${n}`],
      requestId: `REQ-${engine}-${n}`,
      errorMessage: n === 7 ? '=HYPERLINK("http://evil"), "quoted"' : null,
    });
    vi.useFakeTimers({ toFake: ["Date"] });
    for (let n = 1; n <= 30; n += 1) {
      vi.setSystemTime(DAY_ONE + Math.floor((n - 1) / 10) * DAY + n * 60_000);
      await auditWriter(harness.runtime.database).append([event(n)]);
    }
    vi.useRealTimers();
    // Signing in is recorded too, at today's time (the chain's times never run backwards: people come after).
    admin = (await harness.person("admin", `admin-${engine}@example.com`)).cookie;
    viewer = (await harness.person("viewer", `viewer-${engine}@example.com`)).cookie;
  });
  afterAll(() => harness.close());

  const get = (handler: (r: Request) => Promise<Response>, path: string, cookie: string) =>
    handler(new Request(`${TEST_ORIGIN}${path}`, { headers: harness.headersFor(cookie) }));
  const page = async (query: string, cookie = viewer) => {
    const response = await get(GET, `/api/audit?${query}`, cookie);
    return { status: response.status, body: await response.json() };
  };

  it("lists events newest first and filters by person, action, outcome, resource and time", async () => {
    const all = await page("actor=ann@example.com&limit=200");
    expect(all.status).toBe(200);
    expect(all.body.events).toHaveLength(15);
    const times = all.body.events.map((e: { at: number }) => e.at);
    expect(times).toEqual([...times].sort((a, b) => b - a));
    const day = await page(`actor=ANN@example.com&from=2026-11-02&to=2026-11-03`);
    expect(day.body.events.map((e: { resources: string[] }) => e.resources[0])).toEqual([
      "ri-19",
      "ri-17",
      "ri-15",
      "ri-13",
      "ri-11",
    ]);
    const refused = await page("outcome=refused&action=aliyun.vpc.ConnectRouterInterface&limit=200");
    expect(refused.body.events.map((e: { resources: string[] }) => e.resources[0])).toEqual([
      "ri-28",
      "ri-20",
      "ri-16",
      "ri-8",
      "ri-4",
    ]);
    const prefix = await page("action=volcengine.*&limit=200");
    expect(prefix.body.events).toHaveLength(10);
    const byRequest = await page(`resource=REQ-${engine}-12`);
    expect(byRequest.body.events).toHaveLength(1);
    expect(byRequest.body.events[0]).toMatchObject({
      resources: ["ri-12"],
      actor: { name: "bob@example.com" },
    });
  });

  it("pages with a cursor: every event once, none twice", async () => {
    const seen: string[] = [];
    let cursor = "";
    for (let i = 0; i < 10; i += 1) {
      const { body } = await page(
        `action=aliyun.vpc.ConnectRouterInterface&limit=7${cursor ? `&cursor=${cursor}` : ""}`,
      );
      seen.push(...body.events.map((e: { id: string }) => e.id));
      if (!body.nextCursor) break;
      cursor = body.nextCursor;
    }
    expect(seen).toHaveLength(20);
    expect(new Set(seen).size).toBe(20);
  });

  it("refuses malformed filters with 400 and the path of each", async () => {
    const bad = await page(
      `from=yesterday&outcome=maybe&limit=0&colour=red&cursor=${encodeURIComponent("not-a-cursor")}`,
    );
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatchObject({ source: "request", code: "InvalidInput", outcome: "refused" });
    expect(bad.body.error.fields.map((f: { path: string }) => f.path).sort()).toEqual([
      "colour",
      "cursor",
      "from",
      "limit",
      "outcome",
    ]);
    const range = await page("from=2026-11-03&to=2026-11-01");
    expect(range.body.error.fields).toEqual([
      { path: "to", message: "The end of the time range must come after its start." },
    ]);
    // A repeated filter is refused under its name (which value was meant is a guess), the others still checked.
    const twice = await page("actor=a@example.com&actor=b@example.com&outcome=maybe");
    expect(twice.status).toBe(400);
    expect(twice.body.error.fields).toEqual([
      { path: "actor", message: "Give this parameter once." },
      { path: "outcome", message: "Choose one of ok, refused, failed, unknown." },
    ]);
    const twiceZh = await get(GET, "/api/audit?limit=5&limit=6", `${viewer}; locale=zh-CN`);
    expect((await twiceZh.json()).error.fields).toEqual([{ path: "limit", message: "该参数只能出现一次。" }]);
    const exportTwice = await get(exportGET, "/api/audit/export?format=csv&format=jsonl", admin);
    expect(exportTwice.status).toBe(400);
    expect((await exportTwice.json()).error.fields).toEqual([
      { path: "format", message: "Give this parameter once." },
    ]);
    const chinese = await get(GET, "/api/audit?outcome=maybe", `${viewer}; locale=zh-CN`);
    expect((await chinese.json()).error.fields[0].message).toBe("请选择 ok、refused、failed 或 unknown。");
  });

  it("needs a session", async () => {
    expect((await get(GET, "/api/audit", "")).status).toBe(401);
    expect((await get(exportGET, "/api/audit/export?format=csv", "")).status).toBe(401);
  });

  it("exports the filtered view as CSV and JSON Lines to administrators only, and records the export", async () => {
    const refused = await get(exportGET, "/api/audit/export?format=csv", viewer);
    expect(refused.status).toBe(403);
    expect((await refused.json()).error.code).toBe("Forbidden.Role");
    const csv = await get(exportGET, "/api/audit/export?format=csv&actor=ann@example.com", admin);
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-type")).toContain("text/csv");
    expect(csv.headers.get("content-disposition")).toMatch(/attachment; filename="audit-.*\.csv"/);
    const lines = (await csv.text()).trimEnd().split("\r\n");
    expect(lines[0]).toMatch(/^seq,id,time,actor,/);
    expect(lines).toHaveLength(16);
    // A cell that looks like a formula is neutralised; quotes and commas are escaped.
    expect(lines.find((l) => l.includes("HYPERLINK"))).toContain(
      `"'=HYPERLINK(""http://evil""), ""quoted"""`,
    );
    const jsonl = await get(exportGET, "/api/audit/export?format=jsonl&outcome=refused", admin);
    const records = (await jsonl.text())
      .trimEnd()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(records.map((r) => r.outcome)).toEqual(Array(7).fill("refused"));
    expect(records[0]).toHaveProperty("hash");
    const exports = await page("action=audit.export");
    expect(exports.body.events[0]).toMatchObject({
      actor: { name: `admin-${engine}@example.com` },
      outcome: "ok",
    });
    const noFormat = await get(exportGET, "/api/audit/export", admin);
    expect(noFormat.status).toBe(400);
    expect((await noFormat.json()).error.fields[0].path).toBe("format");
  });

  it("answers an operation's history: 400 for a malformed id, 404 for an unknown one", async () => {
    const call = (id: string) =>
      historyGET(
        new Request(`${TEST_ORIGIN}/api/operations-history/${id}`, { headers: harness.headersFor(viewer) }),
        {
          params: Promise.resolve({ id }),
        },
      );
    const malformed = await call("../etc");
    expect(malformed.status).toBe(400);
    expect((await malformed.json()).error.fields[0].path).toBe("id");
    expect((await call("00000000-0000-4000-8000-000000000000")).status).toBe(404);
  });
});
