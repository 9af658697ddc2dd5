import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { findOperation, operations } from "@/lib/operations/catalog";
import { snippetsFor } from "./snippets";
import { hasTerraformResource } from "./terraform";

/**
 * Golden CLI and Terraform snippets, one case per mutation of the catalog (lib/snippets/__golden__/, reviewed by
 * hand against the vendors' CLI and provider docs). Neither `aliyun`, `ve` nor `terraform` installs on the
 * console's machines, so these files are what pins them; the curl and SDK snippets are executed elsewhere
 * (e2e/tokens.spec.ts, lib/snippets/sdk-snippet.test.ts). The quoting cases carry quotes, spaces, `$`, `${…}`
 * and Chinese text, and the shell's own reading of each command is checked below.
 */
const CONSOLE = "http://127.0.0.1:3000";

/** Per mutation: a realistic validated input (and region), including the values that need quoting. */
const CASES: Record<string, { region?: string; input: Record<string, unknown> }> = {
  "aliyun.cbn.RegisterTransitRouterMulticastGroupSources": {
    input: {
      TransitRouterMulticastDomainId: "tr-mcast-domain-5mjb5gjb6dgu98",
      GroupIpAddress: "239.1.1.1",
      NetworkInterfaceIds: ["eni-bp1a", "eni-bp1b"],
      VpcId: "vpc-bp1ujzde8gxd6ncf10epf9",
      ClientToken: "0c593ea1-3bea-11e9-b96b-88e9fe637760",
      DryRun: false,
    },
  },
  "aliyun.cbn.DeregisterTransitRouterMulticastGroupSources": {
    input: {
      TransitRouterMulticastDomainId: "tr-mcast-domain-5mjb5gjb6dgu98",
      GroupIpAddress: "239.1.1.1",
      NetworkInterfaceIds: ["eni-bp1a"],
    },
  },
  "aliyun.vpc.ConnectRouterInterface": { region: "cn-hangzhou", input: { RouterInterfaceId: "ri-bp1init" } },
  "aliyun.vpc.ModifyRouterInterfaceAttribute": {
    region: "cn-shanghai",
    input: {
      RouterInterfaceId: "ri-uf6a",
      Name: "上海 ↔ 杭州",
      Description: 'it\'s the "primary" link, costs $5 ${month}',
      OppositeInterfaceId: "ri-bp1b",
      OppositeRouterType: "VRouter",
      OppositeInterfaceOwnerId: "1688987654321098",
    },
  },
  "aliyun.vpc.DeactivateRouterInterface": {
    region: "cn-hangzhou",
    input: { RouterInterfaceId: "ri-bp1init" },
  },
  "aliyun.vpc.ActivateRouterInterface": { region: "cn-hangzhou", input: { RouterInterfaceId: "ri-bp1init" } },
  "aliyun.ga.CreateCustomRoutingEndpointGroupDestinations": {
    input: {
      EndpointGroupId: "epg-bp1dmlohjjz4kqaun",
      DestinationConfigurations: [
        { Protocols: ["TCP", "UDP"], FromPort: 80, ToPort: 80 },
        { Protocols: ["UDP"], FromPort: 5000, ToPort: 5100 },
      ],
      DryRun: true,
    },
  },
  "aliyun.ga.DeleteCustomRoutingEndpointGroupDestinations": {
    input: { EndpointGroupId: "epg-bp1dmlohjjz4kqaun", DestinationIds: ["dst-1", "dst-2"] },
  },
  "volcengine.vpc.CreateTrafficMirrorSession": {
    region: "cn-beijing",
    input: {
      NetworkInterfaceId: "eni-13fbd2ekh0y3k3n6nu4ovyvtd",
      TrafficMirrorTargetId: "tmt-1",
      TrafficMirrorFilterId: "tmf-1",
      Priority: 1,
      VirtualNetworkId: 10,
      PacketLength: 1450,
      TrafficMirrorSessionName: "镜像会话-1",
      Description: "北京 生产",
      ProjectName: "default",
      Tags: [
        { Key: "owner", Value: 'O\'Brien "ops" $USER ${x} `id`' },
        { Key: "环境", Value: "生产 环境" },
      ],
    },
  },
  "volcengine.vpc.DeleteTrafficMirrorSession": {
    region: "cn-beijing",
    input: { TrafficMirrorSessionId: "tms-1" },
  },
  "volcengine.live.UpdateRelaySourceV3": {
    input: {
      Vhost: "push.example.com",
      App: "live",
      GroupDetails: [
        {
          Group: "primary",
          Servers: [
            {
              RelaySourceProtocol: "rtmp",
              RelaySourceDomain: "origin.example.com",
              RelaySourceParams: { auth_key: "must-not-appear", region: "华北 'one'" },
            },
          ],
        },
      ],
    },
  },
  "volcengine.live.DeleteRelaySourceV3": {
    input: { Vhost: "push.example.com", App: "live", Group: "primary" },
  },
};

function snippets(id: string) {
  const op = findOperation(id)!;
  const { region, input } = CASES[id]!;
  const parsed = op.input.safeParse(input);
  if (!parsed.success) throw new Error(`${id}: ${JSON.stringify(parsed.error.issues)}`);
  return snippetsFor(op, parsed.data as Record<string, unknown>, { region, consoleUrl: CONSOLE });
}

/** The argument words a POSIX shell makes of a command (comments dropped), read by the real /bin/sh. */
function shellWords(command: string, env: Record<string, string> = {}): string[] {
  const script = `set -f; printargs() { for a in "$@"; do printf '%s\\0' "$a"; done; }; ${command
    .split("\n")
    .filter((line) => !line.startsWith("#"))
    .join("\n")
    .replace(/^(curl|aliyun|ve) /, "printargs ")}`;
  const out = execFileSync("/bin/sh", ["-c", script], {
    env: { PATH: process.env.PATH, NODE_ENV: "test", ...env },
  });
  return out.toString("utf8").split("\0").slice(0, -1);
}

describe("CLI and Terraform snippets (golden)", () => {
  it("covers every mutation of the catalog", () => {
    const mutations = operations.filter((op) => op.kind === "mutation").map((op) => op.id);
    expect(Object.keys(CASES).sort()).toEqual(mutations.sort());
  });

  for (const id of Object.keys(CASES)) {
    it(id, async () => {
      const { cli, terraform } = snippets(id);
      await expect(cli).toMatchFileSnapshot(`./__golden__/${id}.cli.sh`);
      await expect(terraform.text).toMatchFileSnapshot(`./__golden__/${id}.tf`);
      expect(terraform.available).toBe(hasTerraformResource(id));
      // Never a ClientToken copied from the form (a rerun with it would be a mismatch), never a secret.
      for (const text of [cli, terraform.text]) {
        expect(text).not.toContain("ClientToken");
        expect(text).not.toContain("must-not-appear");
        expect(text).not.toContain("华北 'one'");
      }
    });
  }

  it("offers Terraform exactly for the four resources the providers have", () => {
    expect(Object.keys(CASES).filter(hasTerraformResource)).toEqual([
      "aliyun.cbn.RegisterTransitRouterMulticastGroupSources",
      "aliyun.vpc.ConnectRouterInterface",
      "aliyun.ga.CreateCustomRoutingEndpointGroupDestinations",
      "volcengine.vpc.CreateTrafficMirrorSession",
    ]);
  });
});

describe("shell quoting round-trips through /bin/sh", () => {
  it("aliyun: quotes, $, ${…} and Chinese reach the CLI as typed", () => {
    const words = shellWords(snippets("aliyun.vpc.ModifyRouterInterfaceAttribute").cli);
    expect(words).toEqual([
      "vpc",
      "ModifyRouterInterfaceAttribute",
      "--RegionId",
      "cn-shanghai",
      "--RouterInterfaceId",
      "ri-uf6a",
      "--Name",
      "上海 ↔ 杭州",
      "--Description",
      'it\'s the "primary" link, costs $5 ${month}',
      "--OppositeInterfaceId",
      "ri-bp1b",
      "--OppositeRouterType",
      "VRouter",
      "--OppositeInterfaceOwnerId",
      "1688987654321098",
    ]);
  });

  it("ve: flattened tags keep backticks and quotes; the JSON body splices each secret from its variable", () => {
    const words = shellWords(snippets("volcengine.vpc.CreateTrafficMirrorSession").cli);
    expect(words.slice(words.indexOf("--Tags.1.Value"), words.indexOf("--Tags.1.Value") + 2)).toEqual([
      "--Tags.1.Value",
      'O\'Brien "ops" $USER ${x} `id`',
    ]);
    const live = shellWords(snippets("volcengine.live.UpdateRelaySourceV3").cli, {
      CLOUDNET_SECRET_1: "s3cr3t",
      CLOUDNET_SECRET_2: "华北 'one'",
    });
    const body = JSON.parse(live[live.indexOf("--body") + 1]!);
    expect(body.GroupDetails[0].Servers[0].RelaySourceParams).toEqual({
      auth_key: "s3cr3t",
      region: "华北 'one'",
    });
  });

  it("curl and ve: a secret holding quotes, backslashes, $ or Chinese reaches the JSON body exactly", () => {
    const secrets = { CLOUDNET_SECRET_1: 'pa"ss\\word', CLOUDNET_SECRET_2: "it's $HOME `id` \\n 北京" };
    const curl = shellWords(snippets("volcengine.live.UpdateRelaySourceV3").curl, {
      CLOUDNET_TOKEN: "cnc_x",
      ...secrets,
    });
    const ve = shellWords(snippets("volcengine.live.UpdateRelaySourceV3").cli, secrets);
    const sent = JSON.parse(curl[curl.indexOf("--json") + 1]!).input;
    const body = JSON.parse(ve[ve.indexOf("--body") + 1]!);
    for (const params of [sent, body].map((b) => b.GroupDetails[0].Servers[0].RelaySourceParams))
      expect(params).toEqual({ auth_key: secrets.CLOUDNET_SECRET_1, region: secrets.CLOUDNET_SECRET_2 });
  });

  it("a value that looks like a secret's placeholder stays the operator's text, in every snippet", () => {
    const op = findOperation("volcengine.live.UpdateRelaySourceV3")!;
    const lookalike = "@@CLOUDNET_SECRET_1@@";
    const input = op.input.parse({
      Vhost: "push.example.com",
      App: "live",
      GroupDetails: [
        {
          Group: lookalike,
          Servers: [
            {
              RelaySourceProtocol: "rtmp",
              RelaySourceDomain: "origin.example.com",
              RelaySourceParams: { auth_key: "must-not-appear" },
            },
          ],
        },
      ],
    });
    const all = snippetsFor(op, input as Record<string, unknown>, { consoleUrl: CONSOLE });
    const secret = { CLOUDNET_TOKEN: "cnc_x", CLOUDNET_SECRET_1: "s3cr3t" };
    const curl = shellWords(all.curl, secret);
    const ve = shellWords(all.cli, secret);
    expect(JSON.parse(curl[curl.indexOf("--json") + 1]!).input.GroupDetails[0].Group).toBe(lookalike);
    expect(JSON.parse(ve[ve.indexOf("--body") + 1]!).GroupDetails[0].Group).toBe(lookalike);
    expect(all.sdk).toContain(`"Group": ${JSON.stringify(lookalike)}`);
  });

  it("curl: the --json body is the console's envelope, exactly", () => {
    const words = shellWords(snippets("volcengine.vpc.CreateTrafficMirrorSession").curl, {
      CLOUDNET_TOKEN: "cnc_x",
    });
    expect(words.slice(0, 3)).toEqual(["--fail-with-body", "-sS", "-H"]);
    expect(words[3]).toBe("Authorization: Bearer cnc_x");
    const body = JSON.parse(words[words.indexOf("--json") + 1]!);
    expect(body).toEqual({
      region: "cn-beijing",
      input: CASES["volcengine.vpc.CreateTrafficMirrorSession"]!.input,
    });
    expect(words.at(-1)).toBe(`${CONSOLE}/api/operations/volcengine.vpc.CreateTrafficMirrorSession`);
  });
});
