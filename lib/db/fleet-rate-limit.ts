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
 * How late (ms, by the database's clock) a call may leave after its booked time. A later call could bunch with
 * calls other replicas booked 1150 ms after it, so it books again instead of leaving: on a loaded machine the
 * booking's commit and the timer alone were seen to make calls leave 300 ms late, which WINDOW_MS cannot absorb.
 */
const MAX_LATENESS_MS = 100;
/** Re-bookings before a call leaves anyway (each one already waited its turn; this bounds a pathological loop). */
const MAX_REBOOKINGS = 5;

/**
 * The cloud rate limits the catalog declares (`rateLimitPerSecond`, Live's 10/s per account), held for the whole
 * fleet of console replicas through PostgreSQL — the same reservation-style sliding window as lib/cloud/rate-limit.ts
 * (at most N calls start within any 1000 ms; a call that does not fit is delayed, never failed), with the bookings
 * in a table. A transaction-scoped advisory lock per key makes replicas book one at a time, and times come from
 * the database's clock, so replicas on machines whose clocks differ still agree. Just before a call leaves, it
 * checks it is still on time (MAX_LATENESS_MS) and books again if not.
 */
export class FleetRateLimiter {
  constructor(private readonly db: Kysely<ConsoleTables>) {}

  /** Waits until one more call under `key` fits; resolves with the delay it imposed (ms). */
  async acquire(key: string, ratePerSecond: number, signal?: AbortSignal): Promise<number> {
    let waited = 0;
    for (let booking = 0; ; booking++) {
      const { startAt, delay } = await this.book(key, ratePerSecond);
      if (delay > 0) await sleepMs(delay, signal);
      waited += delay;
      if (booking >= MAX_REBOOKINGS) return waited;
      const now = await databaseNow(this.db);
      if (now - startAt <= MAX_LATENESS_MS) return waited;
      // Late: the stale booking stays (it only makes others wait longer) and this call takes a new turn.
    }
  }

  private book(key: string, ratePerSecond: number): Promise<{ startAt: number; delay: number }> {
    return this.db.transaction().execute(async (trx) => {
      await sql`select pg_advisory_xact_lock(hashtext(${key}))`.execute(trx);
      const now = await databaseNow(trx);
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
      return { startAt: now + delay, delay };
    });
  }
}

/** The database's clock in epoch ms: the one clock every replica agrees on. */
async function databaseNow(db: Kysely<ConsoleTables>): Promise<number> {
  const { rows } = await sql<{
    now: string;
  }>`select (extract(epoch from clock_timestamp()) * 1000)::bigint as now`.execute(db);
  return Number(rows[0]!.now);
}
