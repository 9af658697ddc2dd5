import type { Handler } from "../../core/product";
import { bool, objList, str, strList, type Input } from "../../core/wire-input";
import type { GaBackend } from "./ga-model";

/** Wire ↔ model for GA 2019-11-20 (RPC, flattened query; bodies are the fields beside RequestId). */

const paging = (input: Input) => ({ PageNumber: str(input, "PageNumber"), PageSize: str(input, "PageSize") });
const region = (input: Input) => ({ RegionId: str(input, "RegionId") });

export const gaHandlers: Record<string, Handler<GaBackend>> = {
  "aliyun.ga.CreateCustomRoutingEndpointGroupDestinations": (input, ga) =>
    ga.createDestinations({
      ...region(input),
      EndpointGroupId: str(input, "EndpointGroupId"),
      configurations: objList(input, "DestinationConfigurations").map((c) => ({
        Protocols: strList(c, "Protocols"),
        FromPort: str(c, "FromPort"),
        ToPort: str(c, "ToPort"),
      })),
      DryRun: bool(input, "DryRun"),
    }),
  "aliyun.ga.DeleteCustomRoutingEndpointGroupDestinations": (input, ga) =>
    ga.deleteDestinations({
      ...region(input),
      EndpointGroupId: str(input, "EndpointGroupId"),
      DestinationIds: strList(input, "DestinationIds"),
      DryRun: bool(input, "DryRun"),
    }),
  "aliyun.ga.DescribeCustomRoutingEndpointGroup": (input, ga) =>
    ga.describeEndpointGroup({ ...region(input), EndpointGroupId: str(input, "EndpointGroupId") }),
  "aliyun.ga.DescribeCustomRoutingEndpointGroupDestinations": (input, ga) =>
    ga.describeDestination({ ...region(input), DestinationId: str(input, "DestinationId") }),
  "aliyun.ga.ListCustomRoutingEndpointGroupDestinations": (input, ga) =>
    ga.listDestinations({
      ...region(input),
      ...paging(input),
      AcceleratorId: str(input, "AcceleratorId"),
      ListenerId: str(input, "ListenerId"),
      EndpointGroupId: str(input, "EndpointGroupId"),
      FromPort: str(input, "FromPort"),
      ToPort: str(input, "ToPort"),
      Protocols: strList(input, "Protocols"),
    }),
  // The SDK model sends one `EndpointGroupId`; the catalog a list `EndpointGroupIds.N`: both are read.
  "aliyun.ga.ListCustomRoutingPortMappings": (input, ga) =>
    ga.listPortMappings({
      ...region(input),
      ...paging(input),
      AcceleratorId: str(input, "AcceleratorId"),
      ListenerId: str(input, "ListenerId"),
      EndpointGroupIds: [...strList(input, "EndpointGroupIds"), ...strList(input, "EndpointGroupId")],
    }),
  "aliyun.ga.ListAccelerators": (input, ga) =>
    ga.listAccelerators({
      ...region(input),
      ...paging(input),
      AcceleratorId: str(input, "AcceleratorId"),
      State: str(input, "State"),
    }),
  "aliyun.ga.ListListeners": (input, ga) =>
    ga.listListeners({
      ...region(input),
      ...paging(input),
      AcceleratorId: str(input, "AcceleratorId"),
      Protocol: str(input, "Protocol"),
    }),
  "aliyun.ga.ListCustomRoutingEndpointGroups": (input, ga) =>
    ga.listEndpointGroups({
      ...region(input),
      ...paging(input),
      AcceleratorId: str(input, "AcceleratorId"),
      ListenerId: str(input, "ListenerId"),
      EndpointGroupId: str(input, "EndpointGroupId"),
    }),
};
