import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";

/**
 * The import boundaries of eslint.config.mjs, proved on files that break them. Each fixture in scripts/lint-fixtures/
 * is linted as if it lived inside the zone it names (the real folders stay clean; the fixtures folder is ignored by
 * `npm run lint`). Every forbidden import must be reported on its own line, and the allowed ones beside them not.
 */
const ROOT = join(import.meta.dirname, "..");
const RULE = "@typescript-eslint/no-restricted-imports";

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: ROOT });
});

/** Lints a fixture as the file `as`, and returns the lines of `from` that the boundary rule reported, with why. */
async function violations(fixture: string, as: string): Promise<{ from: string; message: string }[]> {
  const text = readFileSync(join(ROOT, "scripts/lint-fixtures", fixture), "utf8");
  const [result] = await eslint.lintText(text, { filePath: join(ROOT, as) });
  const lines = text.split("\n");
  return result!.messages
    .filter((m) => m.ruleId === RULE)
    .map((m) => ({ from: /from "([^"]+)"/.exec(lines[m.line - 1]!)![1]!, message: m.message }));
}

describe("lint boundaries", () => {
  it("browser code (components, client components) cannot import lib/cloud, lib/server, lib/proxy, lib/emulator", async () => {
    const found = await violations("browser-imports-server.tsx", "components/shell/boundary-fixture.tsx");
    expect(found.map((v) => v.from)).toEqual([
      "@/lib/cloud/credentials",
      "../../lib/cloud/endpoints",
      "@/lib/server/process-wide",
      "@/lib/proxy/proxy-operation",
      "@/lib/emulator/emulator",
    ]);
    for (const v of found) expect(v.message).toMatch(/Browser code must not import/);
    // The same file as a client component in app/.
    const inApp = await violations("browser-imports-server.tsx", "app/providers.tsx");
    expect(inApp).toHaveLength(5);
  });

  it("browser code inside lib/ cannot either, nor import components/ (types stay allowed)", async () => {
    const found = await violations("browser-lib-imports-server.ts", "lib/queries/boundary-fixture.ts");
    expect(found).toEqual([
      { from: "../cloud/call-operation", message: expect.stringMatching(/Browser code must not import/) },
      {
        from: "@/lib/server/operation-endpoint",
        message: expect.stringMatching(/Browser code must not import/),
      },
      { from: "@/components/ui/button", message: expect.stringMatching(/lib\/ must not import components/) },
    ]);
  });

  it("lib/ cannot import components/ or app/ (server code in lib/ may use lib/cloud)", async () => {
    const found = await violations("lib-imports-ui.ts", "lib/overview/boundary-fixture.ts");
    expect(found.map((v) => v.from)).toEqual(["../../app/providers", "@/components/ui/status-badge"]);
    for (const v of found) expect(v.message).toMatch(/lib\/ must not import components\/ or app\//);
  });

  it("the emulator imports only the catalog's metadata, the signers, its own modules and node's", async () => {
    const found = await violations("emulator-imports.ts", "lib/emulator/products/cbn/boundary-fixture.ts");
    expect(found.map((v) => v.from)).toEqual([
      "@/lib/operations/catalog",
      "@/lib/operations/cbn/register-transit-router-multicast-group-sources",
      "@/lib/schemas/ipv4",
      "@/lib/cloud/credentials",
      "../../../cloud/endpoints",
      "zod",
    ]);
    expect(found[0]!.message).toMatch(/only the catalog's metadata/);
    expect(found[4]!.message).toMatch(/stay inside lib\/emulator/);
    expect(found[5]!.message).toMatch(/no npm packages/);
    const fromTop = await violations("emulator-root-imports.ts", "lib/emulator/boundary-fixture.ts");
    expect(fromTop.map((v) => v.from)).toEqual(["../cloud/emulator-identity"]);
  });

  it("every client component is in the browser zone", async () => {
    const clientFiles = execFileSync(
      "git",
      ["grep", "-l", '^"use client"', "--", "app", "components", "lib"],
      {
        cwd: ROOT,
        encoding: "utf8",
      },
    )
      .trim()
      .split("\n");
    expect(clientFiles.length).toBeGreaterThan(0);
    for (const file of clientFiles) {
      const config = (await eslint.calculateConfigForFile(join(ROOT, file))) as {
        rules?: Record<string, [unknown, { patterns?: { message?: string }[] }?]>;
      };
      const patterns = config.rules?.[RULE]?.[1]?.patterns ?? [];
      expect(
        patterns.some((p) => p.message?.startsWith("Browser code must not import")),
        `${file} is a client component outside the browser zone of eslint.config.mjs`,
      ).toBe(true);
    }
  });
});
