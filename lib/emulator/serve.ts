/**
 * `npm run emulator`: the embedded cloud on 127.0.0.1:${EMULATOR_PORT:-8790}. Prints one line containing
 * "listening" and the URL once it accepts requests (the console's start script and the benchmark wait for it).
 */
import { listenPort } from "./listen-port";
import { startEmulatorServer } from "./http-server";

const port = listenPort(process.env);
if (port === undefined) {
  console.error("cloud emulator failed to start: EMULATOR_PORT must be a port number (1-65535)");
  process.exit(1);
}

startEmulatorServer({ port }).then(
  (running) => {
    // performance.now() counts from process start, so this includes loading the catalog and every product.
    console.log(
      `cloud emulator listening on ${running.url} (ready ${Math.round(performance.now())} ms after process start)`,
    );
    const stop = () => {
      running.close().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    };
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  },
  (error: unknown) => {
    console.error(`cloud emulator failed to start: ${(error as Error).message}`);
    process.exit(1);
  },
);
