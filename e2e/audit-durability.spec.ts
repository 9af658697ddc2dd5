import { createClient } from "@libsql/client";
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import pg from "pg";
import type { Engine } from "../lib/db/database";
import { createTestDatabase, ENGINES } from "../lib/testing/test-databases";
import { ENI, MCAST_DOMAIN } from "../lib/emulator/products/aliyun-demo/demo-ids";
import { expect, test } from "./fixtures";
import { E2E_EMULATOR_PORT, E2E_EMULATOR_URL } from "./test-ports";

/**
 * Nothing acknowledged is lost: a console server of its own (the production server, on its own database) is
 * killed with SIGKILL in the middle of a stream of 1,000 mutations, then started again. Every mutation whose
 * answer reached the client has its recorded outcome; every other one that got as far as its attempt shows an
 * outcome too (`unknown`, written by recovery at start); and `npm run audit -- verify` passes. On each engine
 * (PostgreSQL when TEST_DATABASE_URL is set), whose writers commit differently.
 */

const TOTAL = 1_000;
const KILL_AFTER = 400;
const IN_FLIGHT = 4;
const PASSWORD = `durability-${process.pid}-${Date.now().toString(36)}`;
const EMAIL = "durability@example.com";

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once("exit", () => resolve()));
}

async function startServer(env: NodeJS.ProcessEnv, base: string): Promise<ChildProcess> {
  const server = spawn(process.execPath, ["scripts/console-server.mjs"], { env, stdio: "ignore" });
  for (let i = 0; i < 300; i += 1) {
    const up = await fetch(`${base}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) return server;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  server.kill("SIGKILL");
  throw new Error("the console server did not start within 30 s");
}

/** Reads the store the killed server wrote, with a plain client of its engine. */
async function storeReader(engine: Engine, env: Record<string, string>) {
  if (engine === "sqlite") {
    const db = createClient({ url: `file:${env.CONSOLE_DB_PATH}` });
    return {
      rows: async (query: string) => (await db.execute(query)).rows as Record<string, unknown>[],
      close: async () => db.close(),
    };
  }
  const client = new pg.Client({ connectionString: env.DATABASE_URL });
  await client.connect();
  return {
    rows: async (query: string) => (await client.query(query)).rows as Record<string, unknown>[],
    close: () => client.end(),
  };
}

for (const engine of ENGINES)
  test(`kill -9 during a stream of 1,000 mutations: nothing answered is lost, the rest show unknown (${engine})`, async ({
    emulator,
  }) => {
    test.setTimeout(240_000);
    await emulator.reset();
    // Each call spends 150 ms at the cloud, so the kill lands while calls sit between attempt and outcome.
    await emulator.addFaults({ action: "RegisterTransitRouterMulticastGroupSources", latencyMs: 150 });
    const store = await createTestDatabase(engine);
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const env = {
      ...process.env,
      HOST: "127.0.0.1",
      PORT: String(port),
      CONSOLE_URL: "",
      CONSOLE_DB_PATH: "",
      ...store.env,
      CLOUD_MODE: "emulator",
      EMULATOR_PORT: String(E2E_EMULATOR_PORT),
      ALIBABA_CLOUD_ENDPOINT: E2E_EMULATOR_URL,
      VOLCENGINE_ENDPOINT: E2E_EMULATOR_URL,
      NEXT_TELEMETRY_DISABLED: "1",
    };
    let server: ChildProcess | undefined;
    try {
      execFileSync(
        process.execPath,
        ["scripts/users.mjs", "add", EMAIL, "--role", "operator", "--password-stdin"],
        {
          env,
          input: PASSWORD,
        },
      );
      server = await startServer(env, base);
      const signIn = await fetch(`${base}/api/auth/sign-in/email`, {
        method: "POST",
        headers: { origin: base, "content-type": "application/json" },
        body: JSON.stringify({ email: EMAIL, password: PASSWORD }),
      });
      expect(signIn.status).toBe(200);
      const cookie = signIn.headers
        .getSetCookie()
        .map((c) => c.split(";")[0])
        .join("; ");

      // A stream of DryRun registrations (catalog mutations, recorded like any other), each with its own token.
      const answered = new Set<string>();
      const unexpected: string[] = [];
      let next = 0;
      let killed = false;
      const send = async (token: string) => {
        const response = await fetch(
          `${base}/api/operations/aliyun.cbn.RegisterTransitRouterMulticastGroupSources`,
          {
            method: "POST",
            headers: { origin: base, cookie, "content-type": "application/json" },
            body: JSON.stringify({
              input: {
                TransitRouterMulticastDomainId: MCAST_DOMAIN.hz,
                GroupIpAddress: "239.9.9.9",
                NetworkInterfaceIds: [ENI.hzFree1],
                ClientToken: token,
                DryRun: true,
              },
            }),
          },
        );
        const body = await response.json();
        if (body.error?.code !== "DryRunOperation")
          unexpected.push(`${token}: ${response.status} ${body.error?.code}`);
        answered.add(token);
      };
      await Promise.all(
        Array.from({ length: IN_FLIGHT }, async () => {
          while (!killed && next < TOTAL) {
            const token = `dur-${next++}`;
            await send(token).catch(() => undefined);
            if (!killed && answered.size >= KILL_AFTER) {
              killed = true;
              server!.kill("SIGKILL");
            }
          }
        }),
      );
      expect(killed).toBe(true);
      expect(unexpected).toEqual([]);
      await exited(server);

      server = await startServer(env, base);
      const db = await storeReader(engine, env);
      try {
        // Recovery runs at start; the killed process is gone from this host, so its attempts are taken at once.
        for (let i = 0; i < 100; i += 1) {
          const rows = await db.rows("select count(*) as n from audit_pending");
          if (Number(rows[0]!.n) === 0) break;
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
        expect(Number((await db.rows("select count(*) as n from audit_pending"))[0]!.n)).toBe(0);
        const rows = await db.rows(
          "select client_token, phase, outcome, detail from audit_event where client_token like 'dur-%'",
        );
        const attempts = new Set(
          rows.filter((r) => r.phase === "attempt").map((r) => String(r.client_token)),
        );
        const outcomes = new Map(
          rows
            .filter((r) => r.phase === "outcome")
            .map((r) => [
              String(r.client_token),
              { outcome: r.outcome, recovered: String(r.detail).includes('"recovered":true') },
            ]),
        );
        for (const token of answered) {
          expect(outcomes.get(token), token).toEqual({ outcome: "ok", recovered: false });
        }
        const unanswered = [...attempts].filter((token) => !answered.has(token));
        for (const token of unanswered) {
          const outcome = outcomes.get(token);
          expect(outcome, token).toBeDefined();
          // Committed just before the kill (then "ok"), or left behind and recovered as "unknown".
          expect(outcome!.recovered ? outcome!.outcome : "ok").toBe(
            outcome!.recovered ? "unknown" : outcome!.outcome,
          );
        }
        expect(attempts.size).toBeGreaterThanOrEqual(answered.size);
        // The kill did catch calls between their attempt and their outcome.
        expect([...outcomes.values()].filter((o) => o.recovered).length).toBeGreaterThan(0);
        expect([...outcomes.keys()].every((token) => attempts.has(token))).toBe(true);
        test.info().annotations.push({
          type: "durability",
          description: `${answered.size} answered, ${unanswered.length} in flight at the kill, ${[...outcomes.values()].filter((o) => o.recovered).length} recovered as unknown`,
        });
      } finally {
        await db.close();
      }
      // The restarted console's overview still reports them: its recent failures read the trail, not memory.
      const overview = await fetch(`${base}/api/overview`, { headers: { cookie } });
      expect(overview.status).toBe(200);
      const { failures } = (await overview.json()) as {
        failures: { code: string; actor?: string; operationId: string; resources?: string[] }[];
      };
      expect(failures).toContainEqual(
        expect.objectContaining({
          code: "NoOutcomeRecorded",
          actor: EMAIL,
          operationId: "aliyun.cbn.RegisterTransitRouterMulticastGroupSources",
          resources: expect.arrayContaining([ENI.hzFree1]),
        }),
      );
      const verify = execFileSync(process.execPath, ["scripts/audit.mjs", "verify"], {
        env,
        encoding: "utf8",
      });
      expect(verify).toMatch(/^\d+ events, chain intact/);
    } finally {
      if (server) {
        server.kill("SIGTERM");
        await exited(server);
      }
      await store.drop();
      await emulator.reset();
    }
  });
