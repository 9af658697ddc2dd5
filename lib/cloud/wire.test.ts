import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { registerTransitRouterMulticastGroupSources } from "@/lib/operations/cbn/register-transit-router-multicast-group-sources";
import { createCustomRoutingEndpointGroupDestinations } from "@/lib/operations/ga/create-custom-routing-endpoint-group-destinations";
import { updateRelaySourceV3 } from "@/lib/operations/live/update-relay-source-v3";
import { createTrafficMirrorSession } from "@/lib/operations/volc-vpc/create-traffic-mirror-session";
import { startCaptureServer } from "./capture-server.fixture";
import { resolveEndpoint } from "./endpoints";
import * as acs3 from "./signing/acs3";
import { signaturesEqual } from "./signing/digest";
import { recomputeAcs3, recomputeVolc, splitTarget } from "./signing/received-request";
import * as volc from "./signing/volc";
import { buildWireRequest } from "./wire";

const ALI = { accessKeyId: "LTAItest", accessKeySecret: "ali-secret-for-tests" };
const VOLC = { accessKeyId: "AKLTtest", secretAccessKey: "volc-secret-for-tests", sessionToken: "sts-token" };
const DATE = new Date("2024-01-15T08:00:00Z");
// Space, `*`, `~`, Chinese, and characters a URL parser or form encoder likes to rewrite.
const TRICKY = "k 1*~中文'()!+&=/?#%";

let server: Awaited<ReturnType<typeof startCaptureServer>>;
beforeAll(async () => {
  server = await startCaptureServer();
});
afterAll(() => server.close());

async function sendWithFetch(wire: ReturnType<typeof buildWireRequest>) {
  const res = await fetch(wire.url, { method: wire.method, headers: wire.headers, body: wire.body });
  await res.text();
  return server.requests[server.requests.length - 1]!;
}

describe("buildWireRequest → global fetch → node:http: what arrives is what was signed", () => {
  it("Alibaba RPC (V3): POST / with every parameter flattened in the query, empty body", async () => {
    const env = { ALIBABA_CLOUD_ENDPOINT: server.baseUrl };
    const endpoint = resolveEndpoint(createCustomRoutingEndpointGroupDestinations, undefined, env);
    const params = {
      RegionId: "cn-hangzhou",
      EndpointGroupId: "epg-bp14sz7ftcwwjgrdm****",
      Description: TRICKY,
      DestinationConfigurations: [{ FromPort: 80, Protocols: ["TCP", "UDP"], ToPort: 81 }],
    };
    const wire = buildWireRequest(createCustomRoutingEndpointGroupDestinations, params, {
      endpoint,
      credentials: ALI,
      date: DATE,
      nonce: "n-1",
    });
    expect(wire.method).toBe("POST");
    expect(wire.body).toBeUndefined();
    expect(wire.headers["x-acs-action"]).toBe("CreateCustomRoutingEndpointGroupDestinations");
    expect(wire.headers["x-acs-version"]).toBe("2019-11-20");

    const got = await sendWithFetch(wire);
    // Byte-exact request-target: no re-encoding by the client (no `+` for space, `*` and `~` untouched).
    expect(server.baseUrl + got.url).toBe(wire.url);
    expect(got.url).toContain("Description=k%201%2A~%E4%B8%AD%E6%96%87%27%28%29%21%2B%26%3D%2F%3F%23%25");
    expect(got.url).toContain("DestinationConfigurations.1.Protocols.2=UDP");
    expect(splitTarget(got.url).query).toContainEqual(["Description", TRICKY]);
    expect(got.body.length).toBe(0);
    expect(got.headers).toContainEqual(["host", endpoint.host]);

    const auth = acs3.parseAuthorization(got.headers.find(([n]) => n === "authorization")?.[1])!;
    const again = recomputeAcs3({ ...got, body: got.body }, ALI.accessKeySecret, auth.signedHeaders)!;
    expect(signaturesEqual(again.signature, auth.signature)).toBe(true);
    expect(auth.signedHeaders).toEqual([
      "host",
      "x-acs-action",
      "x-acs-content-sha256",
      "x-acs-date",
      "x-acs-signature-nonce",
      "x-acs-version",
    ]);
  });

  it("Alibaba CEN: no RegionId, still exact", async () => {
    const endpoint = resolveEndpoint(registerTransitRouterMulticastGroupSources, undefined, {
      ALIBABA_CLOUD_ENDPOINT: server.baseUrl,
    });
    const wire = buildWireRequest(
      registerTransitRouterMulticastGroupSources,
      {
        GroupIpAddress: "239.1.1.2",
        NetworkInterfaceIds: ["eni-a", "eni-b"],
        TransitRouterMulticastDomainId: TRICKY,
      },
      { endpoint, credentials: ALI, date: DATE, nonce: "n-2" },
    );
    const got = await sendWithFetch(wire);
    expect(server.baseUrl + got.url).toBe(wire.url);
    const auth = acs3.parseAuthorization(got.headers.find(([n]) => n === "authorization")?.[1])!;
    expect(recomputeAcs3(got, ALI.accessKeySecret, auth.signedHeaders)!.signature).toBe(auth.signature);
  });

  it("Volcengine VPC: GET /?Action&Version&params, signed host;x-content-sha256;x-date;x-security-token", async () => {
    const endpoint = resolveEndpoint(createTrafficMirrorSession, "cn-beijing", {
      VOLCENGINE_ENDPOINT: server.baseUrl,
    });
    const wire = buildWireRequest(
      createTrafficMirrorSession,
      {
        NetworkInterfaceId: "eni-1",
        Priority: 1,
        TrafficMirrorSessionName: TRICKY,
        Tags: [{ Key: "k 1", Value: "v*1~" }],
      },
      { endpoint, credentials: VOLC, date: DATE, nonce: "unused" },
    );
    expect(wire.method).toBe("GET");
    expect(wire.url).toContain("?Action=CreateTrafficMirrorSession&NetworkInterfaceId=eni-1");
    expect(wire.url).toContain("Tags.1.Key=k%201&Tags.1.Value=v%2A1~");

    const got = await sendWithFetch(wire);
    expect(server.baseUrl + got.url).toBe(wire.url);
    const auth = volc.parseAuthorization(got.headers.find(([n]) => n === "authorization")?.[1])!;
    expect(auth.signedHeaders).toEqual(["host", "x-content-sha256", "x-date", "x-security-token"]);
    expect(auth).toMatchObject({ region: "cn-beijing", service: "vpc", shortDate: "20240115" });
    expect(recomputeVolc(got, VOLC.secretAccessKey, auth)!.signature).toBe(auth.signature);
  });

  it("Volcengine Live: POST /?Action&Version with the exact JSON bytes that were hashed", async () => {
    const endpoint = resolveEndpoint(updateRelaySourceV3, "cn-shanghai", {
      VOLCENGINE_ENDPOINT: server.baseUrl,
    });
    const params = {
      Vhost: "push.example.com",
      App: "live",
      GroupDetails: [
        {
          Group: "中继 1",
          Servers: [
            {
              RelaySourceProtocol: "rtmp",
              RelaySourceDomain: "example.org",
              RelaySourceParams: { k: TRICKY },
            },
          ],
        },
      ],
    };
    const wire = buildWireRequest(updateRelaySourceV3, params, {
      endpoint,
      credentials: VOLC,
      date: DATE,
      nonce: "unused",
    });
    expect(wire.url).toBe(`${server.baseUrl}/?Action=UpdateRelaySourceV3&Version=2023-01-01`);

    const got = await sendWithFetch(wire);
    expect(server.baseUrl + got.url).toBe(wire.url);
    expect(got.body.equals(Buffer.from(JSON.stringify(params), "utf8"))).toBe(true);
    expect(JSON.parse(got.body.toString("utf8"))).toEqual(params);
    expect(got.headers).toContainEqual(["content-type", "application/json"]);
    const auth = volc.parseAuthorization(got.headers.find(([n]) => n === "authorization")?.[1])!;
    expect(auth.signedHeaders).toEqual([
      "content-type",
      "host",
      "x-content-sha256",
      "x-date",
      "x-security-token",
    ]);
    expect(auth).toMatchObject({ region: "cn-north-1", service: "live" });
    expect(recomputeVolc(got, VOLC.secretAccessKey, auth)!.signature).toBe(auth.signature);
    // A single changed body byte is caught.
    const tampered = Buffer.from(got.body);
    tampered.writeUInt8(tampered.readUInt8(tampered.length - 2) ^ 1, tampered.length - 2);
    expect(recomputeVolc({ ...got, body: tampered }, VOLC.secretAccessKey, auth)!.signature).not.toBe(
      auth.signature,
    );
  });

  it("refuses credentials of the other cloud", () => {
    const endpoint = resolveEndpoint(registerTransitRouterMulticastGroupSources, undefined, {});
    expect(() =>
      buildWireRequest(
        registerTransitRouterMulticastGroupSources,
        {},
        { endpoint, credentials: VOLC, date: DATE, nonce: "n" },
      ),
    ).toThrow(TypeError);
  });
});
