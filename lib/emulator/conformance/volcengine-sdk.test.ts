import { Service } from "@volcengine/openapi";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MemoryStore } from "../core/persistence";
import { startEmulatorServer, type RunningEmulator } from "../http-server";
import { echoProduct } from "../testing/echo-product";

/**
 * Conformance of the Volcengine gateway half: the OFFICIAL Node SDK (@volcengine/openapi, dev dependency) signs
 * GET/query and POST/JSON requests its own way (it signs x-date and x-content-sha256 but not host) and the emulator
 * must accept them. An echo product stands in for the models (those have their own tests).
 */
describe("official Volcengine SDK against the emulator's verifier", () => {
  let running: RunningEmulator;
  const service = (serviceName: string, region: string, secretKey = "emulator-secret") =>
    new Service({
      serviceName,
      region,
      host: running.url.replace("http://", ""),
      protocol: "http:",
      accessKeyId: "AKLTemulator",
      secretKey,
    });

  beforeAll(async () => {
    running = await startEmulatorServer({
      port: 0,
      env: {},
      store: new MemoryStore(),
      products: [echoProduct],
    });
  });
  afterAll(() => running.close());

  it("GET with query parameters (VPC style)", async () => {
    const api = service("vpc", "cn-beijing").createAPI("DescribeTrafficMirrorSessions", {
      Version: "2020-04-01",
      method: "GET",
    });
    const reply = (await api({ "TrafficMirrorSessionIds.1": "tms-1", PageSize: 10 })) as unknown as {
      ResponseMetadata: Record<string, unknown>;
      Result: { Echo: Record<string, unknown> };
    };
    expect(reply.ResponseMetadata).toMatchObject({
      Service: "vpc",
      Region: "cn-beijing",
      Version: "2020-04-01",
    });
    expect(reply.Result.Echo).toEqual({ TrafficMirrorSessionIds: ["tms-1"], PageSize: "10" });
  });

  it("POST with a JSON body (Live style, signing region cn-north-1)", async () => {
    const api = service("live", "cn-north-1").createJSONAPI("UpdateRelaySourceV3", { Version: "2023-01-01" });
    const reply = (await api({
      Vhost: "live.example.com",
      App: "app",
      Group: [{ Name: "g", Servers: [] }],
    })) as unknown as {
      Result: { Echo: Record<string, unknown> };
    };
    expect(reply.Result.Echo).toEqual({
      Vhost: "live.example.com",
      App: "app",
      Group: [{ Name: "g", Servers: [] }],
    });
  });

  it("a wrong secret is refused with SignatureDoesNotMatch (CodeN 100010)", async () => {
    const api = service("vpc", "cn-beijing", "not-the-secret").createAPI("DescribeTrafficMirrorSessions", {
      Version: "2020-04-01",
      method: "GET",
    });
    const outcome = await api({}).then(
      (body) => body as unknown,
      (error: { response?: { status: number; data: unknown } }) => error.response?.data,
    );
    expect(outcome).toMatchObject({
      ResponseMetadata: { Error: { CodeN: 100010, Code: "SignatureDoesNotMatch" } },
    });
  });
});
