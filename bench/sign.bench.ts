/**
 * Signatures per second: our signers vs the official SDKs' signing functions, same inputs, same process.
 * Run: `npm run bench:sign`. Results go in docs/BENCHMARKS.md ("Signing").
 *
 * Each algorithm signs the same 256 generated requests (deterministic PRNG: unicode, reserved characters, nested
 * lists already flattened, half with JSON bodies where the algorithm has bodies). Rounds alternate ours/SDK so that
 * drift hits both. Rates are per CPU-second of this process (process.cpuUsage), not per wall-second: the machines
 * are shared, and wall-clock rates swing several-fold with other load while CPU time barely moves. The ratio is
 * the median of the per-round ratios (each round pairs one ours run with the SDK run right after it).
 */
import OpenApiUtil from "@alicloud/openapi-util";
import * as $tea from "@alicloud/tea-typescript";
import VolcSigner from "@volcengine/openapi/lib/base/sign";
import os from "node:os";
import { signAcs3 } from "@/lib/cloud/signing/acs3";
import { flattenParams } from "@/lib/cloud/signing/flatten";
import { signRpcV1 } from "@/lib/cloud/signing/rpc-v1";
import { signVolc } from "@/lib/cloud/signing/volc";

const ROUNDS = 15;
const ROUND_MS = 200;
const INPUTS = 256;

// Small deterministic PRNG (mulberry32) so every run signs the same requests.
function prng(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rnd = prng(20240115);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
const CHARS = [..."abcdefghijKLMNOP0123456789-_.~ *!'()&=+/:?中文名称é"];
const word = (n: number) => Array.from({ length: 1 + Math.floor(rnd() * n) }, () => pick(CHARS)).join("");

interface Input {
  flat: Record<string, string>;
  body: string;
  date: Date;
}

const inputs: Input[] = Array.from({ length: INPUTS }, (_, i) => {
  const nested = {
    RegionId: pick(["cn-hangzhou", "cn-beijing", "ap-southeast-1"]),
    ClientToken: `123e4567-e89b-12d3-a456-${String(i).padStart(12, "0")}`,
    Name: word(16),
    Description: word(32),
    NetworkInterfaceIds: Array.from({ length: 1 + (i % 5) }, () => `eni-${word(10)}`),
    DestinationConfigurations: [{ FromPort: 80 + i, Protocols: ["TCP", "UDP"], ToPort: 81 + i }],
    Tags: [{ Key: word(8), Value: word(8) }],
  };
  return {
    flat: flattenParams(nested),
    body: i % 2 === 0 ? "" : JSON.stringify(nested),
    date: new Date(Date.UTC(2024, 0, 1 + (i % 28), i % 24, i % 60, i % 60)),
  };
});

const ALI = { accessKeyId: "LTAIbench", accessKeySecret: "bench-secret-value" };
const VOLC = { accessKeyId: "AKLTbench", secretAccessKey: "bench-secret-value" };
const NONCE = "3156853299f313e23d1673dc12e1703d";
let sink = 0; // keeps results alive so nothing is optimised away

function acs3Date(d: Date) {
  return d.toISOString().slice(0, 19) + "Z";
}

const algorithms: Array<{ name: string; ours: (x: Input) => string; sdk: (x: Input) => string }> = [
  {
    name: "Alibaba V3 ACS3-HMAC-SHA256",
    ours: (x) =>
      signAcs3(
        {
          method: "POST",
          host: "vpc.aliyuncs.com",
          query: x.body ? {} : x.flat,
          action: "CreateThing",
          version: "2016-04-28",
          body: x.body,
          contentType: "application/json",
        },
        ALI,
        { date: x.date, nonce: NONCE },
      ).authorization as string,
    sdk: (x) => {
      // What the SDK's doRequest does per call before signing: hash the payload, set the x-acs-* headers.
      const payload = OpenApiUtil.hexEncode(
        OpenApiUtil.hash(Buffer.from(x.body, "utf8"), "ACS3-HMAC-SHA256"),
      );
      const r = new $tea.Request();
      r.method = "POST";
      r.pathname = "/";
      r.query = x.body ? {} : x.flat;
      r.headers = {
        host: "vpc.aliyuncs.com",
        "x-acs-action": "CreateThing",
        "x-acs-version": "2016-04-28",
        "x-acs-date": acs3Date(x.date),
        "x-acs-signature-nonce": NONCE,
        "x-acs-content-sha256": payload,
        ...(x.body ? { "content-type": "application/json" } : {}),
      };
      return OpenApiUtil.getAuthorization(
        r,
        "ACS3-HMAC-SHA256",
        payload,
        ALI.accessKeyId,
        ALI.accessKeySecret,
      );
    },
  },
  {
    name: "Alibaba RPC V1 HMAC-SHA1",
    ours: (x) => signRpcV1(x.flat, "POST", ALI.accessKeySecret),
    sdk: (x) => OpenApiUtil.getRPCSignature(x.flat, "POST", ALI.accessKeySecret),
  },
  {
    name: "Volcengine HMAC-SHA256",
    ours: (x) =>
      signVolc(
        {
          method: x.body ? "POST" : "GET",
          host: "open.volcengineapi.com",
          query: x.body
            ? { Action: "DoIt", Version: "2020-04-01" }
            : { Action: "DoIt", Version: "2020-04-01", ...x.flat },
          body: x.body,
          contentType: "application/json",
        },
        VOLC,
        { date: x.date, region: "cn-beijing", service: "vpc" },
      ).authorization as string,
    sdk: (x) => {
      const req = {
        region: "cn-beijing",
        method: x.body ? "POST" : "GET",
        pathname: "/",
        params: x.body
          ? { Action: "DoIt", Version: "2020-04-01" }
          : { Action: "DoIt", Version: "2020-04-01", ...x.flat },
        headers: { host: "open.volcengineapi.com" } as Record<string, string>,
        body: x.body || undefined,
      };
      const signer = new VolcSigner(req as never, "vpc");
      signer.addAuthorization({ accessKeyId: VOLC.accessKeyId, secretKey: VOLC.secretAccessKey }, x.date);
      return req.headers.Authorization as string;
    },
  },
];

function opsPerCpuSecond(fn: (x: Input) => string, ms: number): number {
  let n = 0;
  const cpu0 = process.cpuUsage();
  const end = performance.now() + ms;
  while (performance.now() < end) {
    for (let i = 0; i < 16; i++) sink += fn(inputs[(n + i) % INPUTS] as Input).length;
    n += 16;
  }
  const cpu = process.cpuUsage(cpu0);
  return (n * 1e6) / (cpu.user + cpu.system);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const fmt = (n: number) => Math.round(n).toLocaleString("en-US");

console.log(
  `Signing benchmark — ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${process.platform}/${process.arch}, ${os.cpus().length} CPUs, load ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(" ")}`,
);
console.log(
  `${INPUTS} inputs, ${ROUNDS} paired rounds of ${ROUND_MS} ms per side, rates per CPU-second, medians\n`,
);
console.log("| Algorithm | ours (sig/s) | official SDK (sig/s) | ours ÷ SDK (min–max over rounds) |");
console.log("|---|---:|---:|---:|");
for (const alg of algorithms) {
  opsPerCpuSecond(alg.ours, 300); // warm-up: let the JIT settle before measuring
  opsPerCpuSecond(alg.sdk, 300);
  const ours: number[] = [];
  const sdk: number[] = [];
  const ratios: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    const o = opsPerCpuSecond(alg.ours, ROUND_MS);
    const s = opsPerCpuSecond(alg.sdk, ROUND_MS);
    ours.push(o);
    sdk.push(s);
    ratios.push(o / s);
  }
  const range = `${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)}`;
  console.log(
    `| ${alg.name} | ${fmt(median(ours))} | ${fmt(median(sdk))} | **${median(ratios).toFixed(2)}×** (${range}) |`,
  );
}
if (sink === 0) console.log("(unreachable)");
