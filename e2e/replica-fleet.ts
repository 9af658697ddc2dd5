/**
 * Console replicas for the replica journeys (e2e/replicas.spec.ts) and the load bench: each is the production
 * server (scripts/console-server.mjs, the built app) as its own process, all on one PostgreSQL database, plus a
 * TCP relay in front of PostgreSQL that the test can cut and restore — the shared server itself is never stopped.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createConnection, createServer, type Server, type Socket } from "node:net";

export interface Replica {
  url: string;
  process: ChildProcess;
  /** What the process printed (for a failure message; the console never prints secrets). */
  output(): string;
  stop(): Promise<void>;
}

/** Starts one replica on `port`; resolves once GET /api/health/live answers. */
export async function startReplica(port: number, env: NodeJS.ProcessEnv): Promise<Replica> {
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ["scripts/console-server.mjs"], {
    env: { ...env, HOST: "127.0.0.1", PORT: String(port), NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let printed = "";
  for (const stream of [child.stdout!, child.stderr!])
    stream.on("data", (chunk: Buffer) => (printed = (printed + chunk.toString()).slice(-4000)));
  const replica: Replica = {
    url,
    process: child,
    output: () => printed,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
  await waitUntil(`${url}/api/health/live`, child, () => printed);
  return replica;
}

async function waitUntil(url: string, child: ChildProcess, output: () => string, timeoutMs = 90_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${url}: exited with ${child.exitCode}\n${output()}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not come up in ${timeoutMs} ms\n${output()}`);
}

/**
 * A TCP relay on `port` to `target`: `cut()` closes every relayed connection and refuses new ones (PostgreSQL
 * looks down to the replicas), `restore()` accepts again.
 */
export class TcpRelay {
  private server: Server | undefined;
  private readonly sockets = new Set<Socket>();

  constructor(
    readonly port: number,
    private readonly target: { host: string; port: number },
  ) {}

  async restore(): Promise<void> {
    if (this.server) return;
    const server = createServer((client) => {
      const upstream = createConnection(this.target);
      for (const socket of [client, upstream]) {
        this.sockets.add(socket);
        socket.on("close", () => this.sockets.delete(socket));
        socket.on("error", () => {
          client.destroy();
          upstream.destroy();
        });
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(this.port, "127.0.0.1", () => resolve());
    });
    this.server = server;
  }

  async cut(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    for (const socket of this.sockets) socket.destroy();
    this.sockets.clear();
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

/** Adds an operator with the users command line (as an administrator would); resolves with the generated password. */
export function addOperator(email: string, env: NodeJS.ProcessEnv): Promise<string> {
  const password = randomBytes(18).toString("base64url");
  const child = spawn(
    process.execPath,
    ["scripts/users.mjs", "add", email, "--role", "operator", "--password-stdin"],
    { env, stdio: ["pipe", "ignore", "inherit"] },
  );
  child.stdin!.end(password);
  return new Promise((resolve, reject) =>
    child.on("exit", (code) =>
      code === 0 ? resolve(password) : reject(new Error(`users add ${email} exited with ${code}`)),
    ),
  );
}

/** Signs in through the real endpoint of `consoleUrl`; returns the Cookie header value of the new session. */
export async function signIn(consoleUrl: string, email: string, password: string): Promise<string> {
  const response = await fetch(`${consoleUrl}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: consoleUrl },
    body: JSON.stringify({ email, password }),
  });
  if (!response.ok) throw new Error(`sign-in on ${consoleUrl} failed: HTTP ${response.status}`);
  return response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
}

/** POST /api/operations/<id> on a replica with a session cookie, as the browser sends it. */
export async function callOperation(
  consoleUrl: string,
  cookie: string,
  id: string,
  body: { region?: string; input: Record<string, unknown> },
): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(`${consoleUrl}/api/operations/${id}`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: consoleUrl, cookie },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  let parsed: Record<string, unknown>;
  try {
    parsed = JSON.parse(text) as Record<string, unknown>;
  } catch {
    parsed = { text };
  }
  return { status: response.status, body: parsed };
}

/** Most entries in any 1000 ms window (a gateway counting per rolling second). */
export function busiestSecond(timesMs: number[]): number {
  const sorted = [...timesMs].sort((a, b) => a - b);
  let most = 0;
  for (let i = 0, j = 0; j < sorted.length; j++) {
    while (sorted[j]! - sorted[i]! >= 1000) i++;
    most = Math.max(most, j - i + 1);
  }
  return most;
}
