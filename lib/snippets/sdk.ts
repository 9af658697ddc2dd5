import { flatten, type PreparedCall } from "./prepare";
import { jsonWithSecrets, SecretRef, secretNotes } from "./secrets";

/**
 * The call with the vendor's official TypeScript SDK, credentials from the vendor's own environment variables
 * (never in the text). ALIBABA_CLOUD_ENDPOINT / VOLCENGINE_ENDPOINT (URLs) override the API host, as they do for the
 * console, which is how the test suite runs these snippets against the emulator (lib/snippets/sdk-snippet.test.ts).
 */
export function sdkSnippet(call: PreparedCall): string {
  return call.op.cloud === "aliyun" ? alibaba(call) : volcengine(call);
}

const ENV_HELPER = [
  "function env(name: string): string {",
  "  const value = process.env[name];",
  "  if (!value) throw new Error(`Set ${name} first.`);",
  "  return value;",
  "}",
];

const secretCall = (ref: SecretRef) => `env(${JSON.stringify(ref.env)})`;

function objectLiteral(entries: [string, string | SecretRef][]): string[] {
  return [
    "{",
    ...entries.map(
      ([key, value]) =>
        `  ${JSON.stringify(key)}: ${value instanceof SecretRef ? secretCall(value) : JSON.stringify(value)},`,
    ),
    "}",
  ];
}

function alibabaHost(call: PreparedCall): string {
  const region = call.region ?? "cn-hangzhou";
  switch (call.op.product) {
    case "cbn":
      return "cbn.aliyuncs.com";
    case "ga":
      return "ga.cn-hangzhou.aliyuncs.com";
    default:
      return `${call.op.product}.${region}.aliyuncs.com`;
  }
}

const FINISH = [
  "  .then((reply) => console.log(JSON.stringify(reply, null, 2)))",
  "  .catch((error: Error) => {",
  "    console.error(error.message);",
  "    process.exitCode = 1;",
  "  });",
];

function alibaba(call: PreparedCall): string {
  const { op } = call;
  const query = objectLiteral(flatten(call.apiParams));
  return [
    "// npm install @alicloud/openapi-client @alicloud/tea-util, then run: npx tsx call.ts",
    "// Credentials: ALIBABA_CLOUD_ACCESS_KEY_ID, ALIBABA_CLOUD_ACCESS_KEY_SECRET (and ALIBABA_CLOUD_SECURITY_TOKEN for STS).",
    ...secretNotes(call.secrets, "//"),
    'import OpenApi, { Config, OpenApiRequest, Params } from "@alicloud/openapi-client";',
    'import { RuntimeOptions } from "@alicloud/tea-util";',
    "",
    ...ENV_HELPER,
    "",
    `const endpoint = new URL(process.env.ALIBABA_CLOUD_ENDPOINT || ${JSON.stringify(`https://${alibabaHost(call)}`)});`,
    "const client = new OpenApi(",
    "  new Config({",
    '    accessKeyId: env("ALIBABA_CLOUD_ACCESS_KEY_ID"),',
    '    accessKeySecret: env("ALIBABA_CLOUD_ACCESS_KEY_SECRET"),',
    "    securityToken: process.env.ALIBABA_CLOUD_SECURITY_TOKEN,",
    "    endpoint: endpoint.host,",
    "    protocol: endpoint.protocol.slice(0, -1),",
    "  }),",
    ");",
    "const params = new Params({",
    `  action: ${JSON.stringify(op.action)},`,
    `  version: ${JSON.stringify(op.version)},`,
    '  protocol: "HTTPS",',
    '  pathname: "/",',
    `  method: ${JSON.stringify(op.method)},`,
    '  authType: "AK",',
    '  style: "RPC",',
    '  reqBodyType: "formData",',
    '  bodyType: "json",',
    "});",
    `const query: Record<string, string> = ${query.join("\n")};`,
    "",
    "client",
    "  .callApi(params, new OpenApiRequest({ query }), new RuntimeOptions({}))",
    "  .then((reply: { body: unknown }) => reply.body)",
    ...FINISH,
  ].join("\n");
}

function volcengine(call: PreparedCall): string {
  const { op } = call;
  const json = op.style === "json-body";
  const host = op.product === "live" ? "live.volcengineapi.com" : "open.volcengineapi.com";
  const args = json
    ? jsonWithSecrets(call.apiParams, secretCall, 2)
    : objectLiteral(flatten(call.apiParams)).join("\n");
  const create = json
    ? `service.createJSONAPI(${JSON.stringify(op.action)}, { Version: ${JSON.stringify(op.version)} })`
    : `service.createAPI(${JSON.stringify(op.action)}, { Version: ${JSON.stringify(op.version)}, method: ${JSON.stringify(op.method)} })`;
  return [
    "// npm install @volcengine/openapi, then run: npx tsx call.ts",
    "// Credentials: VOLCENGINE_ACCESS_KEY, VOLCENGINE_SECRET_KEY.",
    ...secretNotes(call.secrets, "//"),
    'import { Service } from "@volcengine/openapi";',
    "",
    ...ENV_HELPER,
    "",
    `const endpoint = new URL(process.env.VOLCENGINE_ENDPOINT || ${JSON.stringify(`https://${host}`)});`,
    "const service = new Service({",
    `  serviceName: ${JSON.stringify(op.product)},`,
    `  region: ${JSON.stringify(call.region ?? "cn-beijing")},`,
    "  host: endpoint.host,",
    "  protocol: endpoint.protocol,",
    '  accessKeyId: env("VOLCENGINE_ACCESS_KEY"),',
    '  secretKey: env("VOLCENGINE_SECRET_KEY"),',
    "});",
    `const call = ${create};`,
    "",
    `call(${args})`,
    "  .then((reply: { ResponseMetadata?: { Error?: { Code: string; Message: string } }; Result?: unknown }) => {",
    "    const failure = reply.ResponseMetadata?.Error;",
    "    if (failure) throw new Error(`${failure.Code}: ${failure.Message}`);",
    "    return reply;",
    "  })",
    ...FINISH,
  ].join("\n");
}
