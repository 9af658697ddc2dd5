import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { GET as overview } from "@/app/api/overview/route";
import { GET as ready } from "@/app/api/health/ready/route";
import { POST as operation } from "@/app/api/operations/[id]/route";
import { startCaptureServer } from "@/lib/cloud/capture-server.fixture";
import { TEST_ORIGIN, TEST_PASSWORD } from "@/lib/testing/console-harness";
import { startTcpRelay, type TcpRelay } from "@/lib/testing/tcp-relay";
import { createTestDatabase, ENGINES, type TestDatabase } from "@/lib/testing/test-databases";
import { getRuntime, installRuntimeForTests, startRuntime, type ConsoleRuntime } from "./runtime";
import { accounts } from "./users";

// PostgreSQL going away while the console runs, through a relay the test cuts and restores: each request answers
// 503 source=config meanwhile (nothing forwarded), and the console recovers without a restart.
const QUERY = "aliyun.vpc.DescribeRouterInterfaces";
const RUNTIME_KEY = Symbol.for("cloudnet.console.runtime");

const headers = (cookie = "") => ({
  host: "127.0.0.1:3000",
  origin: TEST_ORIGIN,
  "content-type": "application/json",
  cookie,
});

function read(cookie: string) {
  return operation(
    new Request(`http://127.0.0.1:3000/api/operations/${QUERY}`, {
      method: "POST",
      headers: headers(cookie),
      body: JSON.stringify({ region: "cn-hangzhou", input: {} }),
    }),
    { params: Promise.resolve({ id: QUERY }) },
  );
}

async function expectUnavailable(response: Response) {
  expect(response.status).toBe(503);
  expect(await response.json()).toMatchObject({
    error: { source: "config", code: "DatabaseUnavailable", variables: ["DATABASE_URL"], outcome: "refused" },
  });
}

describe.each(ENGINES.filter((engine) => engine === "postgres"))(
  "the database lost and back (%s)",
  (engine) => {
    let testDb: TestDatabase;
    let relay: TcpRelay;
    let env: NodeJS.ProcessEnv;
    let cookie: string;
    let runtime: ConsoleRuntime | undefined;
    const cloud = { server: undefined as Awaited<ReturnType<typeof startCaptureServer>> | undefined };
    const savedEnv = { ...process.env };

    beforeAll(async () => {
      testDb = await createTestDatabase(engine);
      const direct = new URL(testDb.env.DATABASE_URL!);
      relay = await startTcpRelay({ host: direct.hostname, port: Number(direct.port || 5432) });
      const viaRelay = new URL(direct);
      viaRelay.host = `127.0.0.1:${relay.port}`;
      cloud.server = await startCaptureServer(() => ({ status: 200, body: { RequestId: "REQ-1" } }));
      env = {
        ...process.env,
        HOST: "127.0.0.1",
        PORT: "3000",
        CONSOLE_URL: "",
        DATABASE_URL: viaRelay.href,
        CLOUD_MODE: "",
        ALIBABA_CLOUD_ENDPOINT: cloud.server.baseUrl,
        VOLCENGINE_ENDPOINT: cloud.server.baseUrl,
      };
      Object.assign(process.env, env);
    });

    afterEach(async () => {
      await relay.up();
    });

    afterAll(async () => {
      const holder = globalThis as { [RUNTIME_KEY]?: Promise<ConsoleRuntime> };
      const current = await holder[RUNTIME_KEY]?.catch(() => undefined);
      delete holder[RUNTIME_KEY];
      await current?.database.close();
      await runtime?.database.close();
      await relay.down();
      await cloud.server?.close();
      process.env = savedEnv;
      await testDb.drop();
    });

    it("a running console answers 503 while the database is away, and serves again when it is back", async () => {
      runtime = await startRuntime(env);
      const restore = installRuntimeForTests(runtime);
      try {
        await accounts(runtime.auth).add({
          email: "op@example.com",
          role: "operator",
          password: TEST_PASSWORD,
        });
        const signedIn = await runtime.auth.api.signInEmail({
          body: { email: "op@example.com", password: TEST_PASSWORD },
          headers: new Headers(headers()),
          asResponse: true,
        });
        cookie = signedIn.headers
          .getSetCookie()
          .map((c) => c.split(";")[0])
          .join("; ");
        expect((await read(cookie)).status).toBe(200);
        expect(relay.connections).toBeGreaterThan(0);

        await relay.down();
        for (let i = 0; i < 3; i++) await expectUnavailable(await read(cookie));
        await expectUnavailable(
          await overview(new Request("http://127.0.0.1:3000/api/overview", { headers: headers(cookie) })),
        );
        const notReady = await ready(
          new Request("http://127.0.0.1:3000/api/health/ready", { headers: headers() }),
        );
        expect(notReady.status).toBe(503);
        expect(await notReady.json()).toMatchObject({ ready: false, checks: { database: false } });
        expect(cloud.server!.requests).toHaveLength(1);

        await relay.up();
        expect((await read(cookie)).status).toBe(200);
        expect(cloud.server!.requests).toHaveLength(2);
      } finally {
        restore();
      }
    });

    it("a console that started while the database was away comes up on the next request once it is back", async () => {
      await relay.down();
      // The process's own runtime (getRuntime), as the server makes it: the failed start is not kept.
      await expect(getRuntime()).rejects.toThrow();
      await expectUnavailable(await read(cookie));
      const notReady = await ready(
        new Request("http://127.0.0.1:3000/api/health/ready", { headers: headers() }),
      );
      expect(notReady.status).toBe(503);

      await relay.up();
      const isReady = await ready(
        new Request("http://127.0.0.1:3000/api/health/ready", { headers: headers() }),
      );
      expect(await isReady.json()).toMatchObject({ checks: { database: true, migrations: true } });
      expect((await read(cookie)).status).toBe(200);
    });
  },
);
