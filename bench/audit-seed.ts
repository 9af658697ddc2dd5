/**
 * The audit bench's seeded trail (bench/audit.bench.ts): a year of chained events by 50 people, written straight
 * into the tables in large transactions, so a million events take minutes, not hours.
 */
import { randomUUID } from "node:crypto";
import { sql } from "kysely";
import type { AuditEventRow } from "@/lib/audit/audit-tables";
import { eventRow, keysOf, type NewAuditEvent } from "@/lib/audit/audit-writer";
import { GENESIS_HASH } from "@/lib/audit/chain";
import type { Database } from "@/lib/db/database";

export const PEOPLE = 50;
export const DAY = 86_400_000;
export const SPAN = 365 * DAY;
export const MUTATIONS = [
  "aliyun.cbn.RegisterTransitRouterMulticastGroupSources",
  "aliyun.vpc.ConnectRouterInterface",
  "volcengine.vpc.CreateTrafficMirrorSession",
  "volcengine.vpc.DeleteTrafficMirrorSession",
  "aliyun.ga.CreateCustomRoutingEndpointGroupDestinations",
  "volcengine.live.UpdateRelaySourceV3",
];
const OUTCOMES = ["ok", "ok", "ok", "ok", "ok", "ok", "refused", "failed", "unknown"] as const;

export const person = (n: number) => `person${n % PEOPLE}@example.com`;

/** The n-th seeded entry: 70% of positions are a mutation's attempt + outcome pair, the rest sign-ins and user changes. */
function seededEvents(n: number): NewAuditEvent[] {
  const actor = {
    name: person(n),
    type: "user" as const,
    userId: `u${n % PEOPLE}`,
    role: "operator",
    clientIp: "10.0.0.1",
    userAgent: "bench",
  };
  if (n % 10 >= 7)
    return [
      {
        actor,
        action: n % 2 ? "auth.sign-in" : "users.set-role",
        phase: "event",
        outcome: "ok",
        resources: n % 2 ? [] : [person(n + 1)],
      },
    ];
  const id = randomUUID();
  const resource = `tms-${n.toString(36).padStart(8, "0")}`;
  const common = {
    actor,
    action: MUTATIONS[n % MUTATIONS.length]!,
    cloud: "volcengine",
    region: "cn-beijing",
    resources: [resource],
    input: { TrafficMirrorSessionId: resource, Priority: n % 100 },
    clientToken: id,
  };
  const outcome = OUTCOMES[n % OUTCOMES.length]!;
  return [
    { ...common, id, phase: "attempt", instance: "bench" },
    {
      ...common,
      phase: "outcome",
      ref: id,
      outcome,
      reason: outcome === "refused" ? "cloud" : null,
      errorCode: outcome === "ok" ? null : "InvalidParameter",
      errorMessage: outcome === "ok" ? null : "The parameter is not valid.",
      requestId: `REQ-${n}`,
      latencyMs: 40 + (n % 60),
    },
  ];
}

/** Writes the chain directly in large transactions (the writer's rows and hashes, without its one-at-a-time lock). */
export async function seed(database: Database, count: number, start: number): Promise<number> {
  const { db, engine } = database;
  const perStatement = engine === "postgres" ? 1_500 : 1_000;
  let seq = 0;
  let prev = GENESIS_HASH;
  let n = 0;
  const began = performance.now();
  while (seq < count) {
    const rows: AuditEventRow[] = [];
    const keys: { key: string; seq: number }[] = [];
    while (rows.length < 20_000 && seq < count) {
      for (const event of seededEvents(n)) {
        if (seq >= count) break;
        seq += 1;
        const row = eventRow(event, seq, start + Math.floor((seq / count) * SPAN), prev);
        prev = row.hash;
        rows.push(row);
        if (event.phase !== "attempt") for (const key of keysOf(event)) keys.push({ key, seq });
      }
      n += 1;
    }
    await db.transaction().execute(async (trx) => {
      for (let i = 0; i < rows.length; i += perStatement)
        await trx
          .insertInto("audit_event")
          .values(rows.slice(i, i + perStatement))
          .execute();
      for (let i = 0; i < keys.length; i += perStatement * 4)
        await trx
          .insertInto("audit_key")
          .values(keys.slice(i, i + perStatement * 4))
          .execute();
    });
    if (seq % 200_000 < 20_000) process.stdout.write(`  seeded ${seq.toLocaleString("en")}…\r`);
  }
  // Fresh statistics, as autovacuum / a long-running store would have them.
  await sql`analyze`.execute(db);
  return (performance.now() - began) / 1000;
}
