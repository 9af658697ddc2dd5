import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";

/** Browser code that reads vendor statuses: components and the data layer (tests left out). */
function sources(): { file: string; text: string }[] {
  return ["components", join("lib", "data")]
    .flatMap((root) => readdirSync(root, { recursive: true, encoding: "utf8" }).map((f) => join(root, f)))
    .filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f))
    .map((file) => ({ file, text: readFileSync(file, "utf8") }));
}

// A status word compared in a component is a second copy of a lifecycle (lib/status/lifecycles.ts): when the cloud
// adds a state, the lifecycle changes and the copy silently does not. Components ask isOk / isSettled / toneOf.
it("compares no vendor Status or State with a word: the lifecycles say what a status means", () => {
  const literal = /\.(Status|State)\s*[!=]==\s*"[^"]*"|"[^"]*"\s*[!=]==\s*[\w?.]*\.(Status|State)\b/;
  const offenders = sources().flatMap(({ file, text }) =>
    text
      .split("\n")
      .map((line, i) => ({ line: line.trim(), at: `${file}:${i + 1}` }))
      .filter(({ line }) => literal.test(line))
      .map(({ at, line }) => `${at}: ${line}`),
  );
  expect(offenders).toEqual([]);
});
