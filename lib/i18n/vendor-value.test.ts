import { describe, expect, it } from "vitest";
import { DICTIONARIES } from "./catalog";
import { createTranslator } from "./translate";
import { vendorText, vendorValue } from "./vendor-value";

const en = createTranslator(DICTIONARIES.en);
const zh = createTranslator(DICTIONARIES["zh-CN"]);

describe("vendor values in the operator's language", () => {
  it("names a status in Chinese and keeps the raw value beside it", () => {
    expect(vendorValue(zh, "InUse")).toEqual({ label: "已绑定", raw: "InUse", isTranslated: true });
    expect(vendorText(zh, "Active")).toBe("已激活（Active）");
  });

  it("tells GA's lower-case states from the VPC's capitalised ones", () => {
    expect(vendorValue(zh, "active").label).toBe("可用");
    expect(vendorValue(zh, "Active").label).toBe("已激活");
  });

  it("keeps the vendor's word in English where it already reads as English", () => {
    expect(vendorText(en, "Active")).toBe("Active");
    expect(vendorValue(en, "Registered").isTranslated).toBe(false);
    expect(vendorText(en, "AcceptingConnecting")).toBe("Accepting connection (AcceptingConnecting)");
    expect(vendorText(en, "updating")).toBe("updating");
    expect(vendorText(en, "init")).toBe("initializing (init)");
  });

  it("shows a value nobody translated as the cloud sent it, in either language", () => {
    expect(vendorValue(zh, "Frobnicating")).toEqual({
      label: "Frobnicating",
      raw: "Frobnicating",
      isTranslated: false,
    });
    expect(vendorText(zh, "")).toBe("");
  });

  it("translates every status a lifecycle can reach", async () => {
    const { lifecycles } = await import("@/lib/status/lifecycles");
    const all = Object.values(lifecycles).flatMap((l) => [...l.transitional, ...l.ok, ...l.failed]);
    const untranslated = all.filter((s) => !vendorValue(zh, s).isTranslated);
    expect(untranslated).toEqual([]);
  });
});
