/**
 * The proxy route's cost: the same list call (CEN ListTransitRouterMulticastDomains) through the console's
 * `POST /api/operations/<id>` and signed straight to the emulator, side by side, 32 connections, loopback,
 * bounded in time; then first-load JS per route (gzip), read from the build the console serves (the same table
 * `npm run bench:bundle` prints on its own, see bench/first-load-js.ts).
 * Run: `npm run build && npm run bench:proxy`. Results go in docs/BENCHMARKS.md ("Proxy route").
 */
import autocannon from "autocannon";
import { randomBytes } from "node:crypto";
import os from "node:os";
import { resolveEndpoint } from "@/lib/cloud/endpoints";
import { emulatorAlibabaIdentity } from "@/lib/cloud/emulator-identity";
import { buildWireRequest } from "@/lib/cloud/wire";
import { listTransitRouterMulticastDomains as op } from "@/lib/operations/cbn/list-transit-router-multicast-domains";
import { startBenchServers, type BenchServers } from "./bench-servers";
import { firstLoadJs } from "./first-load-js";

const CONNECTIONS = 32;
const DURATION_S = Number(process.env.BENCH_SECONDS ?? 8);
const REGION = "cn-hangzhou";

interface Run {
  requests: number;
  /** Server CPU per request, µs (user + system from /proc), for the console and the emulator. */
  consoleCpuUs: number;
  emulatorCpuUs: number;
  rps: number;
  /** Mean latency, ms, from connections ÷ throughput. */
  mean: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
}

async function load(servers: BenchServers, options: autocannon.Options): Promise<Run> {
  const before = servers.cpuSeconds();
  const result = await autocannon({ connections: CONNECTIONS, duration: DURATION_S, ...options });
  const after = servers.cpuSeconds();
  const requests = result.requests.total;
  const perRequestUs = (seconds: number) => (requests > 0 ? (seconds * 1e6) / requests : 0);
  return {
    requests,
    consoleCpuUs: perRequestUs(after.console - before.console),
    emulatorCpuUs: perRequestUs(after.emulator - before.emulator),
    rps: result.requests.average,
    // Little's law for a closed loop (each connection sends when its reply lands): full resolution, unlike the
    // percentiles, which autocannon rounds to whole milliseconds.
    mean: result.requests.average > 0 ? (1000 * result.connections) / result.requests.average : 0,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

/** Every request signed afresh (Alibaba refuses a reused nonce), exactly as callOperation would sign it. */
function signedDirectRequest(emulatorUrl: string) {
  const env = { ALIBABA_CLOUD_ENDPOINT: emulatorUrl };
  const endpoint = resolveEndpoint(op, REGION, env);
  const identity = emulatorAlibabaIdentity({});
  return (request: autocannon.Request): autocannon.Request => {
    const wire = buildWireRequest(
      op,
      { RegionId: REGION },
      { endpoint, credentials: identity, date: new Date(), nonce: randomBytes(16).toString("hex") },
    );
    const url = new URL(wire.url);
    // autocannon does not add Host on its own once headers are replaced; the signature covers it.
    return {
      ...request,
      method: wire.method,
      path: `${url.pathname}${url.search}`,
      headers: { ...wire.headers, host: url.host },
    };
  };
}

async function main() {
  const servers = await startBenchServers();
  try {
    const routeBody = JSON.stringify({ region: REGION, input: {} });
    const viaRoute = {
      url: `${servers.consoleUrl}/api/operations/${op.id}`,
      method: "POST" as const,
      headers: { "content-type": "application/json", "sec-fetch-site": "same-origin" },
      body: routeBody,
    };
    const direct = {
      url: servers.emulatorUrl,
      requests: [{ setupRequest: signedDirectRequest(servers.emulatorUrl) }],
    };
    // Warm both paths (JIT, the keep-alive pool) before measuring.
    await load(servers, { ...viaRoute, duration: 2 });
    await load(servers, { ...direct, duration: 2 });
    const routeRun = await load(servers, viaRoute);
    const directRun = await load(servers, direct);
    // Without queueing: one connection shows what the proxy adds to a single call.
    const routeSingle = await load(servers, { ...viaRoute, connections: 1 });
    const directSingle = await load(servers, { ...direct, connections: 1 });
    // Next's own floor on this machine: a route handler (not the fast path) that makes no cloud call at all.
    const floorRun = await load(servers, { url: `${servers.consoleUrl}/api/health` });
    const js = await firstLoadJs(servers.consoleUrl, servers.distDir);

    const us = (n: number) => (n > 0 ? Math.round(n).toString() : "–");
    const line = (name: string, r: Run) =>
      `| ${name} | ${Math.round(r.rps)} | ${r.mean.toFixed(2)} | ${r.p50.toFixed(1)} | ${r.p99.toFixed(1)} | ${us(r.consoleCpuUs)} | ${us(r.emulatorCpuUs)} | ${r.requests} | ${r.errors + r.non2xx} |`;
    const compare = (route: Run, direct: Run) =>
      `mean +${(route.mean - direct.mean).toFixed(2)} ms, p50 +${(route.p50 - direct.p50).toFixed(1)} ms, p99 +${(route.p99 - direct.p99).toFixed(1)} ms; throughput ${(route.rps / direct.rps).toFixed(2)}× direct`;
    console.log(
      `proxy bench — ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${os.cpus().length} CPUs, load average ${os.loadavg()[0]!.toFixed(1)}, ${DURATION_S} s per row`,
    );
    console.log(
      "| path | req/s | mean ms | p50 ms | p99 ms | console CPU µs/req | emulator CPU µs/req | requests | errors |",
    );
    console.log("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
    console.log(line(`console route → emulator, ${CONNECTIONS} connections`, routeRun));
    console.log(line(`signed straight to emulator, ${CONNECTIONS} connections`, directRun));
    console.log(line("console route → emulator, 1 connection", routeSingle));
    console.log(line("signed straight to emulator, 1 connection", directSingle));
    console.log(line(`console /api/health via Next, ${CONNECTIONS} connections`, floorRun));
    console.log(`overhead at ${CONNECTIONS} connections: ${compare(routeRun, directRun)}`);
    console.log(`overhead at 1 connection: ${compare(routeSingle, directSingle)}`);
    console.log("| route | first-load JS (gzip) |");
    console.log("|---|---:|");
    for (const { route, kb } of js) console.log(`| ${route} | ${kb.toFixed(1)} kB |`);
  } finally {
    servers.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
