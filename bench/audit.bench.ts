/**
 * The audit trail at a million events, on the embedded store and on PostgreSQL (TEST_DATABASE_URL or
 * BENCH_DATABASE_URL; skipped with a note when neither is set): seeds BENCH_AUDIT_EVENTS (1,000,000) chained
 * events over a year by 50 people, then measures a filtered page (one person, one day), other pages, what the
 * audit writes add to one mutation (attempt + outcome), export throughput and verify throughput.
 * Run: `npm run bench:audit`. Results go in docs/BENCHMARKS.md ("Audit trail").
 */
import { randomBytes, randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import { join } from "node:path";
import { CompiledQuery, sql } from "kysely";
import pg from "pg";
import { auditPage, auditPageQuery } from "@/lib/audit/audit-query";
import { auditWriter } from "@/lib/audit/audit-writer";
import { csvLine, jsonLine } from "@/lib/audit/export-format";
import { verifyChain } from "@/lib/audit/verify";
import { openDatabase, type Database } from "@/lib/db/database";
import { migrate } from "@/lib/db/migrate";
import { DAY, MUTATIONS, PEOPLE, person, seed, SPAN } from "./audit-seed";

const EVENTS = Number(process.env.BENCH_AUDIT_EVENTS ?? 1_000_000);
const EXPORT_ROWS = Number(process.env.BENCH_AUDIT_EXPORT_ROWS ?? 200_000);
const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;
const ms = (n: number) => `${n.toFixed(2)} ms`;

function stats(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    p50: percentile(sorted, 0.5),
    p95: percentile(sorted, 0.95),
    p99: percentile(sorted, 0.99),
    n: sorted.length,
  };
}

async function timed<T>(run: () => Promise<T>): Promise<number> {
  const t0 = performance.now();
  await run();
  return performance.now() - t0;
}

/** The audit writes of one mutation, as lib/audit/audited-operation.ts makes them; returns each one's time. */
async function mutationWrites(writer: ReturnType<typeof auditWriter>, i: number) {
  const id = randomUUID();
  const actor = { name: person(i), type: "user" as const, role: "operator" };
  const common = {
    actor,
    action: MUTATIONS[0]!,
    cloud: "aliyun",
    region: "cn-hangzhou",
    resources: [`eni-${i}`],
    input: { i },
    clientToken: id,
  };
  const attempt = await timed(() =>
    writer.append([{ ...common, id, phase: "attempt", pending: "open", instance: "bench" }]),
  );
  const outcome = await timed(() =>
    writer.append([
      { ...common, phase: "outcome", pending: "close", ref: id, outcome: "ok", requestId: `R-${i}` },
    ]),
  );
  return { attempt, outcome };
}

async function writeCost(database: Database, label: string) {
  const writer = auditWriter(database);
  for (let i = 0; i < 20; i += 1) await mutationWrites(writer, i);
  const perMutation: number[] = [];
  const perWrite: number[] = [];
  for (let i = 0; i < 500; i += 1) {
    const { attempt, outcome } = await mutationWrites(writer, i);
    perWrite.push(attempt, outcome);
    perMutation.push(attempt + outcome);
  }
  const m = stats(perMutation);
  const one = stats(perWrite);
  console.log(
    `Audit writes, ${label}: per mutation (attempt + outcome) p50 ${ms(m.p50)}, p95 ${ms(m.p95)}, p99 ${ms(m.p99)}; per write p50 ${ms(one.p50)}, p95 ${ms(one.p95)}`,
  );
  return m;
}

/** How the engine runs one page query (the indexes it uses). */
async function plan(database: Database, filters: Parameters<typeof auditPage>[1]): Promise<string> {
  const compiled = auditPageQuery(database.db, filters, 51).compile();
  const explain = database.engine === "postgres" ? "explain" : "explain query plan";
  const { rows } = await database.db.executeQuery<Record<string, unknown>>(
    CompiledQuery.raw(`${explain} ${compiled.sql}`, [...compiled.parameters]),
  );
  return rows.map((row) => String(row.detail ?? row["QUERY PLAN"] ?? JSON.stringify(row)).trim()).join("; ");
}

type Relaxed = () => Promise<{ database: Database; label: string; restore(): Promise<void> }>;

async function benchEngine(label: string, database: Database, relaxed?: Relaxed) {
  await migrate(database);
  const start = Date.now() - SPAN - DAY;
  const seedSeconds = await seed(database, EVENTS, start);
  console.log(`\n### ${label}: ${EVENTS.toLocaleString("en")} events seeded in ${seedSeconds.toFixed(0)} s`);
  const { db } = database;
  const random = (max: number) => randomBytes(4).readUInt32BE() % max;

  // 1. Filtered pages.
  const pageRuns = async (name: string, filters: () => Parameters<typeof auditPage>[1], runs = 200) => {
    for (let i = 0; i < 10; i += 1) await auditPage(db, filters()); // warm-up
    const samples: number[] = [];
    let rows = 0;
    for (let i = 0; i < runs; i += 1) {
      const f = filters();
      samples.push(await timed(async () => (rows += (await auditPage(db, f)).rows.length)));
    }
    const s = stats(samples);
    console.log(`| ${name} | ${ms(s.p50)} | ${ms(s.p95)} | ${ms(s.p99)} | ${(rows / runs).toFixed(0)} |`);
    return s;
  };
  console.log("\n| page of 50 (newest first) | p50 | p95 | p99 | rows/page |\n|---|---:|---:|---:|---:|");
  const oneDay = await pageRuns("one person, one day", () => {
    const day = start + random(365) * DAY;
    return { actor: person(random(PEOPLE)), from: day, to: day + DAY, limit: 50 };
  });
  await pageRuns("one person, newest", () => ({ actor: person(random(PEOPLE)), limit: 50 }));
  await pageRuns("everyone, newest", () => ({ limit: 50 }));
  await pageRuns("outcome failed, one week", () => {
    const day = start + random(358) * DAY;
    return { outcome: "failed", from: day, to: day + 7 * DAY, limit: 50 };
  });
  await pageRuns("one resource id", () => ({
    resource: `tms-${random(EVENTS / 2)
      .toString(36)
      .padStart(8, "0")}`,
    limit: 50,
  }));
  await pageRuns("one action, one day", () => {
    const day = start + random(365) * DAY;
    return { action: MUTATIONS[random(MUTATIONS.length)]!, from: day, to: day + DAY, limit: 50 };
  });
  const firstPage = (await auditPage(db, { actor: person(1), limit: 50 })).rows.at(-1)!;
  await pageRuns("one person, page 2 (cursor)", () => ({
    actor: person(1),
    limit: 50,
    cursor: { at: firstPage.at, seq: firstPage.seq },
  }));

  const day = start + 200 * DAY;
  console.log(
    `\nPlan, one person, one day: ${await plan(database, { actor: person(3), from: day, to: day + DAY, limit: 50 })}`,
  );
  console.log(`Plan, one resource id: ${await plan(database, { resource: "tms-00000abc", limit: 50 })}`);
  console.log(
    `Plan, page 2 (cursor): ${await plan(database, { actor: person(3), cursor: { at: day, seq: 500_000 }, limit: 50 })}\n`,
  );

  // 2. What one mutation's audit writes cost: attempt (+ pending marker) before the call, outcome (− marker) after.
  const w = await writeCost(database, "as configured");
  if (relaxed) {
    const loose = await relaxed();
    try {
      await writeCost(loose.database, loose.label);
    } finally {
      await loose.restore();
    }
  }
  const writer = auditWriter(database);
  for (const concurrency of [16]) {
    const total = 2_000;
    let next = 0;
    const elapsed = await timed(() =>
      Promise.all(
        Array.from({ length: concurrency }, async () => {
          while (next < total) await mutationWrites(writer, next++);
        }),
      ),
    );
    console.log(
      `${concurrency} mutations at a time (group commit): ${((total / elapsed) * 1000).toFixed(0)} mutations/s`,
    );
  }

  // 3. Export: the route's loop (keyset pages of 1,000) formatting CSV and JSON Lines, to a sink.
  for (const [name, line] of [
    ["CSV", csvLine],
    ["JSON Lines", jsonLine],
  ] as const) {
    let rows = 0;
    let bytes = 0;
    let cursor: { at: number; seq: number } | undefined;
    const elapsed = await timed(async () => {
      while (rows < EXPORT_ROWS) {
        const page = await auditPage(db, { cursor, limit: 1_000 }, 1_000);
        for (const row of page.rows) bytes += Buffer.byteLength(line(row));
        rows += page.rows.length;
        const last = page.rows.at(-1);
        if (!page.nextCursor || !last) break;
        cursor = { at: last.at, seq: last.seq };
      }
    });
    console.log(
      `Export ${name}: ${rows.toLocaleString("en")} rows in ${(elapsed / 1000).toFixed(1)} s = ${((rows / elapsed) * 1000).toFixed(0)} rows/s, ${(((bytes / elapsed) * 1000) / 1e6).toFixed(1)} MB/s`,
    );
  }

  // 4. Verify the whole chain.
  let result: Awaited<ReturnType<typeof verifyChain>> | undefined;
  const verifyMs = await timed(async () => (result = await verifyChain(db)));
  console.log(
    `Verify: ${result!.events.toLocaleString("en")} events, ${result!.ok ? "chain intact" : "BROKEN"}, in ${(verifyMs / 1000).toFixed(1)} s (${((result!.events / verifyMs) * 1000).toFixed(0)} events/s)`,
  );
  return { oneDay, write: w };
}

async function main() {
  console.log(
    `Audit trail bench — ${os.cpus().length} cores, Node ${process.version}, ${EVENTS.toLocaleString("en")} events`,
  );
  const dir = mkdtempSync(join(os.tmpdir(), "cloudnet-audit-bench-"));
  const sqlite = openDatabase({ ...process.env, DATABASE_URL: "", CONSOLE_DB_PATH: join(dir, "console.db") });
  try {
    await benchEngine("Embedded store (libsql, WAL, synchronous=FULL)", sqlite, async () => {
      // The same writes without waiting for the disk: what the audit code itself costs.
      await sql`pragma synchronous = normal`.execute(sqlite.db);
      return {
        database: sqlite,
        label: "without the flush (synchronous=NORMAL, for comparison)",
        restore: async () => void (await sql`pragma synchronous = full`.execute(sqlite.db)),
      };
    });
  } finally {
    await sqlite.close();
    rmSync(dir, { recursive: true, force: true });
  }
  const server = (process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL)?.trim();
  if (!server) {
    console.log("\nPostgreSQL skipped: set BENCH_DATABASE_URL or TEST_DATABASE_URL.");
    return;
  }
  const name = `cloudnet_bench_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const url = new URL(server);
  url.pathname = `/${name}`;
  const postgres = openDatabase({ ...process.env, DATABASE_URL: url.href });
  try {
    const { rows } = await sql<{ server_version: string }>`show server_version`.execute(postgres.db);
    await benchEngine(
      `PostgreSQL ${rows[0]!.server_version} (127.0.0.1, synchronous_commit=on)`,
      postgres,
      async () => {
        await admin.query(`alter database ${name} set synchronous_commit = off`);
        const loose = openDatabase({ ...process.env, DATABASE_URL: url.href });
        return {
          database: loose,
          label: "without the flush (synchronous_commit=off, for comparison)",
          restore: async () => {
            await loose.close();
            await admin.query(`alter database ${name} reset synchronous_commit`);
          },
        };
      },
    );
  } finally {
    await postgres.close();
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
