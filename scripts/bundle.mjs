/**
 * Cached esbuild bundles of the TypeScript that node runs outside Next (the emulator, the proxy fast path): rebuilt
 * only when one of the files it was built from changed. Through tsx's loader most of the start-up goes to resolving
 * modules one by one; a bundle is one file (start-up figures in docs/BENCHMARKS.md).
 */
import { build } from "esbuild";
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const CACHE = join(ROOT, "node_modules/.cache/cloudnet-bundles");

/** The bundle is current when it exists and no input it was built from is newer (or gone). */
function isCurrent(bundle, inputsFile) {
  if (!existsSync(bundle) || !existsSync(inputsFile)) return false;
  const builtAt = statSync(bundle).mtimeMs;
  const inputs = JSON.parse(readFileSync(inputsFile, "utf8"));
  return inputs.every(
    (file) => existsSync(join(ROOT, file)) && statSync(join(ROOT, file)).mtimeMs <= builtAt,
  );
}

/**
 * Returns the path of an up-to-date ESM bundle of `entry` (relative to the project root).
 * `react-server` is among the conditions so that `import "server-only"` resolves to its empty server build:
 * these bundles only ever run on the server.
 */
export async function ensureBundle(entry) {
  // Keyed by the entry's path, so two entries that share a file name never share a bundle.
  const name = entry.replace(/\.tsx?$/, "").replaceAll("/", "__");
  const bundle = join(CACHE, `${name}.mjs`);
  const inputsFile = join(CACHE, `${name}.inputs.json`);
  if (isCurrent(bundle, inputsFile)) return bundle;
  mkdirSync(CACHE, { recursive: true });
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: [join(ROOT, entry)],
    // Built beside the bundle, then renamed over it: a run starting meanwhile never imports half a file.
    outfile: `${bundle}.${process.pid}.tmp.mjs`,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    conditions: ["react-server"],
    metafile: true,
    logLevel: "warning",
    // Some dependencies are CommonJS and call require(); give the ESM bundle one.
    banner: {
      js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
    },
  });
  renameSync(`${bundle}.${process.pid}.tmp.mjs`, bundle);
  writeFileSync(inputsFile, JSON.stringify([...Object.keys(result.metafile.inputs), "scripts/bundle.mjs"]));
  return bundle;
}
