import type { PreparedCall } from "./prepare";
import { jsonWithSecrets, shellJsonSecret, secretNotes } from "./secrets";
import { shellQuote } from "./shell-quote";

/**
 * The call against this console's own proxy route, runnable as is: the token in CLOUDNET_TOKEN, the body in single
 * quotes (a quote inside a value is closed, escaped and reopened), a secret spliced in from its variable. The
 * console signs it with its own keys, checks the token's role and records it in the audit trail.
 */
export function curlSnippet(call: PreparedCall, consoleUrl: string): string {
  const envelope =
    call.op.region.fixed || call.region === null
      ? { input: call.input }
      : { region: call.region, input: call.input };
  const body = jsonWithSecrets(envelope, shellJsonSecret, undefined, (json) => json.replace(/'/g, `'\\''`));
  const url = `${consoleUrl.replace(/\/+$/, "")}/api/operations/${call.op.id}`;
  return [
    "# export CLOUDNET_TOKEN=cnc_…   (create one on the console's API tokens page)",
    ...secretNotes(call.secrets, "#"),
    "curl --fail-with-body -sS \\",
    '  -H "Authorization: Bearer $CLOUDNET_TOKEN" \\',
    `  --json '${body}' \\`,
    `  ${shellQuote(url)}`,
  ].join("\n");
}
