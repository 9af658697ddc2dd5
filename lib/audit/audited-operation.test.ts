import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/guard";
import type { Database } from "@/lib/db/database";
import { findOperation } from "@/lib/operations/catalog";
import { ENGINES } from "@/lib/testing/test-databases";
import { openTestStore } from "@/lib/testing/test-store";
import { auditedMutation } from "./audited-operation";
import { verifyChain } from "./verify";

const DEACTIVATE = "aliyun.vpc.DeactivateRouterInterface";
const actor: Actor = {
  userId: "u-1",
  email: "ada@example.com",
  role: "operator",
  sessionId: "s-1",
  clientIp: "127.0.0.1",
  userAgent: "audited-operation-test",
};

describe.each(ENGINES)("auditedMutation's records around the call (%s)", (engine) => {
  let store: Awaited<ReturnType<typeof openTestStore>>;
  let database: Database;
  beforeAll(async () => {
    store = await openTestStore(engine);
    database = store.database;
  });
  afterAll(() => store.close());
  beforeEach(async () => {
    await database.db.deleteFrom("audit_pending").execute();
  });

  const request = (signal?: AbortSignal) =>
    new Request(`http://127.0.0.1:3000/api/operations/${DEACTIVATE}`, {
      method: "POST",
      body: JSON.stringify({ region: "cn-hangzhou", input: { RouterInterfaceId: "ri-test-1" } }),
      signal,
    });

  async function lastOutcome() {
    return database.db
      .selectFrom("audit_event")
      .selectAll()
      .where("action", "=", DEACTIVATE)
      .where("phase", "=", "outcome")
      .orderBy("seq", "desc")
      .limit(1)
      .executeTakeFirstOrThrow();
  }

  it("holds the attempt's pending marker exactly while the call is in flight", async () => {
    let inFlight: unknown[] = [];
    const response = await auditedMutation(request(), {
      op: findOperation(DEACTIVATE)!,
      actor,
      database,
      locale: "en",
      forward: async () => {
        inFlight = await database.db.selectFrom("audit_pending").selectAll().execute();
        return Response.json({ result: {}, requestId: "R-pending-1" });
      },
    });
    expect(response.status).toBe(200);
    const outcome = await lastOutcome();
    expect(outcome).toMatchObject({ outcome: "ok", request_id: "R-pending-1" });
    // What a restart's recovery would have found, had the console died during the call.
    expect(inFlight).toEqual([
      expect.objectContaining({ attempt_id: outcome.ref, instance: outcome.instance }),
    ]);
    expect(await database.db.selectFrom("audit_pending").selectAll().execute()).toEqual([]);
    expect(await verifyChain(database.db)).toMatchObject({ ok: true });
  });

  it("ends the attempt unknown at once when the proxy throws, and answers 502 unknown", async () => {
    const response = await auditedMutation(request(), {
      op: findOperation(DEACTIVATE)!,
      actor,
      database,
      locale: "en",
      forward: () => Promise.reject(new Error("proxy crashed")),
    });
    expect(response.status).toBe(502);
    const body = await response.json();
    expect(body.error).toMatchObject({ source: "cloud", code: "ReplyLost", outcome: "unknown" });
    expect(body.error.message).toMatch(/Check the resource before trying again/);
    // The crash's own text stays in the server log, not in the answer.
    expect(JSON.stringify(body)).not.toContain("proxy crashed");
    expect(await lastOutcome()).toMatchObject({ outcome: "unknown", error_code: "ReplyLost" });
    // Nothing is left pending for a restart to find: the attempt already has its outcome.
    expect(await database.db.selectFrom("audit_pending").selectAll().execute()).toEqual([]);
    expect(await verifyChain(database.db)).toMatchObject({ ok: true });
  });

  it("records RequestAborted when the caller went away while the answer was being read", async () => {
    const caller = new AbortController();
    const response = await auditedMutation(request(caller.signal), {
      op: findOperation(DEACTIVATE)!,
      actor,
      database,
      locale: "zh-CN",
      forward: async () => {
        const body = new ReadableStream({
          start(controller) {
            controller.enqueue(new TextEncoder().encode('{"result":'));
            caller.abort();
            controller.error(new Error("socket closed"));
          },
        });
        return new Response(body, { status: 200 });
      },
    });
    expect(response.status).toBe(502);
    expect((await response.json()).error).toMatchObject({ code: "RequestAborted", outcome: "unknown" });
    expect(await lastOutcome()).toMatchObject({ outcome: "unknown", error_code: "RequestAborted" });
    expect(await database.db.selectFrom("audit_pending").selectAll().execute()).toEqual([]);
  });
});
