import { getRuntime } from "@/lib/auth/runtime";
import { pruneAudit, retentionDays } from "./retention";
import { verifyChain } from "./verify";

const USAGE = `Usage: npm run audit -- <command>
  verify                checks the whole hash chain: "N events, chain intact", or the first broken link (exit 1)
  prune [--days N]      removes events older than N days (AUDIT_RETENTION_DAYS, default 365) and records a
                        checkpoint so verify still passes; the server also does this every 6 hours
Works on the console's database (DATABASE_URL, or the embedded store), with the server running or not.`;

/** The audit command line (`npm run audit`): checks and retention of the console's audit trail. */
export async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  if (command !== "verify" && command !== "prune") {
    console.log(USAGE);
    return command === "--help" || command === "-h" ? 0 : 2;
  }
  const runtime = await getRuntime();
  try {
    if (command === "verify") {
      const result = await verifyChain(runtime.database.db);
      if (result.ok) {
        console.log(`${result.events} events, chain intact`);
        if (result.head) console.log(`head: #${result.head.seq} ${result.head.hash}`);
        return 0;
      }
      console.log(
        `chain broken at event #${result.brokenAt}: ${result.problem} (${result.events} events checked before it)`,
      );
      return 1;
    }
    const i = args.indexOf("--days");
    const days = i >= 0 ? retentionDays({ AUDIT_RETENTION_DAYS: args[i + 1] }) : retentionDays();
    const pruned = await pruneAudit(runtime.database, days);
    console.log(
      pruned
        ? `${pruned} events older than ${days} days pruned; checkpoint recorded.`
        : `Nothing older than ${days} days.`,
    );
    return 0;
  } finally {
    await runtime.database.close();
  }
}
