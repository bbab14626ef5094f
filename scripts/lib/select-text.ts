import type { Page } from 'playwright-core';

/**
 * Selects a phrase the way a reader does: presses the mouse at its first character and
 * releases it after its last one. Throws if the phrase is not on the page.
 */
export async function selectWithMouse(page: Page, phrase: string): Promise<void> {
  const box = await page.evaluate((needle) => {
    // Source HTML wraps lines, so match with every whitespace run read as one space.
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const raw = node.textContent ?? '';
      let collapsed = '';
      const offsets: number[] = [];
      for (let i = 0; i < raw.length; i++) {
        const space = /\s/.test(raw[i]!);
        if (space && collapsed.endsWith(' ')) continue;
        collapsed += space ? ' ' : raw[i];
        offsets.push(i);
      }
      const at = collapsed.indexOf(needle);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, offsets[at]!);
      range.setEnd(node, offsets[at + needle.length - 1]! + 1);
      range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      const rects = [...range.getClientRects()];
      const first = rects[0];
      const last = rects[rects.length - 1];
      if (!first || !last) return null;
      return {
        x1: first.left + 1,
        y1: first.top + first.height / 2,
        x2: last.right - 1,
        y2: last.top + last.height / 2,
      };
    }
    return null;
  }, phrase);
  if (!box) throw new Error(`Phrase not found on the page: ${phrase}`);
  await page.mouse.move(box.x1, box.y1);
  await page.mouse.down();
  await page.mouse.move((box.x1 + box.x2) / 2, (box.y1 + box.y2) / 2, { steps: 4 });
  await page.mouse.move(box.x2, box.y2, { steps: 4 });
  await page.mouse.up();
}

/** The text painted under each Claimlight highlight name, as the page itself can see it. */
export function paintedText(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    CSS.highlights.forEach((highlight, name) => {
      if (!name.startsWith('claimlight-')) return;
      out[name] = [...highlight]
        .map((range) => (range as Range).toString().replace(/\s+/g, ' ').trim())
        .sort();
    });
    return out;
  });
}
