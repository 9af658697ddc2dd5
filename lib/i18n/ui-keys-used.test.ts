import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { uiMessages } from "./messages/ui";

/** The console's own source (tests and the message catalogs left out), as one text to search. */
function consoleSource(): string {
  return ["app", "components", "lib"]
    .flatMap((root) => readdirSync(root, { recursive: true, encoding: "utf8" }).map((f) => join(root, f)))
    .filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f) && !f.includes(join("i18n", "messages")))
    .map((f) => readFileSync(f, "utf8"))
    .join("\n");
}

/** Used literally (`t("ui.x")`), or through a template whose fixed part ends at a dot (`ui.status.${tone}`). */
function isUsed(key: string, source: string): boolean {
  if (source.includes(`"${key}"`)) return true;
  const parts = key.split(".");
  return parts.some((_, i) => i > 0 && source.includes(`\`${parts.slice(0, i).join(".")}.\${`));
}

describe("the shared UI kit's messages", () => {
  // A key nobody renders still has to be translated and kept in step; the status badge's change is announced by
  // its own live region (status word + tone), so a separate "{name} is now {status}" sentence was never shown.
  it("are all used somewhere in the console", () => {
    const source = consoleSource();
    const unused = Object.keys(uiMessages.en).filter((key) => !isUsed(key, source));
    expect(unused).toEqual([]);
  });
});
