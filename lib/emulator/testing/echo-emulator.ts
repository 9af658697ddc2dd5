import type { RawRequest } from "../auth/incoming";
import { echoProduct } from "./echo-product";
import { testEmulator } from "./test-emulator";

/**
 * An emulator whose only product echoes its input (testing/echo-product.ts), for the signature and gateway tests:
 * `send` answers with the status, the body and the vendor code of either cloud's envelope; `calls` counts the
 * requests that got past authentication.
 */
export function echoEmulator() {
  const t = testEmulator({ products: [echoProduct] });
  const send = async (raw: RawRequest) => {
    const reply = await t.emulator.handleRaw(raw);
    const body = JSON.parse(reply.body) as Record<string, unknown> & {
      ResponseMetadata?: { Error?: { Code: string; CodeN?: number } };
    };
    return {
      status: reply.status,
      body,
      code: (body.Code as string | undefined) ?? body.ResponseMetadata?.Error?.Code,
    };
  };
  const calls = () => t.emulator.world.backend<{ state: { calls: number } }>("echo").state.calls;
  return { ...t, send, calls, now: () => new Date(t.clock.now()) };
}

/** Parameters of a ConnectRouterInterface call the echo product answers. */
export const ECHO_PARAMS = { RegionId: "cn-hangzhou", RouterInterfaceId: "ri-bp1k3j9d7s2a5f8g1h4l6z" };
