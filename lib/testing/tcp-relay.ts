import { connect, createServer, type AddressInfo, type Server, type Socket } from "node:net";

/**
 * A TCP relay on 127.0.0.1 that a test can cut and restore: the database "goes away" and "comes back" on the
 * same address without touching the real server. `down()` stops listening and drops every open connection (new
 * ones are refused); `up()` listens on the same port again. With `silent` it accepts connections and never
 * answers, as a firewall that drops packets would look to a client.
 */
export async function startTcpRelay(
  target: { host: string; port: number },
  options: { silent?: boolean } = {},
) {
  const sockets = new Set<Socket>();
  let server: Server | undefined;
  let port = 0;

  const track = (socket: Socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    socket.on("error", () => socket.destroy());
  };

  async function up() {
    if (server) return;
    const listening = createServer((client) => {
      track(client);
      if (options.silent) return;
      const upstream = connect(target);
      track(upstream);
      client.pipe(upstream).pipe(client);
      client.on("close", () => upstream.destroy());
      upstream.on("close", () => client.destroy());
    });
    await new Promise<void>((resolve, reject) => {
      listening.once("error", reject);
      listening.listen(port, "127.0.0.1", () => resolve());
    });
    server = listening;
    port = (listening.address() as AddressInfo).port;
  }

  async function down() {
    const closing = server;
    server = undefined;
    for (const socket of sockets) socket.destroy();
    if (closing) await new Promise<void>((resolve) => closing.close(() => resolve()));
  }

  await up();
  return {
    get port() {
      return port;
    },
    /** Live connections through the relay right now. */
    get connections() {
      return sockets.size;
    },
    up,
    down,
  };
}

export type TcpRelay = Awaited<ReturnType<typeof startTcpRelay>>;
