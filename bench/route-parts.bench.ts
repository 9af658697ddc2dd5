/**
 * Where the proxied status read's time goes, measured in one process without Next's server around it: the guard
 * alone (host, origin, session read, role), the route handler (guard + validation + audit lookup + signed call +
 * answer), and the signed cloud call alone (lib/cloud). The emulator runs in the same process, so its CPU is in
 * the last two rows; the difference between them is what the console's own code adds. Together with `npm run
 * bench:proxy` (the same call through Next's server) it splits the route's cost into ours and Next's.
 * Run: `npm run bench:route-parts` (BENCH_CALLS per row, default 2000). Results go in docs/BENCHMARKS.md.
 */
import os from "node:os";
import { POST } from "@/app/api/operations/[id]/route";
import { guard } from "@/lib/auth/guard";
import { callOperation } from "@/lib/cloud/call-operation";
import { MemoryStore } from "@/lib/emulator/core/persistence";
import { startEmulatorServer } from "@/lib/emulator/http-server";
import { findOperation } from "@/lib/operations/catalog";
import { startConsoleHarness, TEST_ORIGIN } from "@/lib/testing/console-harness";

const CALLS = Number(process.env.BENCH_CALLS ?? 2000);
const LIST = "aliyun.cbn.ListTransitRouterMulticastDomains";

async function measure(name: string, call: () => Promise<void>) {
  for (let i = 0; i < 200; i += 1) await call(); // warm the JIT and the keep-alive pool
  const cpu = process.cpuUsage();
  const started = performance.now();
  for (let i = 0; i < CALLS; i += 1) await call();
  const wallMs = (performance.now() - started) / CALLS;
  const used = process.cpuUsage(cpu);
  const cpuMs = (used.user + used.system) / 1000 / CALLS;
  console.log(`| ${name} | ${wallMs.toFixed(3)} | ${cpuMs.toFixed(3)} |`);
  return cpuMs;
}

async function main() {
  const emulator = await startEmulatorServer({
    port: 0,
    env: {},
    store: new MemoryStore(),
    transitions: { mode: "immediate" },
  });
  Object.assign(process.env, {
    CLOUD_MODE: "",
    ALIBABA_CLOUD_ENDPOINT: emulator.url,
    VOLCENGINE_ENDPOINT: emulator.url,
  });
  const harness = await startConsoleHarness("sqlite");
  try {
    const { cookie } = await harness.person("operator");
    const request = () =>
      new Request(`${TEST_ORIGIN}/api/operations/${LIST}`, {
        method: "POST",
        headers: harness.headersFor(cookie),
        body: JSON.stringify({ region: "cn-hangzhou", input: {} }),
      });
    const op = findOperation(LIST)!;
    console.log(
      `route parts — ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, load average ${os.loadavg()[0]!.toFixed(1)}, ${CALLS} calls per row, embedded store`,
    );
    console.log("| part | wall ms/call | CPU ms/call |");
    console.log("|---|---:|---:|");
    await measure("guard (host, origin, session, role)", async () => {
      const checked = await guard(request(), "viewer");
      if (!checked.ok) throw new Error(`guard refused: ${checked.response.status}`);
    });
    const route = await measure("route handler (guard → signed call → answer)", async () => {
      const response = await POST(request(), { params: Promise.resolve({ id: LIST }) });
      if (response.status !== 200) throw new Error(await response.text());
      await response.text();
    });
    const cloud = await measure("signed call alone (lib/cloud + emulator)", async () => {
      await callOperation(op, {}, { region: "cn-hangzhou" });
    });
    console.log(`the console's own code adds ${(route - cloud).toFixed(3)} ms of CPU per call`);
  } finally {
    await harness.close();
    await emulator.close();
  }
}

void main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
