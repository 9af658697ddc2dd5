import { deregisterTransitRouterMulticastGroupSources } from "./cbn/deregister-transit-router-multicast-group-sources";
import { listTransitRouterMulticastDomainAssociations } from "./cbn/list-transit-router-multicast-domain-associations";
import { listTransitRouterMulticastDomains } from "./cbn/list-transit-router-multicast-domains";
import { listTransitRouterMulticastGroups } from "./cbn/list-transit-router-multicast-groups";
import { registerTransitRouterMulticastGroupSources } from "./cbn/register-transit-router-multicast-group-sources";
import { describeAliyunNetworkInterfaces } from "./ecs/describe-network-interfaces";
import { createCustomRoutingEndpointGroupDestinations } from "./ga/create-custom-routing-endpoint-group-destinations";
import { deleteCustomRoutingEndpointGroupDestinations } from "./ga/delete-custom-routing-endpoint-group-destinations";
import { describeCustomRoutingEndpointGroup } from "./ga/describe-custom-routing-endpoint-group";
import { describeCustomRoutingEndpointGroupDestinations } from "./ga/describe-custom-routing-endpoint-group-destinations";
import { listAccelerators } from "./ga/list-accelerators";
import { listCustomRoutingEndpointGroupDestinations } from "./ga/list-custom-routing-endpoint-group-destinations";
import { listCustomRoutingEndpointGroups } from "./ga/list-custom-routing-endpoint-groups";
import { listCustomRoutingPortMappings } from "./ga/list-custom-routing-port-mappings";
import { listListeners } from "./ga/list-listeners";
import { deleteRelaySourceV3 } from "./live/delete-relay-source-v3";
import { describeRelaySourceV3 } from "./live/describe-relay-source-v3";
import { listDomainDetail } from "./live/list-domain-detail";
import { updateRelaySourceV3 } from "./live/update-relay-source-v3";
import type { OperationDef } from "./types";
import { createTrafficMirrorSession } from "./volc-vpc/create-traffic-mirror-session";
import { deleteTrafficMirrorSession } from "./volc-vpc/delete-traffic-mirror-session";
import { describeVolcNetworkInterfaces } from "./volc-vpc/describe-network-interfaces";
import { describeTrafficMirrorFilters } from "./volc-vpc/describe-traffic-mirror-filters";
import { describeTrafficMirrorSessions } from "./volc-vpc/describe-traffic-mirror-sessions";
import { describeTrafficMirrorTargets } from "./volc-vpc/describe-traffic-mirror-targets";
import { activateRouterInterface } from "./vpc/activate-router-interface";
import { connectRouterInterface } from "./vpc/connect-router-interface";
import { deactivateRouterInterface } from "./vpc/deactivate-router-interface";
import { describeRouterInterfaceAttribute } from "./vpc/describe-router-interface-attribute";
import { describeRouterInterfaces } from "./vpc/describe-router-interfaces";
import { modifyRouterInterfaceAttribute } from "./vpc/modify-router-interface-attribute";

/**
 * Every cloud operation the console may call — the allowlist of the proxy route and the routing table of the
 * emulator. Browser-safe: operation files import zod and lib/schemas only.
 */
export const operations: readonly OperationDef[] = [
  registerTransitRouterMulticastGroupSources,
  deregisterTransitRouterMulticastGroupSources,
  listTransitRouterMulticastGroups,
  listTransitRouterMulticastDomains,
  listTransitRouterMulticastDomainAssociations,
  describeAliyunNetworkInterfaces,
  connectRouterInterface,
  describeRouterInterfaces,
  describeRouterInterfaceAttribute,
  modifyRouterInterfaceAttribute,
  deactivateRouterInterface,
  activateRouterInterface,
  createCustomRoutingEndpointGroupDestinations,
  describeCustomRoutingEndpointGroup,
  listCustomRoutingEndpointGroupDestinations,
  describeCustomRoutingEndpointGroupDestinations,
  deleteCustomRoutingEndpointGroupDestinations,
  listCustomRoutingPortMappings,
  listAccelerators,
  listListeners,
  listCustomRoutingEndpointGroups,
  createTrafficMirrorSession,
  describeTrafficMirrorSessions,
  deleteTrafficMirrorSession,
  describeTrafficMirrorFilters,
  describeTrafficMirrorTargets,
  describeVolcNetworkInterfaces,
  updateRelaySourceV3,
  describeRelaySourceV3,
  deleteRelaySourceV3,
  listDomainDetail,
];

const byId = new Map(operations.map((op) => [op.id, op]));

export function findOperation(id: string): OperationDef | undefined {
  return byId.get(id);
}
