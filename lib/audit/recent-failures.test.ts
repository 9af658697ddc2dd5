import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ENGINES } from "@/lib/testing/test-databases";
import { openTestStore } from "@/lib/testing/test-store";
import type { AuditOutcome, RefusalReason } from "./audit-types";
import { auditWriter } from "./audit-writer";
import { recentFailures } from "./recent-failures";

describe.each(ENGINES)("the overview's recent failures, from the trail (%s)", (engine) => {
  let store: Awaited<ReturnType<typeof openTestStore>>;
  beforeAll(async () => {
    store = await openTestStore(engine);
    const outcome = (n: number, result: AuditOutcome, reason: RefusalReason | null = null) =>
      auditWriter(store.database).append([
        {
          actor: { name: `p${n}@example.com`, type: "user" },
          action: "volcengine.vpc.DeleteTrafficMirrorSession",
          phase: "outcome",
          region: "cn-beijing",
          resources: [`tms-${n}`],
          outcome: result,
          reason,
          errorCode: result === "ok" ? null : `Code${n}`,
          errorMessage: result === "ok" ? null : `message ${n}`,
          requestId: `REQ-${n}`,
        },
      ]);
    await outcome(1, "failed");
    await outcome(2, "ok");
    await outcome(3, "refused", "validation");
    await outcome(4, "refused", "cloud");
    await outcome(5, "unknown");
    await outcome(6, "refused", "role");
  });
  afterAll(() => store.close());

  it("names the resource, the person, the code, message and RequestId, newest first", async () => {
    const failures = await recentFailures(store.database.db);
    expect(failures.map((f) => f.resources![0])).toEqual(["tms-5", "tms-4", "tms-1"]);
    expect(failures[1]).toMatchObject({
      operationId: "volcengine.vpc.DeleteTrafficMirrorSession",
      region: "cn-beijing",
      actor: "p4@example.com",
      code: "Code4",
      message: "message 4",
      requestId: "REQ-4",
    });
  });
});
