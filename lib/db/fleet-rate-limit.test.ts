import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "./database";
import { FleetRateLimiter } from "./fleet-rate-limit";
import { migrate } from "./migrate";
import { createTestDatabase, TEST_DATABASE_URL, type TestDatabase } from "@/lib/testing/test-databases";

/** Most starts in any 1000 ms window. */
function busiestSecond(starts: number[]): number {
  const sorted = [...starts].sort((a, b) => a - b);
  let most = 0;
  for (let i = 0, j = 0; j < sorted.length; j++) {
    while (sorted[j]! - sorted[i]! >= 1000) i++;
    most = Math.max(most, j - i + 1);
  }
  return most;
}

// Replicas only exist on PostgreSQL; ENGINES-style: registered only when TEST_DATABASE_URL is set.
if (TEST_DATABASE_URL) {
  describe("FleetRateLimiter (postgres)", () => {
    let testDb: TestDatabase;
    let replicas: Database[];
    beforeAll(async () => {
      testDb = await createTestDatabase("postgres");
      const env = { ...process.env, ...testDb.env };
      replicas = [openDatabase(env), openDatabase(env)];
      await migrate(replicas[0]!);
    });
    afterAll(async () => {
      for (const r of replicas) await r.close();
      await testDb.drop();
    });

    it("two replicas together start at most 10 calls per rolling second, and delay rather than drop", async () => {
      const limiters = replicas.map((r) => new FleetRateLimiter(r.db));
      const starts: number[] = [];
      const t0 = Date.now();
      await Promise.all(
        Array.from({ length: 30 }, async (_, i) => {
          await limiters[i % 2]!.acquire("volcengine/live/AK", 10);
          starts.push(Date.now());
        }),
      );
      expect(starts).toHaveLength(30);
      expect(busiestSecond(starts)).toBeLessThanOrEqual(10);
      // 30 calls at 10/s need at least two full windows after the first ten.
      expect(Math.max(...starts) - t0).toBeGreaterThanOrEqual(1900);
    });

    it("keys are independent: another account is not delayed by a busy one", async () => {
      const limiter = new FleetRateLimiter(replicas[0]!.db);
      await Promise.all(Array.from({ length: 10 }, () => limiter.acquire("volcengine/live/busy", 10)));
      expect(await limiter.acquire("volcengine/live/other", 10)).toBe(0);
    });
  });
}
