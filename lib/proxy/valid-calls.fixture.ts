/**
 * One valid proxy body per catalog operation (tests only), with every optional string field filled, so a test can
 * spoil exactly one value and know the result must be refused. proxy-fuzz.test.ts checks that each still passes
 * its schema and that every catalog operation has one.
 */
const DOMAIN = "tr-mcast-domain-1";
const TOKEN = "token-1";

export const VALID_CALLS: Record<string, { region?: string; input: Record<string, unknown> }> = {
  "aliyun.cbn.RegisterTransitRouterMulticastGroupSources": {
    input: {
      TransitRouterMulticastDomainId: DOMAIN,
      GroupIpAddress: "239.1.1.1",
      NetworkInterfaceIds: ["eni-1", "eni-2"],
      VpcId: "vpc-1",
      ClientToken: TOKEN,
      DryRun: false,
    },
  },
  "aliyun.cbn.DeregisterTransitRouterMulticastGroupSources": {
    input: {
      TransitRouterMulticastDomainId: DOMAIN,
      GroupIpAddress: "239.1.1.1",
      NetworkInterfaceIds: ["eni-1"],
      ClientToken: TOKEN,
    },
  },
  "aliyun.cbn.ListTransitRouterMulticastGroups": {
    input: {
      TransitRouterMulticastDomainId: DOMAIN,
      GroupIpAddress: "239.1.1.1",
      NetworkInterfaceIds: ["eni-1"],
      MaxResults: 20,
      NextToken: "next-1",
    },
  },
  "aliyun.cbn.ListTransitRouterMulticastDomains": {
    input: {
      CenId: "cen-1",
      TransitRouterId: "tr-1",
      TransitRouterMulticastDomainId: DOMAIN,
      NextToken: "n",
    },
  },
  "aliyun.cbn.ListTransitRouterMulticastDomainAssociations": {
    input: {
      TransitRouterMulticastDomainId: DOMAIN,
      ResourceId: "vpc-1",
      VSwitchIds: ["vsw-1"],
      NextToken: "n",
    },
  },
  "aliyun.ecs.DescribeNetworkInterfaces": {
    region: "cn-hangzhou",
    input: {
      NetworkInterfaceId: ["eni-1"],
      VpcId: "vpc-1",
      VSwitchId: "vsw-1",
      Status: "InUse",
      NextToken: "n",
    },
  },
  "aliyun.vpc.ConnectRouterInterface": { region: "cn-hangzhou", input: { RouterInterfaceId: "ri-1" } },
  "aliyun.vpc.DescribeRouterInterfaces": {
    region: "cn-hangzhou",
    input: { Filter: [{ Key: "Name", Value: ["link to shanghai"] }], PageNumber: 1, PageSize: 10 },
  },
  "aliyun.vpc.DescribeRouterInterfaceAttribute": { region: "cn-hangzhou", input: { InstanceId: "ri-1" } },
  "aliyun.vpc.ModifyRouterInterfaceAttribute": {
    region: "cn-hangzhou",
    input: {
      RouterInterfaceId: "ri-1",
      Name: "hz to sh",
      Description: "the leased line, 链路",
      OppositeInterfaceId: "ri-2",
      OppositeRouterId: "vrt-2",
      OppositeRouterType: "VRouter",
      OppositeInterfaceOwnerId: "1234567890",
    },
  },
  "aliyun.vpc.DeactivateRouterInterface": { region: "cn-hangzhou", input: { RouterInterfaceId: "ri-1" } },
  "aliyun.vpc.ActivateRouterInterface": { region: "cn-hangzhou", input: { RouterInterfaceId: "ri-1" } },
  "aliyun.ga.CreateCustomRoutingEndpointGroupDestinations": {
    input: {
      EndpointGroupId: "epg-1",
      DestinationConfigurations: [{ Protocols: ["TCP", "UDP"], FromPort: 80, ToPort: 81 }],
      ClientToken: TOKEN,
      DryRun: false,
    },
  },
  "aliyun.ga.DescribeCustomRoutingEndpointGroup": { input: { EndpointGroupId: "epg-1" } },
  "aliyun.ga.ListCustomRoutingEndpointGroupDestinations": {
    input: {
      AcceleratorId: "ga-1",
      ListenerId: "lsr-1",
      EndpointGroupId: "epg-1",
      FromPort: 80,
      ToPort: 81,
      Protocols: ["TCP"],
    },
  },
  "aliyun.ga.DescribeCustomRoutingEndpointGroupDestinations": { input: { DestinationId: "dst-1" } },
  "aliyun.ga.DeleteCustomRoutingEndpointGroupDestinations": {
    input: { EndpointGroupId: "epg-1", DestinationIds: ["dst-1"], ClientToken: TOKEN },
  },
  "aliyun.ga.ListCustomRoutingPortMappings": {
    input: { AcceleratorId: "ga-1", ListenerId: "lsr-1", EndpointGroupId: "epg-1" },
  },
  "aliyun.ga.ListAccelerators": { input: { AcceleratorId: "ga-1", State: "active" } },
  "aliyun.ga.ListListeners": { input: { AcceleratorId: "ga-1" } },
  "aliyun.ga.ListCustomRoutingEndpointGroups": {
    input: { AcceleratorId: "ga-1", ListenerId: "lsr-1", EndpointGroupId: "epg-1" },
  },
  "volcengine.vpc.CreateTrafficMirrorSession": {
    region: "cn-beijing",
    input: {
      NetworkInterfaceId: "eni-1",
      TrafficMirrorTargetId: "tmt-1",
      TrafficMirrorFilterId: "tmf-1",
      Priority: 1,
      VirtualNetworkId: 10,
      PacketLength: 1500,
      TrafficMirrorSessionName: "session-1",
      Description: "mirror web, 镜像",
      ProjectName: "default",
      Tags: [{ Key: "team", Value: "net ops" }],
      ClientToken: TOKEN,
    },
  },
  "volcengine.vpc.DeleteTrafficMirrorSession": {
    region: "cn-beijing",
    input: { TrafficMirrorSessionId: "tms-1" },
  },
  "volcengine.vpc.DescribeNetworkInterfaces": {
    region: "cn-beijing",
    input: { NetworkInterfaceIds: ["eni-1"], VpcId: "vpc-1", SubnetId: "subnet-1", ProjectName: "default" },
  },
  "volcengine.vpc.DescribeTrafficMirrorFilters": {
    region: "cn-beijing",
    input: { TrafficMirrorFilterIds: ["tmf-1"], ProjectName: "default", NextToken: "n" },
  },
  "volcengine.vpc.DescribeTrafficMirrorSessions": {
    region: "cn-beijing",
    input: {
      TrafficMirrorSessionIds: ["tms-1"],
      NetworkInterfaceId: "eni-1",
      TrafficMirrorTargetId: "tmt-1",
      TrafficMirrorFilterId: "tmf-1",
      Priority: 1,
      ProjectName: "default",
      NextToken: "n",
    },
  },
  "volcengine.vpc.DescribeTrafficMirrorTargets": {
    region: "cn-beijing",
    input: { TrafficMirrorTargetIds: ["tmt-1"], ProjectName: "default", MaxResults: 10 },
  },
  "volcengine.live.UpdateRelaySourceV3": {
    input: {
      Vhost: "live.example.com",
      App: "live",
      GroupDetails: [
        {
          Group: "relay1",
          Servers: [
            {
              RelaySourceProtocol: "rtmp",
              RelaySourceDomain: "origin.example.com:1935",
              RelaySourceParams: { domain: "push.example.com" },
            },
          ],
        },
      ],
    },
  },
  "volcengine.live.DescribeRelaySourceV3": {
    input: { Vhost: "live.example.com", App: "live", Group: "relay1" },
  },
  "volcengine.live.DeleteRelaySourceV3": {
    input: { Vhost: "live.example.com", App: "live", Group: "relay1" },
  },
  "volcengine.live.ListDomainDetail": {
    input: { PageNum: 1, PageSize: 10, VhostList: ["live.example.com"], DomainTypeList: ["push"] },
  },
};
