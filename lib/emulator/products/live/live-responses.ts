import type { CallContext, Handler } from "../../core/product";
import type { Input } from "../../core/wire-input";
import type { LiveBackend, LiveCall } from "./live-model";

/** Wire ↔ model for Volcengine Live 2023-01-01 (POST JSON). Update/Delete answer ResponseMetadata only. */

const liveCall = (input: Input, call: CallContext): LiveCall => ({
  accountId: call.accountId,
  action: call.action,
  body: input,
  bodyError: call.bodyError,
});

export const liveHandlers: Record<string, Handler<LiveBackend>> = {
  "volcengine.live.UpdateRelaySourceV3": (input, live, call) => live.update(liveCall(input, call)),
  "volcengine.live.DescribeRelaySourceV3": (input, live, call) => live.describe(liveCall(input, call)),
  "volcengine.live.DeleteRelaySourceV3": (input, live, call) => live.delete(liveCall(input, call)),
  "volcengine.live.ListDomainDetail": (input, live, call) => live.listDomains(liveCall(input, call)),
};
