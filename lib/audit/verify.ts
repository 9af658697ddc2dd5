import "server-only";
import type { Kysely } from "kysely";
import type { ConsoleTables } from "@/lib/db/tables";
import type { AuditEventRow } from "./audit-tables";
import { eventHash, GENESIS_HASH } from "./chain";

export type VerifyResult =
  | { ok: true; events: number; head: { seq: number; hash: string } | null }
  | { ok: false; events: number; brokenAt: number; problem: string };

const PAGE = 5_000;

/** What a retention checkpoint vouches for: the first event kept and the hash it links back to. */
export interface CheckpointDetail {
  keptFromSeq: number;
  keptFromPrevHash: string;
  pruned: number;
  before: number;
}

function vouchKey(seq: number, prevHash: string) {
  return `${seq}:${prevHash}`;
}

/**
 * Walks the whole chain in position order, a page at a time (a million events never sit in memory): every
 * position present with no gap, every event's hash recomputed from its content, every event linked to the one
 * before. A store that starts later than position 1 must hold a retention checkpoint vouching for exactly that
 * start. The first problem found is reported; a changed, removed or reordered event is always one.
 */
export async function verifyChain(db: Kysely<ConsoleTables>): Promise<VerifyResult> {
  let count = 0;
  let first: AuditEventRow | null = null;
  let prev: AuditEventRow | null = null;
  const vouched = new Set<string>();
  const broken = (seq: number, problem: string): VerifyResult => ({
    ok: false,
    events: count,
    brokenAt: seq,
    problem,
  });
  for (;;) {
    let query = db.selectFrom("audit_event").selectAll().orderBy("seq").limit(PAGE);
    if (prev) query = query.where("seq", ">", prev.seq);
    const rows = await query.execute();
    for (const row of rows) {
      if (!first) {
        first = row;
        if (row.seq === 1 && row.prev_hash !== GENESIS_HASH)
          return broken(1, "the first event does not start the chain");
      } else if (row.seq !== prev!.seq + 1) {
        return broken(prev!.seq + 1, `event #${prev!.seq + 1} is missing`);
      } else if (row.prev_hash !== prev!.hash) {
        return broken(
          row.seq,
          `event #${row.seq} does not link to event #${prev!.seq} (one of them was changed)`,
        );
      }
      const { hash, ...content } = row;
      if (eventHash(content) !== hash)
        return broken(row.seq, `event #${row.seq} was changed after it was written`);
      if (row.action === "audit.checkpoint" && row.detail) {
        const detail = JSON.parse(row.detail) as Partial<CheckpointDetail>;
        if (typeof detail.keptFromSeq === "number" && typeof detail.keptFromPrevHash === "string")
          vouched.add(vouchKey(detail.keptFromSeq, detail.keptFromPrevHash));
      }
      count += 1;
      prev = row;
    }
    if (rows.length < PAGE) break;
  }
  if (first && first.seq !== 1 && !vouched.has(vouchKey(first.seq, first.prev_hash)))
    return broken(
      first.seq,
      `events before #${first.seq} are missing and no retention checkpoint accounts for them`,
    );
  return { ok: true, events: count, head: prev ? { seq: prev.seq, hash: prev.hash } : null };
}
