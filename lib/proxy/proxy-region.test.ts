import { afterEach, describe, expect, it, vi } from "vitest";
import { handleOperationCall } from "./proxy-operation";

/**
 * The proxy asks lib/cloud/endpoints.ts whether an operation needs a region. An Alibaba operation on a regional
 * host without a RegionId parameter (none in the catalog today, hence the stand-in) needs one too: sending it to
 * cn-hangzhou by default would reach another region's host.
 */
// vi.mock is hoisted above the imports: the id it uses must be too.
const { REGIONAL_ID } = vi.hoisted(() => ({ REGIONAL_ID: "aliyun.ecs.RegionalWithoutRegionParam" }));

vi.mock("@/lib/operations/catalog", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/operations/catalog")>();
  const { describeAliyunNetworkInterfaces } =
    await import("@/lib/operations/ecs/describe-network-interfaces");
  const regional = { ...describeAliyunNetworkInterfaces, id: REGIONAL_ID, region: {} };
  return { ...real, findOperation: (id: string) => (id === REGIONAL_ID ? regional : real.findOperation(id)) };
});

const savedEndpoint = process.env.ALIBABA_CLOUD_ENDPOINT;
afterEach(() => {
  if (savedEndpoint === undefined) delete process.env.ALIBABA_CLOUD_ENDPOINT;
  else process.env.ALIBABA_CLOUD_ENDPOINT = savedEndpoint;
});

describe("the proxy's region rule", () => {
  it("refuses a regional-host operation without a region, before anything is sent", async () => {
    // Port 9 (discard) on loopback: were the call forwarded, it would fail as a network error, not a 400.
    process.env.ALIBABA_CLOUD_ENDPOINT = "http://127.0.0.1:9";
    const request = new Request(`http://127.0.0.1:3000/api/operations/${REGIONAL_ID}`, {
      method: "POST",
      headers: { host: "127.0.0.1:3000", "sec-fetch-site": "same-origin" },
      body: JSON.stringify({ input: {} }),
    });
    const { status, body } = await handleOperationCall(request, REGIONAL_ID);
    expect(status).toBe(400);
    expect(body).toMatchObject({ error: { source: "validation", fields: [{ path: "region" }] } });
  });
});
