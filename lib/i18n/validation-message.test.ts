import { describe, expect, it, vi } from "vitest";
import { LOCALES } from "./locales";
import { validationMessages } from "./messages/validation";
import { placeholdersOf } from "./translate";
import { validationMessage } from "./validation-message";

// Other limits than the real ones: a message that still says "1 to 65499" would be a copy, not the catalog's rule.
vi.mock("@/lib/operations/ga/ga-types", async (importOriginal) => ({
  ...(await importOriginal<object>()),
  GA_PORT_RANGE: { min: 2, max: 60000 },
}));
vi.mock("@/lib/operations/volc-vpc/traffic-mirror-types", async (importOriginal) => ({
  ...(await importOriginal<object>()),
  PRIORITY_RANGE: { min: 5, max: 500 },
  VNI_RANGE: { min: 3, max: 4000 },
  MAX_SESSION_TAGS: 7,
}));
vi.mock(
  "@/lib/operations/cbn/register-transit-router-multicast-group-sources.meta",
  async (importOriginal) => ({
    ...(await importOriginal<object>()),
    MAX_SOURCE_ENIS: 4,
  }),
);

/** Messages whose placeholders the caller fills itself (t() with params), not a zod rule. */
const FILLED_BY_CALLER = new Set(["validation.priorityTaken"]);

describe("validationMessage", () => {
  it("names the catalog's own port and priority limits, in both languages", () => {
    expect(validationMessage("validation.port", "en")).toBe("A port must be an integer from 2 to 60000.");
    expect(validationMessage("validation.port", "zh-CN")).toBe("端口须为 2–60000 的整数。");
    expect(validationMessage("validation.priority", "en")).toBe("Priority must be an integer from 5 to 500.");
    expect(validationMessage("validation.priority", "zh-CN")).toBe("优先级须为 5–500 的整数。");
  });

  it("names the catalog's VNI range and its per-request maximums", () => {
    expect(validationMessage("validation.vni", "en")).toBe("VNI must be an integer from 3 to 4000.");
    expect(validationMessage("validation.enis.max", "zh-CN")).toBe("每次请求最多 4 个弹性网卡。");
    expect(validationMessage("validation.tags.max", "en")).toBe("At most 7 tags.");
  });

  it.each(LOCALES)("%s: leaves no placeholder unfilled in a message a schema can raise", (locale) => {
    for (const key of Object.keys(validationMessages.en)) {
      if (FILLED_BY_CALLER.has(key)) continue;
      expect(placeholdersOf(validationMessage(key, locale)), key).toEqual([]);
    }
  });

  it("passes zod's own English defaults through", () => {
    expect(validationMessage("Invalid input", "zh-CN")).toBe("Invalid input");
  });
});
