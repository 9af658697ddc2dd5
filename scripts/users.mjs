#!/usr/bin/env node
// `npm run users -- …`: the console's account command line (lib/auth/users-cli.ts), run from a cached bundle.
import { pathToFileURL } from "node:url";
import { ensureBundle } from "./bundle.mjs";

const { main } = await import(pathToFileURL(await ensureBundle("lib/auth/users-cli.ts")).href);
try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  console.error(`users: ${error instanceof Error ? error.message : error}`);
  process.exitCode = 1;
}
