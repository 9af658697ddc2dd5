import { flatten, type PreparedCall } from "./prepare";
import { jsonWithSecrets, shellJsonSecret, SecretRef, secretNotes } from "./secrets";
import { commandLines, shellQuote } from "./shell-quote";

/**
 * The vendors' own command lines: `aliyun <product> <Action> --Param value` (RPC style, flattened names such as
 * `--NetworkInterfaceIds.1`) and `ve <service> <Action> --Param value --region …` (query APIs flattened the same way,
 * JSON APIs as one `--body`). Neither CLI can be installed on the console's machines, so these are pinned by golden
 * tests (lib/snippets/snippets.golden.test.ts), not run.
 */
export function cliSnippet(call: PreparedCall): string {
  const { op } = call;
  const value = (v: string | SecretRef) => (v instanceof SecretRef ? `"$${v.env}"` : shellQuote(v));
  if (op.cloud === "aliyun") {
    const args = flatten(call.apiParams).map(([key, v]) => [`--${key}`, value(v)]);
    return [
      "# Credentials: ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET in the environment (or an aliyun profile).",
      ...secretNotes(call.secrets, "#"),
      commandLines(`aliyun ${op.product} ${op.action}`, args),
    ].join("\n");
  }
  const args =
    op.style === "json-body"
      ? [
          [
            "--body",
            `'${jsonWithSecrets(call.apiParams, shellJsonSecret, undefined, (json) =>
              json.replace(/'/g, `'\\''`),
            )}'`,
          ],
        ]
      : flatten(call.apiParams).map(([key, v]) => [`--${key}`, value(v)]);
  if (call.region) args.push(["--region", shellQuote(call.region)]);
  return [
    "# Credentials: VOLCENGINE_ACCESS_KEY and VOLCENGINE_SECRET_KEY in the environment (or a ve profile).",
    ...secretNotes(call.secrets, "#"),
    commandLines(`ve ${op.product} ${op.action}`, args),
  ].join("\n");
}
