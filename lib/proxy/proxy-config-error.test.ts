import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { handleOperationCall, proxyOperation } from "./proxy-operation";

/**
 * A console whose own environment is wrong answers 503 `source: "config"` naming the variables (never their
 * values), in the request's language (the audit trail records the failed mutation: lib/audit).
 */
const REGISTER = "aliyun.cbn.RegisterTransitRouterMulticastGroupSources";
const LIST_DOMAINS = "aliyun.cbn.ListTransitRouterMulticastDomains";
const validInput = {
  TransitRouterMulticastDomainId: "tr-mcast-domain-1",
  GroupIpAddress: "239.1.1.1",
  NetworkInterfaceIds: ["eni-1"],
};
// Stand-ins that must never be echoed: a value next to a missing one, and a malformed URL with userinfo.
const KEY_ID_VALUE = "LTAIvalue-that-must-not-leak";
const BAD_ENDPOINT = "user:pa55-must-not-leak@no scheme";

const VARIABLES = [
  "CLOUD_MODE",
  "EMULATOR_PORT",
  "ALIBABA_CLOUD_ENDPOINT",
  "VOLCENGINE_ENDPOINT",
  "ALIBABA_CLOUD_ACCESS_KEY_ID",
  "ALIBABA_CLOUD_ACCESS_KEY_SECRET",
  "ALIBABA_CLOUD_SECURITY_TOKEN",
  "VOLCENGINE_ACCESS_KEY",
  "VOLCENGINE_SECRET_KEY",
  "VOLCENGINE_SESSION_TOKEN",
];
const saved = new Map(VARIABLES.map((name) => [name, process.env[name]]));

beforeEach(() => {
  for (const name of VARIABLES) delete process.env[name];
});

afterEach(() => {
  for (const [name, value] of saved) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});

function post(id: string, body: unknown, headers: Record<string, string> = {}) {
  return new Request(`http://127.0.0.1:3000/api/operations/${id}`, {
    method: "POST",
    headers: { host: "127.0.0.1:3000", "sec-fetch-site": "same-origin", ...headers },
    body: JSON.stringify(body),
  });
}

describe("POST /api/operations/<id> with a misconfigured server", () => {
  it("cloud mode without keys: 503 naming the missing variables, never a value", async () => {
    Object.assign(process.env, { CLOUD_MODE: "cloud", ALIBABA_CLOUD_ACCESS_KEY_ID: KEY_ID_VALUE });
    const response = await proxyOperation(post(REGISTER, { input: validInput }), REGISTER);
    expect(response.status).toBe(503);
    const text = await response.text();
    expect(text).not.toContain(KEY_ID_VALUE);
    const { error } = JSON.parse(text);
    expect(error).toEqual({
      source: "config",
      code: "MissingCredentials",
      message: expect.stringContaining("ALIBABA_CLOUD_ACCESS_KEY_SECRET"),
      variables: ["ALIBABA_CLOUD_ACCESS_KEY_SECRET"],
      outcome: "refused",
    });
    expect(error.message).toContain("CLOUD_MODE=cloud");
  });

  it("answers in the request's language and names every missing Volcengine variable", async () => {
    process.env.CLOUD_MODE = "cloud";
    const id = "volcengine.vpc.DescribeTrafficMirrorSessions";
    const { status, body } = await handleOperationCall(
      post(id, { region: "cn-beijing", input: {} }, { cookie: "locale=zh-CN" }),
      id,
    );
    expect(status).toBe(503);
    expect(body).toEqual({
      error: {
        source: "config",
        code: "MissingCredentials",
        message: expect.stringContaining("服务器缺少以下环境变量"),
        variables: ["VOLCENGINE_ACCESS_KEY", "VOLCENGINE_SECRET_KEY"],
        outcome: "refused",
      },
    });
    expect(JSON.stringify(body)).toContain("VOLCENGINE_ACCESS_KEY, VOLCENGINE_SECRET_KEY");
  });

  it("a malformed endpoint variable or emulator port: 503 EndpointConfig, the value left out", async () => {
    process.env.ALIBABA_CLOUD_ENDPOINT = BAD_ENDPOINT;
    const endpoint = await handleOperationCall(
      post(LIST_DOMAINS, { region: "cn-hangzhou", input: {} }),
      LIST_DOMAINS,
    );
    expect(endpoint.status).toBe(503);
    expect(JSON.stringify(endpoint.body)).not.toContain("pa55");
    expect(endpoint.body).toEqual({
      error: {
        source: "config",
        code: "EndpointConfig",
        message: expect.stringMatching(/ALIBABA_CLOUD_ENDPOINT is not an http\(s\) base URL/),
        variables: ["ALIBABA_CLOUD_ENDPOINT"],
        outcome: "refused",
      },
    });

    delete process.env.ALIBABA_CLOUD_ENDPOINT;
    process.env.EMULATOR_PORT = "http";
    const port = await handleOperationCall(post(REGISTER, { input: validInput }), REGISTER);
    expect(port).toMatchObject({
      status: 503,
      body: { error: { code: "EndpointConfig", variables: ["EMULATOR_PORT"] } },
    });
    expect(JSON.stringify(port.body)).toContain("port number from 1 to 65535");
  });
});
