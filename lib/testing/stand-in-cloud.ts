import { createServer, type RequestListener } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A stand-in cloud for tests: an HTTP server on 127.0.0.1 that both clouds' endpoints point at (process.env, as
 * the console reads them) while it runs. `stop()` closes it and gives the environment back.
 */
export async function startStandInCloud(
  handler: RequestListener,
): Promise<{ base: string; stop(): Promise<void> }> {
  const names = ["ALIBABA_CLOUD_ENDPOINT", "VOLCENGINE_ENDPOINT", "CLOUD_MODE"] as const;
  const saved = names.map((name) => [name, process.env[name]] as const);
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  Object.assign(process.env, { ALIBABA_CLOUD_ENDPOINT: base, VOLCENGINE_ENDPOINT: base, CLOUD_MODE: "" });
  return {
    base,
    stop: async () => {
      // Only what it set: process.env stays Node's own object (a plain copy would stop coercing values to strings).
      for (const [name, value] of saved) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
