#!/usr/bin/env node
/**
 * Starts the embedded emulator (lib/emulator/serve.ts) from a cached esbuild bundle (scripts/bundle.mjs): it starts
 * several times faster than through tsx's loader, well inside the 1 s budget (docs/BENCHMARKS.md). `npm run emulator`
 * and the console's run command both come through here.
 */
import { pathToFileURL } from "node:url";
import { ensureBundle } from "./bundle.mjs";

const bundle = await ensureBundle("lib/emulator/serve.ts");
await import(pathToFileURL(bundle).href);
