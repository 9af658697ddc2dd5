import { sql, type Kysely } from "kysely";
import { sleepMs } from "@/lib/cloud/retry";
import type { ConsoleTables } from "./tables";

/**
 * One second plus a margin: the window bounds when calls are booked to leave, but a replica's event loop, the
 * commit and the network can each make a call leave (or land) later than booked, bunching it with the next
 * window's first calls at a gateway that counts strictly per rolling second. 150 ms keeps ten calls apart from the
 * next ten under load, for ~13% less throughput than the documented rate.
 */
const WINDOW_MS = 1150;

/**
 * The cloud rate limits the catalog declares (`rateLimitPerSecond`, Live's 10/s per account), held for the whole
 * fleet of console replicas through PostgreSQL — the same reservation-style sliding window as lib/cloud/rate-limit.ts
 * (at most N calls start within any 1000 ms; a call that does not fit is delayed, never failed), with the bookings
 * in a table. A transaction-scoped advisory lock per key makes replicas book one at a time, and times come from
 * the database's clock, so replicas on machines whose clocks differ still agree.
 */
export class FleetRateLimiter {
  constructor(private readonly db: Kysely<ConsoleTables>) {}

  /** Waits until one more call under `key` fits; resolves with the delay it imposed (ms). */
  async acquire(key: string, ratePerSecond: number, signal?: AbortSignal): Promise<number> {
    const wait = await this.db.transaction().execute(async (trx) => {
      await sql`select pg_advisory_xact_lock(hashtext(${key}))`.execute(trx);
      const now = Number(
        (
          await sql<{
            now: string;
          }>`select (extract(epoch from clock_timestamp()) * 1000)::bigint as now`.execute(trx)
        ).rows[0]!.now,
      );
      const recent = await sql<{ start_at: string }>`
        select start_at from rate_booking where key = ${key} order by start_at desc limit ${ratePerSecond}`.execute(
        trx,
      );
      const oldest = recent.rows.length < ratePerSecond ? -Infinity : Number(recent.rows.at(-1)!.start_at);
      const delay = Math.max(0, Math.ceil(oldest + WINDOW_MS - now));
      await sql`insert into rate_booking (key, start_at) values (${key}, ${now + delay})`.execute(trx);
      // Bookings older than two windows can never matter again.
      await sql`delete from rate_booking where key = ${key} and start_at < ${now - 2 * WINDOW_MS}`.execute(
        trx,
      );
      return delay;
    });
    if (wait > 0) await sleepMs(wait, signal);
    return wait;
  }
}
