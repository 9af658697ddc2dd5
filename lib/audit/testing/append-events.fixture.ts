/**
 * A second process appending to the same audit store (the users CLI beside a server, or another replica):
 * `node --conditions=react-server --import tsx lib/audit/testing/append-events.fixture.ts <count> <tag>`, with
 * DATABASE_URL or CONSOLE_DB_PATH naming the store. Prints "done" when every append committed.
 */
import { openDatabase } from "@/lib/db/database";
import { applySqlitePragmas } from "@/lib/db/pragmas";
import { auditWriter } from "../audit-writer";

// The package is CommonJS to tsx, so no top-level await.
void (async () => {
  const [count = "10", tag = "child"] = process.argv.slice(2);
  const database = openDatabase(process.env);
  if (database.engine === "sqlite") await applySqlitePragmas(database.db as never);
  for (let i = 0; i < Number(count); i += 1)
    await auditWriter(database).append([
      {
        actor: { name: tag, type: "cli" },
        action: "users.set-role",
        phase: "event",
        outcome: "ok",
        resources: [`${tag}-${i}`],
      },
    ]);
  await database.close();
  console.log("done");
})();
