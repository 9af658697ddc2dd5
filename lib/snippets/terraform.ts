import type { PreparedCall } from "./prepare";
import { SecretRef } from "./secrets";

/**
 * Terraform for the operations a provider models as a resource (docs/cloud-apis.md §9, names checked against the
 * providers' own docs): CEN multicast sources, the router-interface connection, GA custom-routing destinations and
 * Volcengine traffic-mirror sessions. For every other operation the snippet says that no resource performs it,
 * and which resource's lifecycle does when there is one, instead of inventing a resource.
 */
export type TerraformSnippet = { available: true; text: string } | { available: false; text: string };

type Value = string | number | boolean | string[] | SecretRef | { raw: string };

/** An HCL string: JSON escapes, plus `${` and `%{`, which HCL would read as templates. */
export function hclString(value: string): string {
  return JSON.stringify(value)
    .replace(/\$\{/g, () => "$${")
    .replace(/%\{/g, () => "%%{");
}

function hclValue(value: Value, variables: Set<string>): string {
  if (value instanceof SecretRef) {
    const name = value.env.toLowerCase();
    variables.add(name);
    return `var.${name}`;
  }
  if (typeof value === "object" && !Array.isArray(value)) return value.raw;
  if (Array.isArray(value)) return `[${value.map(hclString).join(", ")}]`;
  return typeof value === "string" ? hclString(value) : String(value);
}

/** Attribute lines aligned as `terraform fmt` aligns a run of attributes. */
function attributes(pairs: [string, Value | undefined][], variables: Set<string>, indent = "  "): string[] {
  const present = pairs.filter((pair): pair is [string, Value] => pair[1] !== undefined && pair[1] !== "");
  const width = Math.max(0, ...present.map(([name]) => name.length));
  return present.map(([name, value]) => `${indent}${name.padEnd(width)} = ${hclValue(value, variables)}`);
}

function resource(type: string, name: string, body: string[]): string[] {
  return [`resource "${type}" "${name}" {`, ...body, "}"];
}

function provider(name: "alicloud" | "volcengine", region: string | null, credentials: string): string[] {
  return [
    `# Credentials: ${credentials} in the environment.`,
    `provider "${name}" {`,
    ...(region ? [`  region = ${hclString(region)}`] : []),
    "}",
  ];
}

const ALIBABA_CREDENTIALS = "ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET";
const VOLCENGINE_CREDENTIALS = "VOLCENGINE_ACCESS_KEY and VOLCENGINE_SECRET_KEY";

const str = (value: unknown) => (typeof value === "string" || value instanceof SecretRef ? value : undefined);
const num = (value: unknown) => (typeof value === "number" ? value : undefined);

type Renderer = (call: PreparedCall, variables: Set<string>) => string[];

const RESOURCES: Record<string, Renderer> = {
  "aliyun.cbn.RegisterTransitRouterMulticastGroupSources": (call, variables) => {
    const input = call.input;
    const enis = (input.NetworkInterfaceIds as string[] | undefined) ?? [];
    // One resource per ENI: the provider registers a single source per resource (NetworkInterfaceIds.1).
    return enis.flatMap((eni, i) => [
      ...(i === 0 ? [] : [""]),
      ...resource(
        "alicloud_cen_transit_router_multicast_domain_source",
        `source_${i + 1}`,
        attributes(
          [
            ["transit_router_multicast_domain_id", str(input.TransitRouterMulticastDomainId)],
            ["group_ip_address", str(input.GroupIpAddress)],
            ["network_interface_id", eni],
            ["vpc_id", str(input.VpcId)],
          ],
          variables,
        ),
      ),
    ]);
  },
  "aliyun.vpc.ConnectRouterInterface": (call, variables) => [
    // The provider sets the opposite side before connecting; the console's connect call does not name it.
    'variable "opposite_interface_id" {',
    "  type        = string",
    '  description = "The peer router interface (ri-…) this one connects to."',
    "}",
    "",
    ...resource(
      "alicloud_router_interface_connection",
      "connection",
      attributes(
        [
          ["interface_id", str(call.input.RouterInterfaceId)],
          ["opposite_interface_id", { raw: "var.opposite_interface_id" }],
        ],
        variables,
      ),
    ),
  ],
  "aliyun.ga.CreateCustomRoutingEndpointGroupDestinations": (call, variables) => {
    const rows =
      (call.input.DestinationConfigurations as { Protocols: string[]; FromPort: number; ToPort: number }[]) ??
      [];
    // One resource per mapping: the provider creates a single DestinationConfigurations entry per resource.
    return rows.flatMap((row, i) => [
      ...(i === 0 ? [] : [""]),
      ...resource(
        "alicloud_ga_custom_routing_endpoint_group_destination",
        `destination_${i + 1}`,
        attributes(
          [
            ["endpoint_group_id", str(call.input.EndpointGroupId)],
            ["protocols", row.Protocols],
            ["from_port", row.FromPort],
            ["to_port", row.ToPort],
          ],
          variables,
        ),
      ),
    ]);
  },
  "volcengine.vpc.CreateTrafficMirrorSession": (call, variables) => {
    const input = call.input;
    const tags = (input.Tags as { Key: string; Value?: string }[] | undefined) ?? [];
    return resource("volcengine_traffic_mirror_session", "session", [
      ...attributes(
        [
          ["network_interface_id", str(input.NetworkInterfaceId)],
          ["traffic_mirror_target_id", str(input.TrafficMirrorTargetId)],
          ["traffic_mirror_filter_id", str(input.TrafficMirrorFilterId)],
          ["priority", num(input.Priority)],
          ["virtual_network_id", num(input.VirtualNetworkId)],
          ["packet_length", num(input.PacketLength)],
          ["traffic_mirror_session_name", str(input.TrafficMirrorSessionName)],
          ["description", str(input.Description)],
          ["project_name", str(input.ProjectName)],
        ],
        variables,
      ),
      ...tags.flatMap((tag) => [
        "",
        "  tags {",
        ...attributes(
          [
            ["key", tag.Key],
            ["value", tag.Value ?? ""],
          ],
          variables,
          "    ",
        ),
        "  }",
      ]),
    ]);
  },
};

/** Operations a resource's lifecycle performs, though no resource is the operation itself. */
const LIFECYCLE: Record<string, string> = {
  "aliyun.cbn.DeregisterTransitRouterMulticastGroupSources":
    "destroying an alicloud_cen_transit_router_multicast_domain_source resource",
  "aliyun.vpc.DeactivateRouterInterface": "destroying an alicloud_router_interface_connection resource",
  "aliyun.ga.DeleteCustomRoutingEndpointGroupDestinations":
    "destroying an alicloud_ga_custom_routing_endpoint_group_destination resource",
  "volcengine.vpc.DeleteTrafficMirrorSession": "destroying a volcengine_traffic_mirror_session resource",
};

export function hasTerraformResource(opId: string): boolean {
  return opId in RESOURCES;
}

export function terraformSnippet(call: PreparedCall): TerraformSnippet {
  const { op } = call;
  const render = RESOURCES[op.id];
  if (!render) {
    const lifecycle = LIFECYCLE[op.id];
    return {
      available: false,
      text: [
        `# No Terraform resource performs ${op.cloud === "aliyun" ? "Alibaba Cloud" : "Volcengine"} ${op.action}.`,
        ...(lifecycle ? [`# Terraform calls it when ${lifecycle}.`] : []),
        "# Use the curl, SDK or CLI snippet instead.",
      ].join("\n"),
    };
  }
  const variables = new Set<string>();
  const body = render(call, variables);
  const secretVars = [...variables].flatMap((name) => [
    `variable "${name}" {`,
    "  type      = string",
    "  sensitive = true",
    "}",
    "",
  ]);
  const head =
    op.cloud === "aliyun"
      ? provider("alicloud", op.region.param ? call.region : null, ALIBABA_CREDENTIALS)
      : provider("volcengine", call.region, VOLCENGINE_CREDENTIALS);
  return { available: true, text: [...head, "", ...secretVars, ...body].join("\n") };
}
