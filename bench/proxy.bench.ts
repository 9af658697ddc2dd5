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
import { startBenchServers } from "./bench-servers";
import { firstLoadJs } from "./first-load-js";

const CONNECTIONS = 32;
const DURATION_S = Number(process.env.BENCH_SECONDS ?? 8);
const REGION = "cn-hangzhou";

interface Run {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
}

async function load(options: autocannon.Options): Promise<Run> {
  const result = await autocannon({ connections: CONNECTIONS, duration: DURATION_S, ...options });
  return {
    rps: result.requests.average,
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
    // Warm both paths (JIT, Next's route compilation cache) before measuring.
    await load({ ...viaRoute, duration: 2 });
    await load({ ...direct, duration: 2 });
    const routeRun = await load(viaRoute);
    const directRun = await load(direct);
    // Next's own floor on this machine: a route handler that makes no cloud call at all.
    const floorRun = await load({ url: `${servers.consoleUrl}/api/health` });
    const js = await firstLoadJs(servers.consoleUrl, servers.distDir);

    const line = (name: string, r: Run) =>
      `| ${name} | ${Math.round(r.rps)} | ${r.p50.toFixed(1)} | ${r.p99.toFixed(1)} | ${r.errors + r.non2xx} |`;
    console.log(
      `proxy bench — ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${os.cpus().length} CPUs, ${CONNECTIONS} connections, ${DURATION_S} s each`,
    );
    console.log("| path | req/s | p50 ms | p99 ms | errors |");
    console.log("|---|---:|---:|---:|---:|");
    console.log(line("console route → emulator", routeRun));
    console.log(line("signed straight to emulator", directRun));
    console.log(line("console /api/health (no cloud call)", floorRun));
    console.log(
      `overhead: p50 +${(routeRun.p50 - directRun.p50).toFixed(1)} ms, p99 +${(routeRun.p99 - directRun.p99).toFixed(1)} ms; throughput ${(routeRun.rps / directRun.rps).toFixed(2)}× direct`,
    );
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
