import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { lifecycles } from "./lifecycles";

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
  expect(offenders(literal)).toEqual([]);
});

// The same copy without the property in sight: `status === "Available"` on a variable, or `case "Active":`. An API
// token's own state (the console's, not a cloud's) shares the word "active".
const CONSOLE_STATES = ["components/tokens/"];

it("compares nothing with a lifecycle's own status words", () => {
  const words = [
    ...new Set(Object.values(lifecycles).flatMap((l) => [...l.transitional, ...l.ok, ...l.failed])),
  ].join("|");
  const compared = new RegExp(`[!=]==\\s*"(${words})"|"(${words})"\\s*[!=]==|case\\s+"(${words})"\\s*:`);
  expect(offenders(compared).filter((at) => !CONSOLE_STATES.some((dir) => at.startsWith(dir)))).toEqual([]);
});

function offenders(pattern: RegExp): string[] {
  return sources().flatMap(({ file, text }) =>
    text
      .split("\n")
      .map((line, i) => ({ line: line.trim(), at: `${file}:${i + 1}` }))
      .filter(({ line }) => pattern.test(line))
      .map(({ at, line }) => `${at}: ${line}`),
  );
}
