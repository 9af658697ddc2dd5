import { describe, expect, it } from "vitest";
import { registerTransitRouterMulticastGroupSources } from "@/lib/operations/cbn/register-transit-router-multicast-group-sources";
import { describeAliyunNetworkInterfaces } from "@/lib/operations/ecs/describe-network-interfaces";
import { createCustomRoutingEndpointGroupDestinations } from "@/lib/operations/ga/create-custom-routing-endpoint-group-destinations";
import { updateRelaySourceV3 } from "@/lib/operations/live/update-relay-source-v3";
import { createTrafficMirrorSession } from "@/lib/operations/volc-vpc/create-traffic-mirror-session";
import { connectRouterInterface } from "@/lib/operations/vpc/connect-router-interface";
import { regionIsRequired, resolveEndpoint } from "./endpoints";

const CLOUD = { CLOUD_MODE: "cloud" };

describe("resolveEndpoint — cloud mode, real hosts", () => {
  it("CEN: cbn.aliyuncs.com whatever the region", () => {
    for (const region of [undefined, "cn-hangzhou", "eu-central-1"]) {
      expect(resolveEndpoint(registerTransitRouterMulticastGroupSources, region, CLOUD)).toMatchObject({
        baseUrl: "https://cbn.aliyuncs.com",
        host: "cbn.aliyuncs.com",
      });
    }
  });

  it("VPC: central host for core regions, regional host otherwise", () => {
    expect(resolveEndpoint(connectRouterInterface, "cn-beijing", CLOUD).host).toBe("vpc.aliyuncs.com");
    expect(resolveEndpoint(connectRouterInterface, "ap-southeast-1", CLOUD).host).toBe("vpc.aliyuncs.com");
    expect(resolveEndpoint(connectRouterInterface, "cn-shanghai-finance-1", CLOUD).host).toBe(
      "vpc.aliyuncs.com",
    );
    expect(resolveEndpoint(connectRouterInterface, "eu-central-1", CLOUD).host).toBe(
      "vpc.eu-central-1.aliyuncs.com",
    );
    expect(resolveEndpoint(connectRouterInterface, "cn-zhangjiakou", CLOUD).host).toBe(
      "vpc.cn-zhangjiakou.aliyuncs.com",
    );
  });

  it("ECS: always regional", () => {
    expect(resolveEndpoint(describeAliyunNetworkInterfaces, "cn-hangzhou", CLOUD).host).toBe(
      "ecs.cn-hangzhou.aliyuncs.com",
    );
  });

  it("GA: cn-hangzhou host and region whatever the caller picked", () => {
    expect(
      resolveEndpoint(createCustomRoutingEndpointGroupDestinations, "ap-southeast-1", CLOUD),
    ).toMatchObject({
      host: "ga.cn-hangzhou.aliyuncs.com",
      region: "cn-hangzhou",
    });
  });

  it("Volcengine VPC: universal gateway, resource region in the scope", () => {
    expect(resolveEndpoint(createTrafficMirrorSession, "cn-shanghai", CLOUD)).toEqual({
      baseUrl: "https://open.volcengineapi.com",
      host: "open.volcengineapi.com",
      region: "cn-shanghai",
      signingRegion: "cn-shanghai",
      service: "vpc",
    });
  });

  it("Volcengine Live: live.volcengineapi.com signed for cn-north-1", () => {
    expect(resolveEndpoint(updateRelaySourceV3, "cn-shanghai", CLOUD)).toEqual({
      baseUrl: "https://live.volcengineapi.com",
      host: "live.volcengineapi.com",
      region: "cn-north-1",
      signingRegion: "cn-north-1",
      service: "live",
    });
  });

  it("rejects a missing or host-injecting region", () => {
    expect(() => resolveEndpoint(connectRouterInterface, undefined, CLOUD)).toThrow(/region/);
    expect(() => resolveEndpoint(connectRouterInterface, "evil.com/x", CLOUD)).toThrow(/region/);
    expect(() => resolveEndpoint(describeAliyunNetworkInterfaces, "a.b", CLOUD)).toThrow(/region/);
    expect(() => resolveEndpoint(createTrafficMirrorSession, "", CLOUD)).toThrow(/region/);
  });
});

describe("resolveEndpoint — overrides and emulator mode", () => {
  it("emulator mode sends both clouds to 127.0.0.1:8790 by default, EMULATOR_PORT moves it", () => {
    expect(resolveEndpoint(registerTransitRouterMulticastGroupSources, undefined, {})).toMatchObject({
      baseUrl: "http://127.0.0.1:8790",
      host: "127.0.0.1:8790",
    });
    expect(
      resolveEndpoint(createTrafficMirrorSession, "cn-beijing", { EMULATOR_PORT: "9001" }),
    ).toMatchObject({
      baseUrl: "http://127.0.0.1:9001",
      signingRegion: "cn-beijing",
      service: "vpc",
    });
    expect(() =>
      resolveEndpoint(registerTransitRouterMulticastGroupSources, undefined, { EMULATOR_PORT: "http" }),
    ).toThrow(/EMULATOR_PORT/);
  });

  it("ALIBABA_CLOUD_ENDPOINT / VOLCENGINE_ENDPOINT override every host of their cloud, in any mode", () => {
    const env = {
      ...CLOUD,
      ALIBABA_CLOUD_ENDPOINT: "http://127.0.0.1:7000/ignored",
      VOLCENGINE_ENDPOINT: "https://proxy.example:8443",
    };
    expect(resolveEndpoint(createCustomRoutingEndpointGroupDestinations, undefined, env)).toMatchObject({
      baseUrl: "http://127.0.0.1:7000",
      host: "127.0.0.1:7000",
      region: "cn-hangzhou",
    });
    expect(resolveEndpoint(connectRouterInterface, "eu-central-1", env).baseUrl).toBe(
      "http://127.0.0.1:7000",
    );
    expect(resolveEndpoint(updateRelaySourceV3, undefined, env)).toMatchObject({
      baseUrl: "https://proxy.example:8443",
      host: "proxy.example:8443",
      signingRegion: "cn-north-1",
    });
    // Default ports are not part of Host.
    expect(
      resolveEndpoint(registerTransitRouterMulticastGroupSources, undefined, {
        ALIBABA_CLOUD_ENDPOINT: "https://x.example:443",
      }).host,
    ).toBe("x.example");
  });

  it("rejects an override that is not an http(s) base URL", () => {
    expect(() =>
      resolveEndpoint(registerTransitRouterMulticastGroupSources, undefined, {
        ALIBABA_CLOUD_ENDPOINT: "127.0.0.1:8790",
      }),
    ).toThrow(/ALIBABA_CLOUD_ENDPOINT/);
    expect(() =>
      resolveEndpoint(registerTransitRouterMulticastGroupSources, undefined, {
        ALIBABA_CLOUD_ENDPOINT: "ftp://x",
      }),
    ).toThrow(/http/);
  });
});

describe("regionIsRequired (the proxy's rule too)", () => {
  it("Volcengine always; Alibaba for a RegionId parameter or a regional host; CEN without RegionId never", () => {
    expect(regionIsRequired(createTrafficMirrorSession)).toBe(true);
    expect(regionIsRequired(connectRouterInterface)).toBe(true);
    expect(regionIsRequired({ ...describeAliyunNetworkInterfaces, region: {} })).toBe(true);
    expect(regionIsRequired(registerTransitRouterMulticastGroupSources)).toBe(false);
  });
});
