import type { Page } from "@playwright/test";

/** A line of text that came out narrower than two characters: the text, its line box width and the font size. */
export interface NarrowLine {
  text: string;
  width: number;
  fontSize: number;
  element: string;
}

/**
 * Every line box of every visible text node on the page (Range.getClientRects: one rectangle per line a text node
 * occupies) that is narrower than two characters of its font — "删" above "除", "地" above "域". Only text that
 * wrapped counts: a node on one line is as wide as its text, however short ("ID", "—"). Screen-reader-only text
 * (clipped to 1 px) is skipped. Two CJK characters are 2 em; a little slack absorbs sub-pixel widths.
 */
export function narrowLines(page: Page): Promise<NarrowLine[]> {
  return page.evaluate(() => {
    const found: NarrowLine[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim() ?? "";
      const parent = node.parentElement;
      if ([...text].length < 2 || !parent || parent.closest(".sr-only, script, style, option")) continue;
      range.selectNodeContents(node);
      const lines = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
      if (lines.length < 2) continue;
      const fontSize = parseFloat(getComputedStyle(parent).fontSize);
      for (const line of lines) {
        if (line.width < 2 * fontSize * 0.9) {
          const element = `${parent.tagName.toLowerCase()}${parent.className ? `.${String(parent.className).split(" ").slice(0, 3).join(".")}` : ""}`;
          found.push({ text, width: Math.round(line.width), fontSize, element });
          break;
        }
      }
    }
    return found;
  });
}
