import { describe, expect, it, vi } from "vitest";

/**
 * Next loads its own copy of a module into each route bundle in the console's one process; vi.resetModules() gives
 * us that situation: a second, fresh copy of the same file.
 */
describe("process-wide state", () => {
  it("the audit writer and the rate limiter are the same objects in every copy of their modules", async () => {
    const { openTestStore } = await import("@/lib/testing/test-store");
    const store = await openTestStore("sqlite");
    try {
      const firstWriter = await import("@/lib/audit/audit-writer");
      const firstLimiter = (await import("@/lib/cloud/rate-limit")).sharedRateLimiter;
      vi.resetModules();
      const secondWriter = await import("@/lib/audit/audit-writer");
      const secondLimiter = (await import("@/lib/cloud/rate-limit")).sharedRateLimiter;
      expect(secondWriter).not.toBe(firstWriter);
      // One append queue per database in the process, whichever copy of the module asks.
      expect(secondWriter.auditWriter(store.database)).toBe(firstWriter.auditWriter(store.database));
      expect(secondLimiter).toBe(firstLimiter);
    } finally {
      await store.close();
    }
  });
});
