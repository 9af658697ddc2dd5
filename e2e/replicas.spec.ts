import { Pool } from "pg";
import { BJ } from "../lib/emulator/products/volc-vpc/volc-vpc-ids";
import { createTestDatabase, TEST_DATABASE_URL, type TestDatabase } from "../lib/testing/test-databases";
import { BEIJING_SESSION, createMirrorSession, expect, type OperationCall, test } from "./fixtures";
import {
  addOperator,
  busiestSecond,
  callOperation,
  signIn,
  startReplica,
  TcpRelay,
  type Replica,
} from "./replica-fleet";
import { E2E_CONSOLE_PORT, E2E_EMULATOR_URL } from "./test-ports";

/**
 * Two console replicas on one PostgreSQL behave as one console (issue #16). Each replica is the production server
 * as its own process; they reach PostgreSQL through a TCP relay this test can cut, so "PostgreSQL down" never
 * stops the server other people share. Replicas only exist on PostgreSQL: without TEST_DATABASE_URL there is
 * nothing to test, and the spec says so.
 */
const CREATE = "volcengine.vpc.CreateTrafficMirrorSession";
const LIST = "volcengine.vpc.DescribeTrafficMirrorSessions";
const UPSERT = "volcengine.live.UpdateRelaySourceV3";
// The e2e console holds E2E_CONSOLE_PORT; the replicas and the relay take the next four.
const [PORT_A, PORT_B, RELAY_PORT, PORT_C] = [1, 2, 3, 4].map((n) => E2E_CONSOLE_PORT + n) as [
  number,
  number,
  number,
  number,
];

interface LoggedRequest {
  time: string;
  action?: string;
  operationId?: string;
  status: number;
  code?: string;
}

test.describe.configure({ mode: "serial" });
const WHY_SKIPPED =
  "Replicas need PostgreSQL: set TEST_DATABASE_URL=postgres://… (a server where the test may create a database).";
if (!TEST_DATABASE_URL) console.log(`e2e/replicas.spec.ts skipped. ${WHY_SKIPPED}`);
test.skip(!TEST_DATABASE_URL, WHY_SKIPPED);

let database: TestDatabase;
let relay: TcpRelay;
let a: Replica;
let b: Replica;
let cookie: string;
let replicaEnv: NodeJS.ProcessEnv;

/** Operations through one replica, as the person signed in for the run. */
const through =
  (replica: Replica): OperationCall =>
  (id, body) =>
    callOperation(replica.url, cookie, id, body);

test.beforeAll(async () => {
  test.setTimeout(180_000);
  database = await createTestDatabase("postgres");
  const direct = new URL(database.env.DATABASE_URL!);
  relay = new TcpRelay(RELAY_PORT, { host: direct.hostname, port: Number(direct.port || 5432) });
  await relay.restore();
  const viaRelay = new URL(direct.href);
  viaRelay.hostname = "127.0.0.1";
  viaRelay.port = String(RELAY_PORT);
  const env = (replicaEnv = {
    ...process.env,
    DATABASE_URL: viaRelay.href,
    CLOUD_MODE: "emulator",
    ALIBABA_CLOUD_ENDPOINT: E2E_EMULATOR_URL,
    VOLCENGINE_ENDPOINT: E2E_EMULATOR_URL,
  });
  // Started together: the migrations' advisory lock lets one apply them while the other waits.
  [a, b] = await Promise.all([startReplica(PORT_A, env), startReplica(PORT_B, env)]);
  const email = "replica-operator@example.com";
  const password = await addOperator(email, { ...env, PORT: String(PORT_A) });
  cookie = await signIn(a.url, email, password);
});

test.afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
  await relay?.cut();
  await database?.drop();
});

test.beforeEach(async ({ emulator }) => {
  await emulator.reset();
});

test("a session made on replica A is valid on replica B", async () => {
  const read = await callOperation(b.url, cookie, LIST, { region: "cn-beijing", input: {} });
  expect(read.status).toBe(200);
  // Without the cookie, B refuses: the 200 above is the shared session, not an open door.
  const anonymous = await callOperation(b.url, "", LIST, { region: "cn-beijing", input: {} });
  expect(anonymous.status).toBe(401);
});

test("a create through A settles while it is polled through B", async ({ emulator }) => {
  await emulator.setTransitions({ mode: "manual", reads: 3, kind: "mirror-session" });
  const { id } = await createMirrorSession(through(a), "cn-beijing", { ...BEIJING_SESSION, priority: 5 });
  const seen: string[] = [];
  await expect
    .poll(
      async () => {
        const list = await callOperation(b.url, cookie, LIST, { region: "cn-beijing", input: {} });
        expect(list.status).toBe(200);
        const sessions = (list.body.result as { TrafficMirrorSessions: Array<Record<string, unknown>> })
          .TrafficMirrorSessions;
        const status = String(sessions.find((s) => s.TrafficMirrorSessionId === id)?.Status);
        seen.push(status);
        return status;
      },
      { timeout: 15_000, intervals: [500] },
    )
    .toBe("Active");
  expect(seen[0]).toBe("Creating");
});

test("a create through A settles on the page a browser has open on B", async ({ browser, emulator }) => {
  await emulator.reset();
  await emulator.setTransitions({ mode: "manual", reads: 3, kind: "mirror-session" });
  // The session made on A, in a browser that only ever talks to B.
  const context = await browser.newContext();
  await context.addCookies(
    cookie.split("; ").map((pair) => {
      const at = pair.indexOf("=");
      return { name: pair.slice(0, at), value: pair.slice(at + 1), url: b.url };
    }),
  );
  const page = await context.newPage();
  try {
    await page.goto(`${b.url}/mirror-sessions?region=cn-beijing`);
    await expect(page.locator("tr[data-session]").first()).toBeVisible({ timeout: 15_000 });
    const { id } = await createMirrorSession(through(a), "cn-beijing", { ...BEIJING_SESSION, priority: 5 });
    // B's page learns of it by its own polls (reload once: the page did not start this operation) and sees it settle.
    await page.reload();
    const row = page.locator(`tr[data-session="${id}"]`);
    await expect(row.locator("[data-status]").first()).toHaveAttribute("data-status", "Active", {
      timeout: 20_000,
    });
  } finally {
    await context.close();
  }
});

test("40 relay-source upserts over both replicas reach Live at most 10 per rolling second", async ({
  emulator,
}) => {
  test.setTimeout(60_000);
  const answers = await Promise.all(
    Array.from({ length: 40 }, (_, i) =>
      callOperation(i % 2 === 0 ? a.url : b.url, cookie, UPSERT, {
        input: {
          Vhost: "edu.example.cn",
          App: `fleet_${i}`,
          GroupDetails: [
            {
              Group: "relay1",
              Servers: [{ RelaySourceProtocol: "rtmp", RelaySourceDomain: "origin.example.org:1935" }],
            },
          ],
        },
      }),
    ),
  );
  expect(answers.map((r) => r.status)).toEqual(Array(40).fill(200));
  const upserts = (await emulator.requests<LoggedRequest>(200)).filter((r) => r.operationId === UPSERT);
  // Not one refused by the gateway (a throttled call would be retried and show up here as a 429).
  expect(upserts.filter((r) => r.status !== 200 || r.code)).toEqual([]);
  expect(upserts).toHaveLength(40);
  expect(busiestSecond(upserts.map((r) => Date.parse(r.time)))).toBeLessThanOrEqual(10);
});

test("PostgreSQL unreachable → 503 source config on both replicas, then recovery without a restart", async () => {
  test.setTimeout(90_000);
  const read = (replica: Replica) =>
    callOperation(replica.url, cookie, LIST, { region: "cn-beijing", input: {} });
  await relay.cut();
  try {
    for (const replica of [a, b]) {
      const answer = await read(replica);
      expect(answer.status).toBe(503);
      expect(answer.body.error).toMatchObject({ source: "config" });
    }
  } finally {
    await relay.restore();
  }
  for (const replica of [a, b])
    await expect.poll(async () => (await read(replica)).status, { timeout: 30_000 }).toBe(200);
  // The same processes answered throughout.
  expect([a.process.exitCode, b.process.exitCode]).toEqual([null, null]);
});

test("two replicas racing the same ClientToken'd create make one session", async ({ emulator }) => {
  await emulator.setTransitions({ mode: "immediate", kind: "mirror-session" });
  const input = {
    NetworkInterfaceId: BJ.enis.web02Primary,
    TrafficMirrorTargetId: BJ.targets.collectorClb,
    TrafficMirrorFilterId: BJ.filters.dns,
    Priority: 9,
    ClientToken: `race-${Date.now()}`,
  };
  const answers = await Promise.all(
    [a, b].map((replica) => callOperation(replica.url, cookie, CREATE, { region: "cn-beijing", input })),
  );
  const ids = answers
    .filter((r) => r.status === 200)
    .map((r) => (r.body.result as { TrafficMirrorSessionId: string }).TrafficMirrorSessionId);
  expect(ids.length).toBeGreaterThanOrEqual(1);
  expect(new Set(ids).size).toBe(1);
  // Whatever the other replica heard (the same id, or "still in process"), the cloud holds one session.
  for (const other of answers.filter((r) => r.status !== 200))
    expect(other.body.error).toMatchObject({ code: "IdempotentProcessing" });
  const list = await callOperation(b.url, cookie, LIST, { region: "cn-beijing", input: {} });
  const sessions = (list.body.result as { TrafficMirrorSessions: Array<{ Priority: number }> })
    .TrafficMirrorSessions;
  expect(sessions.filter((s) => Number(s.Priority) === 9)).toHaveLength(1);
});

test("a replica killed mid-operation loses nothing: another takes its operation over within 30 s", async ({
  emulator,
}) => {
  test.setTimeout(120_000);
  // C reaches PostgreSQL directly while A and B are cut off, so C is the only watcher that can lease the new
  // operation — the state in which its death matters. Several reads before Active, so it cannot settle first.
  await emulator.setTransitions({ mode: "manual", reads: 5, kind: "mirror-session" });
  const c = await startReplica(PORT_C, { ...replicaEnv, DATABASE_URL: database.env.DATABASE_URL });
  const pool = new Pool({ connectionString: database.env.DATABASE_URL, max: 1 });
  try {
    await relay.cut();
    const { id: sessionId } = await createMirrorSession(through(c), "cn-beijing", {
      ...BEIJING_SESSION,
      priority: 21,
    });
    const operationOf = async () =>
      (
        await pool.query<{ id: string; lease_owner: string | null; state: string }>(
          "select id, lease_owner, state from audit_operation where resources like $1",
          [`%${sessionId}%`],
        )
      ).rows[0];
    const cInstance = (
      await pool.query<{ id: string }>(
        "select id from console_instance where pid = $1 and stopped_at is null",
        [c.process.pid],
      )
    ).rows[0]!.id;
    // Nobody's browser polls it: C's watcher leases it (due ~3 s after acceptance).
    await expect
      .poll(async () => (await operationOf())?.lease_owner, { timeout: 15_000, intervals: [100] })
      .toBe(cInstance);
    c.process.kill("SIGKILL");
    const killedAt = Date.now();
    await relay.restore();

    await expect
      .poll(async () => (await operationOf())?.state, { timeout: 30_000, intervals: [500] })
      .toBe("settled");
    expect(Date.now() - killedAt).toBeLessThan(30_000);
    // Finished by a survivor's watcher, and every status it saw is in the history B serves.
    const operation = (await operationOf())!;
    const history = await fetch(`${b.url}/api/operations-history/${operation.id}`, { headers: { cookie } });
    const timeline = (await history.json()) as {
      state: string;
      statuses: { status: string; source: string }[];
    };
    expect(timeline.state).toBe("settled");
    expect(timeline.statuses.at(-1)).toMatchObject({ status: "Active", source: "watcher" });
  } finally {
    await relay.restore();
    await c.stop();
    await pool.end();
  }
});
