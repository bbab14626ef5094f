import { buildTextIndex, spanOfElement, type TextIndex } from '../anchoring/text-index';
import { hasFurnitureClass, isHardSkipped, isSkipped } from './skip';
import { collectText } from './text-collect';
import type { Article, ArticleBlock } from './types';

/** Elements that hold one block of prose each. */
const BLOCK_TAGS = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'blockquote',
  'pre',
  'dd',
  'figcaption',
]);
/** Captions are article text (they often carry a claim); their photo credits are not. */
const CAPTION_CLASS = /(?:^|[\s_-])(?:\w+-)?caption(?:-text|__text)?(?:$|\s)/i;

/** Credits, captions and bylines that sit in ordinary paragraphs on some sites. */
const FURNITURE_TEXT =
  /^(?:image (?:copyright|caption)|photo(?:graph)?:|\(?(?:ap|afp|reuters|getty) (?:photo|images)|follow us|sign up|subscribe|advertisement|share this|read more|related:|click here|copyright ©|all rights reserved|this story has been shared|supported by)/i;

/** Photo credits on their own line: "(Jane Doe / The Daily Planet)". */
const CREDIT_LINE = /^\([^()]{2,80}\/[^()]{2,80}\)$/;

/** Paragraphs shorter than this do not count when looking for the article body. */
const MIN_SCORED_CHARS = 40;

/**
 * Finds the article body in a page: scores each paragraph's ancestors by the prose
 * under them (a cheap version of Readability's idea), takes the best container, then
 * collects its prose blocks in reading order. Returns null when no container holds
 * enough prose to be an article.
 *
 * All text comes from `index`, the page's text index (the content script passes the one
 * its highlights use, so the page's text is read once); without one, one is built.
 */
export function extractArticle(
  doc: Document,
  index: TextIndex | undefined = doc.body ? buildTextIndex(doc.body) : undefined,
): Article | null {
  const body = doc.body;
  if (!body || !index) return null;
  const container = findContainer(body, index);
  if (!container) return null;
  const blocks: ArticleBlock[] = [];
  let text = '';
  const push = (el: Element): void => {
    const c = collectText(el, index);
    const t = c.text;
    if (t.length < 2 || FURNITURE_TEXT.test(t) || CREDIT_LINE.test(t)) return;
    // Chart labels and stray fragments ("$915", "MONTHLY"): one or two words, no sentence.
    if (!/^h\d$/.test(el.localName) && t.split(' ').length <= 2 && !/[.!?:"”]$/.test(t)) return;
    // Lists of links (related stories, tags) are navigation even inside the body.
    if (c.linkChars > t.length * 0.6 && (el.localName === 'li' || t.length < 120)) return;
    if (text.length > 0) text += '\n\n';
    const start = text.length;
    text += t;
    for (const n of c.nodes) {
      n.start += start;
      n.end += start;
    }
    blocks.push({ start, end: text.length, tag: el.localName, element: el, nodes: c.nodes });
  };
  const walk = (el: Element): void => {
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
      if (isSkipped(c)) continue;
      const tag = c.localName;
      if (BLOCK_TAGS.has(tag) && !hasBlockChild(c)) push(c);
      else if (CAPTION_CLASS.test(c.getAttribute('class') ?? '') && !hasBlockChild(c)) push(c);
      else walk(c);
    }
  };
  walk(container);
  if (text.length < 200) return null;
  return { title: findTitle(doc, index), text, blocks };
}

function hasBlockChild(el: Element): boolean {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
    if (BLOCK_TAGS.has(c.localName) || c.localName === 'div' || hasBlockChild(c)) return true;
  }
  return false;
}

/** True if the paragraph sits in page furniture (checked on the path up to `body`). */
function inFurniture(p: Element, body: Element): boolean {
  let depth = 0;
  for (let el: Element | null = p; el && el !== body; el = el.parentElement, depth++) {
    if (isHardSkipped(el)) return true;
    // Class words only count near the text; see hasFurnitureClass.
    if (depth < 4 && hasFurnitureClass(el)) return true;
  }
  return false;
}

function findContainer(body: Element, index: TextIndex): Element | null {
  const scores = new Map<Element, number>();
  const totals = new Map<Element, number>();
  for (const p of Array.from(body.querySelectorAll('p, pre, blockquote'))) {
    const span = spanOfElement(index, p);
    const len = span ? span.end - span.start : 0;
    if (len < MIN_SCORED_CHARS || inFurniture(p, body)) continue;
    const commas = countCommas(index.text, span?.start ?? 0, span?.end ?? 0);
    const score = 1 + Math.min(len / 100, 3) + commas;
    let level = 0;
    for (let el = p.parentElement; el && level < 6; el = el.parentElement, level++) {
      const div = level === 0 ? 1 : level === 1 ? 2 : level * 3;
      scores.set(el, (scores.get(el) ?? 0) + score / div);
      totals.set(el, (totals.get(el) ?? 0) + len);
      if (el === body) break;
    }
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, s] of scores) {
    if (s > bestScore) {
      best = el;
      bestScore = s;
    }
  }
  if (!best) return null;
  // Bodies split over sibling columns (NYT) or folded into a "read more" box score each
  // part separately: climb (up to three levels) to an ancestor holding clearly more prose.
  const own = totals.get(best) ?? 0;
  let up: Element | null = best;
  for (let i = 0; i < 3; i++) {
    up = up.parentElement;
    if (!up || up === body.parentElement) break;
    if ((totals.get(up) ?? 0) >= own * 1.3) {
      // The nearest such ancestor: going higher picks up teasers for other stories.
      best = up;
      break;
    }
  }
  return best;
}

function countCommas(text: string, start: number, end: number): number {
  let count = 0;
  for (let at = text.indexOf(',', start); at >= 0 && at < end; at = text.indexOf(',', at + 1)) {
    count++;
  }
  return count;
}

function findTitle(doc: Document, index: TextIndex): string {
  const og = doc.querySelector('meta[property="og:title"]')?.getAttribute('content');
  const h1 = doc.querySelector('h1');
  const h1Span = h1 && !og ? spanOfElement(index, h1) : null;
  const raw = og || (h1Span && index.text.slice(h1Span.start, h1Span.end)) || doc.title || '';
  return raw.replace(/\s+/g, ' ').trim();
}
