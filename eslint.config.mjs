import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

/*
 * Boundaries between the parts of the console, as import rules (proved by scripts/lint-boundaries.test.ts against
 * the files in scripts/lint-fixtures/). Tests and fixtures may cross them: they are not part of the module graph.
 * An import is matched as written, so each pattern covers the `@/…` form and the relative one.
 */

/** Server code never reaches the browser: credentials, signing with them, the proxy, the emulator. Types may. */
const SERVER_ONLY = {
  regex:
    "^(@/|(\\.\\./)+)lib/(cloud|server|proxy|emulator)(/|$)|^(\\.\\./)+(cloud|server|proxy|emulator)(/|$)",
  allowTypeImports: true,
  message:
    "Browser code must not import lib/cloud, lib/server, lib/proxy or lib/emulator (server code, credentials); " +
    "call the proxy route, or import only types.",
};

/** lib/ is what app/ and components/ build on, never the other way round. */
const NOT_UI = {
  regex: "^(@/|(\\.\\./)+)(components|app)(/|$)",
  message: "lib/ must not import components/ or app/: move what both need into lib/.",
};

/**
 * The emulator plays the cloud: it may use the catalog's metadata (zod-free: `*.meta`, `catalog-meta`, `types`,
 * `*-types`, `*-base`) and the signers (lib/cloud/signing), never the console's schemas, server code or UI.
 */
const EMULATOR_ALLOWED = {
  regex:
    "^@/(?!lib/emulator/|lib/cloud/signing/|lib/operations/(?:[a-z0-9-]+/)*(?:[a-z0-9-]+\\.meta|catalog-meta|types|[a-z0-9-]+-types|[a-z0-9-]+-base)$)",
  message:
    "The emulator imports only the catalog's metadata (lib/operations *.meta, catalog-meta, types, *-types, " +
    "*-base) and the signers (lib/cloud/signing); it keeps its own rules and limits.",
};
const EMULATOR_NO_PACKAGES = {
  regex: "^(?!node:|\\.|@/)",
  message: "The emulator uses node's built-in modules only, no npm packages.",
};
/** A relative import that climbs out of lib/emulator from a file `depth` folders below it. */
const emulatorClimbsOut = (depth) => ({
  regex: `^(\\.\\./){${depth + 1},}`,
  message: "Relative imports stay inside lib/emulator; anything else is imported by its @/ path.",
});

const TESTS = ["**/*.test.ts", "**/*.test.tsx", "**/*.fixture.ts"];

/** Browser code inside lib/: client-side data, forms, the catalog (browser-safe by design), i18n but its server part. */
const BROWSER_LIB = [
  "lib/queries/**",
  "lib/data/**",
  "lib/forms/**",
  "lib/status/**",
  "lib/operations/**",
  "lib/schemas/**",
  "lib/i18n/**",
  "lib/url-state/**",
  "lib/regions.ts",
];
/** Browser code outside lib/: every component and app/'s client components (`"use client"` files). */
const BROWSER_UI = ["components/**", "app/providers.tsx", "app/global-error.tsx"];

const restrict = (...patterns) => ({
  "@typescript-eslint/no-restricted-imports": ["error", { patterns }],
});

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([
    ".next/**",
    ".next-*/**",
    "next-env.d.ts",
    ".data/**",
    "test-results/**",
    "playwright-report/**",
    "node_modules/**",
    // Deliberate violations, linted only by scripts/lint-boundaries.test.ts.
    "scripts/lint-fixtures/**",
  ]),
  { files: ["lib/**/*.{ts,tsx}"], ignores: TESTS, rules: restrict(NOT_UI) },
  {
    files: BROWSER_LIB.map((glob) => (glob.endsWith(".ts") ? glob : `${glob}/*.{ts,tsx}`)),
    ignores: [...TESTS, "lib/i18n/server.ts"],
    rules: restrict(SERVER_ONLY, NOT_UI),
  },
  {
    files: BROWSER_UI.map((glob) => (glob.endsWith("**") ? `${glob}/*.{ts,tsx}` : glob)),
    ignores: TESTS,
    rules: restrict(SERVER_ONLY),
  },
  // One block per folder depth inside lib/emulator, so "../" may climb to lib/emulator but not above it.
  ...[0, 1, 2].map((depth) => ({
    files: [`lib/emulator/${"*/".repeat(depth)}*.ts`],
    ignores: TESTS,
    rules: restrict(EMULATOR_ALLOWED, EMULATOR_NO_PACKAGES, emulatorClimbsOut(depth)),
  })),
]);
