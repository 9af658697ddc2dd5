import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "kysely";
import { afterEach, describe, expect, it } from "vitest";
import { openDatabase } from "./database";

const dirs: string[] = [];
function tempDir() {
  const dir = mkdtempSync(join(tmpdir(), "libsql-dialect-"));
  dirs.push(dir);
  return dir;
}
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe("the embedded store's driver", () => {
  it("fails each query on a file it cannot open, without holding the queue, and still closes", async () => {
    // A directory where the file should be: SQLite cannot open it.
    const database = openDatabase({ NODE_ENV: "test", CONSOLE_DB_PATH: tempDir() });
    await expect(sql`select 1`.execute(database.db)).rejects.toThrow();
    await expect(sql`select 1`.execute(database.db)).rejects.toThrow();
    await expect(database.close()).resolves.toBeUndefined();
  });

  it("keeps answering after a statement fails: a failed transaction leaves nothing, statements run again with new values", async () => {
    const database = openDatabase({ NODE_ENV: "test", CONSOLE_DB_PATH: join(tempDir(), "console.db") });
    try {
      await sql`create table t (id integer primary key, name text not null unique)`.execute(database.db);
      const insert = (id: number, name: string) => sql`insert into t (id, name) values (${id}, ${name})`;
      await insert(1, "a").execute(database.db);
      await expect(insert(2, "a").execute(database.db)).rejects.toThrow(/UNIQUE/);
      await expect(
        database.db.transaction().execute(async (trx) => {
          await insert(3, "c").execute(trx);
          await insert(4, "a").execute(trx);
        }),
      ).rejects.toThrow(/UNIQUE/);
      await insert(5, "e").execute(database.db);
      const names = await sql<{ name: string }>`select name from t order by id`.execute(database.db);
      // The failed transaction left nothing behind; the same statements ran again with other values.
      expect(names.rows.map((r) => r.name)).toEqual(["a", "e"]);
    } finally {
      await database.close();
    }
  });
});
