import { buildTextIndex, spanOfElement, type TextIndex } from '../anchoring/text-index';
import { BLOCK_TAGS, PHRASING, paragraphs } from './prose';
import { hasFurnitureClass, isHardSkipped, isSkipped } from './skip';
import { collectText } from './text-collect';
import type { Article, ArticleBlock } from './types';

/** Captions are article text (they often carry a claim); their photo credits are not. */
const CAPTION_CLASS = /(?:^|[\s_-])(?:\w+-)?caption(?:-text|__text)?(?:$|\s)/i;

/** Credits, captions, bylines and boilerplate that sit in ordinary paragraphs on some sites. */
const FURNITURE_TEXT =
  /^(?:image (?:copyright|caption)|photo(?:graph)?:|\(?(?:ap|afp|reuters|getty) (?:photo|images)|follow us|sign up|subscribe|advertisement|share this|read more|related\b|more on this|you may also|most (?:read|popular)|top stories|click here|copyright ©|all rights reserved|this story has been shared|supported by|(?:additional )?(?:report|writ|edit)ing by|(?:this (?:article|story)\W+(?:\w+\W+){0,3})?(?:originally|first) (?:published|appeared))/i;

/** Photo credits on their own line: "(Jane Doe / The Daily Planet)". */
const CREDIT_LINE = /^\([^()]{2,80}\/[^()]{2,80}\)$/;

/**
 * A credit ending a block, mostly a caption: "… Photograph: Jane Doe/Reuters", "(AP
 * Photo/X)", "(Register photo: Jane Doe)", "Chronicle photo by Jane Doe", "… last week.
 * Chronicle photo".
 */
const CREDIT_TAIL =
  / (?:\((?:\S+ ){0,3}(?:[Pp]hoto|Image)[^()]*\)|(?:Photo(?:graph)?|Image|Credit): .*|(?:[A-Z]\S* ){0,3}[Pp]hoto [Bb]y [A-Z].*|(?<=[.!?] )\S+ photo)$/;

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
  /**
   * One block: a whole element, or (`from`…`until`) a run of text and inline elements
   * inside a container, as on sites that set paragraphs as bare `<div>`s or between
   * `<br>`s. A run is kept only if it ends like a sentence: bare text around a page is
   * mostly datelines, bylines and labels.
   */
  const push = (el: Element, from?: ChildNode, until?: ChildNode | null): void => {
    const c = collectText(el, index, from, until);
    let t = c.text;
    const credit = CREDIT_TAIL.exec(t);
    if (credit) {
      t = t.slice(0, credit.index);
      c.nodes = c.nodes.filter((n) => n.start < t.length);
    }
    if (t.length < 2 || FURNITURE_TEXT.test(t) || CREDIT_LINE.test(t)) return;
    // Chart labels and stray fragments ("$915", "MONTHLY"): one or two words, no sentence.
    if (
      (from || (!/^h\d$/.test(el.localName) && t.split(' ').length < 3)) &&
      !/[.!?:"”’)]$/.test(t)
    )
      return;
    // Lists of links (related stories, tags) are navigation even inside the body.
    if (c.linkChars > t.length * 0.6 && (from || el.localName === 'li' || t.length < 120)) return;
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
    let run: ChildNode | undefined;
    for (let n = el.firstChild; ; n = n!.nextSibling) {
      const c = n as Element;
      // 1: text or an inline element, gathered into a run; 2: a block; 0: a container.
      const kind =
        n?.nodeType !== 1
          ? +!!n
          : BLOCK_TAGS.has(c.localName) || CAPTION_CLASS.test(c.getAttribute('class')!)
            ? 2 * +!hasBlockChild(c)
            : +(PHRASING.has(c.localName) && !hasBlockChild(c));
      if (kind === 1) {
        run ??= n!;
        continue;
      }
      if (run) push(el, run, n);
      run = undefined;
      if (!n) return;
      // A link holding blocks is a teaser card for another story.
      if (isSkipped(c) || c.localName === 'a') continue;
      if (kind) push(c);
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

/**
 * True if the paragraph sits in page furniture (checked on the path up to `body`).
 * `hardSkipped` remembers each ancestor's verdict: paragraphs of one story share them all.
 */
function inFurniture(p: Element, body: Element, hardSkipped: Map<Element, boolean>): boolean {
  let depth = 0;
  for (let el: Element | null = p; el && el !== body; el = el.parentElement, depth++) {
    let hard = hardSkipped.get(el);
    if (hard === undefined) hardSkipped.set(el, (hard = isHardSkipped(el)));
    if (hard) return true;
    // Class words only count near the text; see hasFurnitureClass.
    if (depth < 4 && hasFurnitureClass(el)) return true;
  }
  return false;
}

function findContainer(body: Element, index: TextIndex): Element | null {
  const scores = new Map<Element, number>();
  const totals = new Map<Element, number>();
  const found = paragraphs(body, index);
  const hardSkipped = new Map<Element, boolean>();
  for (const [p, [len, commas]] of found) {
    // Paragraphs inside links are teasers for other stories.
    if (len! < MIN_SCORED_CHARS || inFurniture(p, body, hardSkipped) || p.closest('a')) continue;
    const score = 1 + Math.min(len! / 100, 3) + commas!;
    // Only paragraphs with a paragraph beside them count as running text when looking
    // for a split body: teaser cards hold one each.
    const running = found.has(p.previousElementSibling!) || found.has(p.nextElementSibling!);
    let level = 0;
    for (let el = p.parentElement; el && level < 6; el = el.parentElement, level++) {
      const div = level === 0 ? 1 : level === 1 ? 2 : level * 3;
      scores.set(el, (scores.get(el) ?? 0) + score / div);
      if (running) totals.set(el, (totals.get(el) ?? 0) + len!);
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
    if ((totals.get(up) ?? 0) >= own * 1.2) {
      // The nearest such ancestor: going higher picks up teasers for other stories.
      best = up;
      break;
    }
  }
  return best;
}

function findTitle(doc: Document, index: TextIndex): string {
  const og = doc.querySelector('meta[property="og:title"]')?.getAttribute('content');
  const h1 = doc.querySelector('h1');
  const h1Span = h1 && !og ? spanOfElement(index, h1) : null;
  const raw = og || (h1Span && index.text.slice(h1Span.start, h1Span.end)) || doc.title || '';
  return raw.replace(/\s+/g, ' ').trim();
}
