import { describe, expect, it } from "vitest";
import { createTranslator, interpolate, placeholdersOf } from "./translate";

describe("interpolate", () => {
  it("replaces every {name} with its parameter, numbers included", () => {
    expect(interpolate("{count} of {total} sources in {name}", { count: 2, total: 10, name: "g-1" })).toBe(
      "2 of 10 sources in g-1",
    );
  });

  it("replaces a placeholder used twice", () => {
    expect(interpolate("{id} → {id}", { id: "ri-1" })).toBe("ri-1 → ri-1");
  });

  it("leaves an unknown placeholder visible instead of printing undefined", () => {
    expect(interpolate("Hello {name}", { other: "x" })).toBe("Hello {name}");
  });

  it("does not treat inherited object properties as parameters", () => {
    expect(interpolate("{toString}", {})).toBe("{toString}");
  });

  it("keeps a template without parameters unchanged", () => {
    expect(interpolate("Plain {text}")).toBe("Plain {text}");
  });

  it("inserts parameter values literally, even ones that look like placeholders or $ patterns", () => {
    expect(interpolate("{a}", { a: "{b} $& $1", b: "no" })).toBe("{b} $& $1");
  });
});

describe("placeholdersOf", () => {
  it("lists the placeholder names sorted", () => {
    expect(placeholdersOf("{b} and {a}")).toEqual(["a", "b"]);
  });
});

describe("createTranslator", () => {
  const t = createTranslator<"greet" | "plain">({ greet: "你好，{name}", plain: "Plain" });

  it("looks a key up and interpolates it", () => {
    expect(t("greet", { name: "Ada" })).toBe("你好，Ada");
    expect(t("plain")).toBe("Plain");
  });

  it("falls back to the key when the dictionary lacks it", () => {
    const partial = createTranslator({} as Record<"missing.key", string>);
    expect(partial("missing.key")).toBe("missing.key");
  });
});
