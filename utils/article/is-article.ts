import { buildTextIndex, type TextIndex } from '../anchoring/text-index';
import { paragraphs } from './prose';

/**
 * Cheap check, run before any extraction, that a page is an article worth analysing.
 * Search results, inboxes, home pages and web apps have little running prose, lots of
 * controls, teasers in separate cards rather than paragraphs side by side, and do not
 * describe themselves as articles in their metadata. Paragraph lengths come from the
 * page's text index (built here when the caller has none).
 */
export function isLikelyArticle(
  doc: Document,
  index: TextIndex | undefined = doc.body ? buildTextIndex(doc.body) : undefined,
): boolean {
  const body = doc.body;
  if (!body || !index) return false;
  if (body.querySelector('[role="application"]')) return false;
  const declared = declaresArticle(doc);
  let prose = 0;
  let long = 0;
  // Paragraphs of one story sit side by side; teasers each sit in their own card.
  const siblings = new Map<Element, number>();
  let together = 0;
  let seen = 0;
  for (const [p, [len]] of paragraphs(body, index)) {
    // A few hundred paragraphs are plenty to decide; never look at every one of a huge app page.
    // Undeclared pages need real <p>s: web apps set their messages and cards as bare divs.
    if (len! < 40 || (!declared && p.localName !== 'p') || p.closest('a')) continue;
    if (++seen > 300) break;
    prose += len!;
    if (len! < 80) continue;
    long++;
    const parent = p.parentElement;
    if (parent) {
      const n = (siblings.get(parent) ?? 0) + 1;
      siblings.set(parent, n);
      together = Math.max(together, n);
    }
  }
  const editable = body.querySelectorAll('[contenteditable="true"], textarea').length;
  if (editable > 2 && !declared) return false;
  if (declared) return long >= 2 && prose >= 250;
  return long >= 5 && prose >= 1500 && together >= 3;
}

function declaresArticle(doc: Document): boolean {
  const og = doc.querySelector('meta[property="og:type"]')?.getAttribute('content') ?? '';
  if (/article/i.test(og)) return true;
  if (doc.querySelector('[itemprop="articleBody"], article')) return true;
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    const json = s.textContent ?? '';
    if (/"@type"\s*:\s*"(?:News|Reportage|Analysis|Opinion)?Article"|"BlogPosting"/.test(json))
      return true;
  }
  return false;
}
