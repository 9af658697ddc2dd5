import type { OperationDef } from "@/lib/operations/types";
import { cliSnippet } from "./cli";
import { curlSnippet } from "./curl";
import { prepareCall } from "./prepare";
import { sdkSnippet } from "./sdk";
import { terraformSnippet, type TerraformSnippet } from "./terraform";

export const SNIPPET_FORMATS = ["curl", "sdk", "cli", "terraform"] as const;
export type SnippetFormat = (typeof SNIPPET_FORMATS)[number];

export interface Snippets {
  curl: string;
  sdk: string;
  cli: string;
  terraform: TerraformSnippet;
}

/**
 * Every snippet of one call, from the catalog entry and an input the entry's schema has validated (pure: no
 * network, no clock, the same text for the same call). `consoleUrl` is the console's public origin.
 */
export function snippetsFor(
  op: OperationDef,
  input: Record<string, unknown>,
  options: { region?: string | null; consoleUrl: string },
): Snippets {
  const call = prepareCall(op, input, options.region);
  return {
    curl: curlSnippet(call, options.consoleUrl),
    sdk: sdkSnippet(call),
    cli: cliSnippet(call),
    terraform: terraformSnippet(call),
  };
}
