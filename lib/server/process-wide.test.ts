import { describe, expect, it, vi } from "vitest";

/**
 * Next's route bundles and the fast-path bundle each load their own copy of a module in the console's one process;
 * vi.resetModules() gives us that situation: a second, fresh copy of the same file.
 */
describe("process-wide state", () => {
  it("the activity log and the rate limiter are the same objects in every copy of their modules", async () => {
    const firstLog = await import("@/lib/activity/activity-log");
    const firstLimiter = (await import("@/lib/cloud/rate-limit")).sharedRateLimiter;
    vi.resetModules();
    const secondLog = await import("@/lib/activity/activity-log");
    const secondLimiter = (await import("@/lib/cloud/rate-limit")).sharedRateLimiter;
    expect(secondLog).not.toBe(firstLog);
    expect(secondLog.recentActivity()).toBe(firstLog.recentActivity());
    expect(secondLimiter).toBe(firstLimiter);
  });
});
