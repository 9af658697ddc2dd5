import { describe, expect, it } from "vitest";
import { AREAS, DICTIONARIES } from "./catalog";
import { LOCALES } from "./locales";
import { placeholdersOf } from "./translate";

const areas = Object.entries(AREAS);

describe("message catalogs", () => {
  it.each(areas)("area %s has exactly the same keys in en and zh-CN", (_name, area) => {
    expect(Object.keys(area["zh-CN"]).sort()).toEqual(Object.keys(area.en).sort());
  });

  it.each(areas)("area %s prefixes every key with its area name", (name, area) => {
    for (const key of Object.keys(area.en)) expect(key.startsWith(`${name}.`), key).toBe(true);
  });

  it.each(areas)("area %s uses the same {placeholders} in both languages", (_name, area) => {
    for (const [key, english] of Object.entries(area.en)) {
      const chinese = (area["zh-CN"] as Record<string, string>)[key] ?? "";
      expect(placeholdersOf(chinese), key).toEqual(placeholdersOf(english));
    }
  });

  it("never defines the same key in two areas", () => {
    const seen = new Map<string, string>();
    for (const [name, area] of areas) {
      for (const key of Object.keys(area.en)) {
        expect(seen.get(key), `${key} is in ${seen.get(key)} and ${name}`).toBeUndefined();
        seen.set(key, name);
      }
    }
  });

  it.each(LOCALES)("the merged %s dictionary holds every key with non-empty text", (locale) => {
    const expectedKeys = areas.flatMap(([, area]) => Object.keys(area.en)).sort();
    const dictionary = DICTIONARIES[locale];
    expect(Object.keys(dictionary).sort()).toEqual(expectedKeys);
    for (const [key, text] of Object.entries(dictionary)) expect(text.trim(), key).not.toBe("");
  });
});
