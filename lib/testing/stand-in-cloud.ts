import { createServer, type RequestListener } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A stand-in cloud for tests: an HTTP server on 127.0.0.1 that both clouds' endpoints point at (process.env, as
 * the console reads them) while it runs. `stop()` closes it and gives the environment back.
 */
export async function startStandInCloud(
  handler: RequestListener,
): Promise<{ base: string; stop(): Promise<void> }> {
  const saved = { ...process.env };
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  Object.assign(process.env, { ALIBABA_CLOUD_ENDPOINT: base, VOLCENGINE_ENDPOINT: base, CLOUD_MODE: "" });
  return {
    base,
    stop: async () => {
      process.env = saved;
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
