import type { TransitionMode } from "../../core/transitions";
import { modelHarness } from "../../testing/model-harness";
import { ACCOUNTS, ENI, MCAST_DOMAIN } from "../aliyun-demo/demo-ids";
import { listGroups } from "./cbn-list-model";
import type { CbnBackend, SourceRequest } from "./cbn-model";

/** The CEN backend in a model harness, a valid Register request to vary, and the entries of one group. */
export const ME = ACCOUNTS.demo;

export function setup(transitions?: TransitionMode) {
  const h = modelHarness({ transitions });
  const cbn = h.backend<CbnBackend>("cbn");
  const req = (over: Partial<SourceRequest> = {}): SourceRequest => ({
    domainId: MCAST_DOMAIN.hz,
    groupIp: "239.1.1.9",
    networkInterfaceIds: [ENI.hzFree1],
    connectPeerIds: [],
    dryRun: false,
    ...over,
  });
  const entriesOf = (groupIp: string) =>
    listGroups(cbn, ME, {
      domainId: MCAST_DOMAIN.hz,
      groupIp,
      networkInterfaceIds: [],
      vSwitchIds: [],
      peerDomainIds: [],
      maxResults: 100,
    }).items;
  return { ...h, cbn, req, entriesOf };
}
