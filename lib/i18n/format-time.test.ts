import { describe, expect, it } from "vitest";
import { formatDateTime, formatRelative, formatTime } from "./format-time";

// 2026-12-07 01:17:36 UTC: the hour the issue saw as "1:17:36 AM" in the Chinese console.
const AT = Date.UTC(2026, 11, 7, 1, 17, 36);
const AFTERNOON = Date.UTC(2026, 11, 7, 13, 5, 9);
const UTC = "UTC";

describe("times in the console's language", () => {
  it("uses the 24-hour clock in zh-CN, morning and afternoon", () => {
    expect(formatTime(AT, "zh-CN", UTC)).toBe("01:17:36");
    expect(formatTime(AFTERNOON, "zh-CN", UTC)).toBe("13:05:09");
  });

  it("keeps English on its usual clock", () => {
    expect(formatTime(AT, "en", UTC)).toBe("1:17:36 AM");
    expect(formatTime(AFTERNOON, "en", UTC)).toBe("1:05:09 PM");
  });

  it("writes dates the way each language does", () => {
    expect(formatDateTime(AFTERNOON, "zh-CN", UTC)).toBe("2026/12/07 13:05:09");
    expect(formatDateTime(AFTERNOON, "en", UTC)).toBe("Dec 07, 2026, 1:05:09 PM");
  });

  it("reads the ISO strings the API routes send", () => {
    expect(formatTime("2026-12-07T13:05:09.000Z", "zh-CN", UTC)).toBe("13:05:09");
  });

  it("formats in the time zone it is given", () => {
    expect(formatTime(AT, "zh-CN", "Asia/Shanghai")).toBe("09:17:36");
  });
});

describe("relative times", () => {
  const now = AFTERNOON;
  it("says how long ago, in either language", () => {
    expect(formatRelative(now - 2 * 60_000, now, "en")).toBe("2 minutes ago");
    expect(formatRelative(now - 2 * 60_000, now, "zh-CN")).toBe("2分钟前");
    expect(formatRelative(now - 3 * 3_600_000, now, "zh-CN")).toBe("3小时前");
    expect(formatRelative(now - 30_000, now, "en")).toBe("30 seconds ago");
  });

  it("says now for the last few seconds rather than counting them", () => {
    expect(formatRelative(now - 4_000, now, "en")).toBe("now");
    expect(formatRelative(now - 4_000, now, "zh-CN")).toBe("现在");
  });

  it("names yesterday in words and falls back to the date after a week", () => {
    expect(formatRelative(now - 86_400_000, now, "zh-CN")).toBe("昨天");
    expect(formatRelative(now - 9 * 86_400_000, now, "zh-CN", UTC)).toBe("2026/11/28 13:05:09");
  });
});
