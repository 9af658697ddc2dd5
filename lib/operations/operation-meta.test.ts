import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { operations } from "./catalog";

const dir = import.meta.dirname;
const metaFiles = readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((f) =>
  f.endsWith(".meta.ts"),
);

describe("operation metadata (<op>.meta.ts)", () => {
  it("is zod-free: a meta file imports only define-operation, a product base and types", () => {
    for (const file of metaFiles) {
      const imports = [
        ...readFileSync(join(dir, file), "utf8").matchAll(/^import (type )?.* from "(.+)";$/gm),
      ];
      for (const [line, isType, from] of imports) {
        if (isType) continue;
        expect(from === "../define-operation" || /^\.\/[a-z-]+-base$/.test(from!), `${file}: ${line}`).toBe(
          true,
        );
      }
    }
  });

  it("is what every catalog entry is built on: one meta file per operation, the entry adds the input and the errors", async () => {
    const metas = new Map<string, object>();
    for (const file of metaFiles) {
      for (const meta of Object.values(await import(`./${file.slice(0, -3)}`)) as { id?: string }[]) {
        if (meta.id) metas.set(meta.id, meta);
      }
    }
    expect([...metas.keys()].sort()).toEqual(operations.map((op) => op.id).sort());
    for (const { input, errors, ...rest } of operations) {
      expect(input).toBeDefined();
      expect(errors).toBeDefined();
      expect(rest).toEqual(metas.get(rest.id));
    }
    // The error texts stay out of first-load JS: only the entry (form, error panel, route) carries them.
    for (const meta of metas.values()) expect(meta).not.toHaveProperty("errors");
  });
});
