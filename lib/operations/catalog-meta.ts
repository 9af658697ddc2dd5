import { deregisterTransitRouterMulticastGroupSourcesMeta } from "./cbn/deregister-transit-router-multicast-group-sources.meta";
import { listTransitRouterMulticastDomainAssociationsMeta } from "./cbn/list-transit-router-multicast-domain-associations.meta";
import { listTransitRouterMulticastDomainsMeta } from "./cbn/list-transit-router-multicast-domains.meta";
import { listTransitRouterMulticastGroupsMeta } from "./cbn/list-transit-router-multicast-groups.meta";
import { registerTransitRouterMulticastGroupSourcesMeta } from "./cbn/register-transit-router-multicast-group-sources.meta";
import { describeAliyunNetworkInterfacesMeta } from "./ecs/describe-network-interfaces.meta";
import { createCustomRoutingEndpointGroupDestinationsMeta } from "./ga/create-custom-routing-endpoint-group-destinations.meta";
import { deleteCustomRoutingEndpointGroupDestinationsMeta } from "./ga/delete-custom-routing-endpoint-group-destinations.meta";
import { describeCustomRoutingEndpointGroupMeta } from "./ga/describe-custom-routing-endpoint-group.meta";
import { describeCustomRoutingEndpointGroupDestinationsMeta } from "./ga/describe-custom-routing-endpoint-group-destinations.meta";
import { listAcceleratorsMeta } from "./ga/list-accelerators.meta";
import { listCustomRoutingEndpointGroupDestinationsMeta } from "./ga/list-custom-routing-endpoint-group-destinations.meta";
import { listCustomRoutingEndpointGroupsMeta } from "./ga/list-custom-routing-endpoint-groups.meta";
import { listCustomRoutingPortMappingsMeta } from "./ga/list-custom-routing-port-mappings.meta";
import { listListenersMeta } from "./ga/list-listeners.meta";
import { deleteRelaySourceV3Meta } from "./live/delete-relay-source-v3.meta";
import { describeRelaySourceV3Meta } from "./live/describe-relay-source-v3.meta";
import { listDomainDetailMeta } from "./live/list-domain-detail.meta";
import { updateRelaySourceV3Meta } from "./live/update-relay-source-v3.meta";
import { createTrafficMirrorSessionMeta } from "./volc-vpc/create-traffic-mirror-session.meta";
import { deleteTrafficMirrorSessionMeta } from "./volc-vpc/delete-traffic-mirror-session.meta";
import { describeVolcNetworkInterfacesMeta } from "./volc-vpc/describe-network-interfaces.meta";
import { describeTrafficMirrorFiltersMeta } from "./volc-vpc/describe-traffic-mirror-filters.meta";
import { describeTrafficMirrorSessionsMeta } from "./volc-vpc/describe-traffic-mirror-sessions.meta";
import { describeTrafficMirrorTargetsMeta } from "./volc-vpc/describe-traffic-mirror-targets.meta";
import { activateRouterInterfaceMeta } from "./vpc/activate-router-interface.meta";
import { connectRouterInterfaceMeta } from "./vpc/connect-router-interface.meta";
import { deactivateRouterInterfaceMeta } from "./vpc/deactivate-router-interface.meta";
import { describeRouterInterfaceAttributeMeta } from "./vpc/describe-router-interface-attribute.meta";
import { describeRouterInterfacesMeta } from "./vpc/describe-router-interfaces.meta";
import { modifyRouterInterfaceAttributeMeta } from "./vpc/modify-router-interface-attribute.meta";
import type { OperationMeta } from "./types";

/**
 * The catalog's metadata alone — ids, wire styles, regions, idempotency — in the catalog's order, without input
 * schemas or error texts: what the emulator routes by (it plays the cloud, so it must not validate with the
 * console's schemas), zod-free. catalog.test.ts keeps it in step with lib/operations/catalog.ts.
 */
export const operationMetas: readonly OperationMeta[] = [
  registerTransitRouterMulticastGroupSourcesMeta,
  deregisterTransitRouterMulticastGroupSourcesMeta,
  listTransitRouterMulticastGroupsMeta,
  listTransitRouterMulticastDomainsMeta,
  listTransitRouterMulticastDomainAssociationsMeta,
  describeAliyunNetworkInterfacesMeta,
  connectRouterInterfaceMeta,
  describeRouterInterfacesMeta,
  describeRouterInterfaceAttributeMeta,
  modifyRouterInterfaceAttributeMeta,
  deactivateRouterInterfaceMeta,
  activateRouterInterfaceMeta,
  createCustomRoutingEndpointGroupDestinationsMeta,
  describeCustomRoutingEndpointGroupMeta,
  listCustomRoutingEndpointGroupDestinationsMeta,
  describeCustomRoutingEndpointGroupDestinationsMeta,
  deleteCustomRoutingEndpointGroupDestinationsMeta,
  listCustomRoutingPortMappingsMeta,
  listAcceleratorsMeta,
  listListenersMeta,
  listCustomRoutingEndpointGroupsMeta,
  createTrafficMirrorSessionMeta,
  describeTrafficMirrorSessionsMeta,
  deleteTrafficMirrorSessionMeta,
  describeTrafficMirrorFiltersMeta,
  describeTrafficMirrorTargetsMeta,
  describeVolcNetworkInterfacesMeta,
  updateRelaySourceV3Meta,
  describeRelaySourceV3Meta,
  deleteRelaySourceV3Meta,
  listDomainDetailMeta,
];
