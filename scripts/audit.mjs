#!/usr/bin/env node
// `npm run audit -- …`: the audit trail's command line (lib/audit/audit-cli.ts), run from a cached bundle.
import { pathToFileURL } from "node:url";
import { ensureBundle } from "./bundle.mjs";

const { main } = await import(pathToFileURL(await ensureBundle("lib/audit/audit-cli.ts")).href);
try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  console.error(`audit: ${error instanceof Error ? error.message : error}`);
  process.exitCode = 1;
}
