/**
 * CPU per cloud call of the HTTP client alone: lib/cloud/http-transport.ts (undici's dispatch) beside the standard
 * alternatives — undici's `request`, Node's `fetch`, node:http's `request` with a keep-alive agent. Sequential calls
 * on one keep-alive connection to a node:http server in a child process (so only the client's CPU is counted), the
 * same signed-looking headers and a small JSON reply, as a list call has. Whole-route figures come from
 * `npm run bench:proxy`; this isolates the part the transport choice changes.
 * Run: `npm run bench:transport`. Results go in docs/BENCHMARKS.md ("Proxy route").
 */
import { spawn } from "node:child_process";
import http from "node:http";
import os from "node:os";
import { Agent, request } from "undici";
import { httpTransport } from "@/lib/cloud/http-transport";

const CALLS = Number(process.env.BENCH_CALLS ?? 20_000);
const WARM_UP = 3_000;
const ROUNDS = 3;

const SERVER = `
const body = JSON.stringify({ RequestId: "r", TotalCount: 1, TransitRouterMulticastDomains: [{ CenId: "cen-1" }] });
require("node:http").createServer((req, res) => {
  req.resume();
  req.on("end", () => {
    res.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(body) });
    res.end(body);
  });
}).listen(0, "127.0.0.1", function () { console.log(this.address().port); });`;

const HEADERS: Record<string, string> = {
  accept: "application/json",
  authorization: `ACS3-HMAC-SHA256 Credential=LTAIemulator,SignedHeaders=host;x-acs-action,Signature=${"a".repeat(64)}`,
  "x-acs-action": "ListTransitRouterMulticastDomains",
  "x-acs-version": "2017-09-12",
  "x-acs-date": "2026-12-07T00:00:00Z",
  "x-acs-signature-nonce": "b".repeat(32),
  "x-acs-content-sha256": "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
};

type Call = () => Promise<string>;

function clients(origin: string): Record<string, Call> {
  const url = `${origin}/?MaxResults=20&RegionId=cn-hangzhou`;
  const agent = new Agent({ keepAliveTimeout: 4_000 });
  const nodeAgent = new http.Agent({ keepAlive: true });
  return {
    "lib/cloud/http-transport (undici dispatch)": async () =>
      (await httpTransport(url, { method: "POST", headers: HEADERS, timeoutMs: 10_000 })).text(),
    "undici request": async () =>
      (await request(url, { method: "POST", headers: HEADERS, dispatcher: agent })).body.text(),
    "fetch (Node's bundled undici)": async () =>
      (await fetch(url, { method: "POST", headers: HEADERS, redirect: "manual" })).text(),
    "node:http request, keep-alive agent": () =>
      new Promise((resolve, reject) => {
        const req = http.request(url, { method: "POST", headers: HEADERS, agent: nodeAgent }, (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (c: Buffer) => chunks.push(c));
          res.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
          res.on("error", reject);
        });
        req.on("error", reject);
        req.end();
      }),
  };
}

async function measure(call: Call): Promise<{ cpuUs: number; wallUs: number }> {
  for (let i = 0; i < WARM_UP; i++) await call();
  const cpu = process.cpuUsage();
  const started = performance.now();
  for (let i = 0; i < CALLS; i++) await call();
  const used = process.cpuUsage(cpu);
  return { cpuUs: (used.user + used.system) / CALLS, wallUs: ((performance.now() - started) * 1000) / CALLS };
}

async function main() {
  const server = spawn(process.execPath, ["-e", SERVER], { stdio: ["ignore", "pipe", "inherit"] });
  try {
    const port = await new Promise<string>((resolve) =>
      server.stdout.once("data", (d) => resolve(String(d).trim())),
    );
    const all = clients(`http://127.0.0.1:${port}`);
    const results = new Map<string, { cpuUs: number; wallUs: number }[]>();
    // Rounds alternate the clients, so a busy moment on the shared machine does not land on one of them only.
    for (let round = 0; round < ROUNDS; round++)
      for (const [name, call] of Object.entries(all))
        results.set(name, [...(results.get(name) ?? []), await measure(call)]);
    const range = (values: number[]) => `${Math.min(...values).toFixed(0)}–${Math.max(...values).toFixed(0)}`;
    console.log(
      `transport bench — ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${os.cpus().length} CPUs, load average ${os.loadavg()[0]!.toFixed(1)}, ${CALLS} sequential calls × ${ROUNDS} rounds`,
    );
    console.log("| client | client CPU µs/call (min–max) | wall µs/call (min–max) |");
    console.log("|---|---:|---:|");
    for (const [name, runs] of results)
      console.log(`| ${name} | ${range(runs.map((r) => r.cpuUs))} | ${range(runs.map((r) => r.wallUs))} |`);
  } finally {
    server.kill();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
