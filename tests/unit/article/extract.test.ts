import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { boundaryPointsFromSpan, buildTextIndex } from '../../../utils/anchoring/text-index';
import { articleSpanInIndex, extractArticle, isLikelyArticle } from '../../../utils/article';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'analysis');
const load = (name: string): Document =>
  parseHTML(readFileSync(join(FIXTURES, name), 'utf8')).document;
const page = (body: string, head = ''): Document =>
  parseHTML(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`).document;
/** The DOM text an article span stands for, found through the page's text index. */
function domTextOf(doc: Document, phrase: string, last = false): string | undefined {
  const index = buildTextIndex(doc.body);
  const a = extractArticle(doc, index);
  const at = last ? (a?.text.lastIndexOf(phrase) ?? -1) : (a?.text.indexOf(phrase) ?? -1);
  const span = a && at >= 0 ? articleSpanInIndex(a, { start: at, end: at + phrase.length }) : null;
  const points = span && boundaryPointsFromSpan(index, span);
  if (!points || points.startContainer !== points.endContainer) return undefined;
  return points.startContainer.data.slice(points.startOffset, points.endOffset);
}

const prose = (n: number): string =>
  Array.from(
    { length: n },
    (_, i) =>
      `<p>Paragraph ${i + 1} tells the story at length, with enough words, commas, and detail to count as prose.</p>`,
  ).join('');

describe('extractArticle', () => {
  const doc = load('harbour-strike.html');
  const article = extractArticle(doc);

  it('takes the title and the body text, blocks joined by blank lines', () => {
    expect(article?.title).toBe('Dock workers walk out as port talks stall');
    const text = article?.text ?? '';
    expect(
      text.startsWith('Dock workers walk out as port talks stall\n\nThousands of dock workers'),
    ).toBe(true);
    for (const b of article?.blocks ?? [])
      expect(text.slice(b.start, b.end)).toBe(
        b.element.textContent
          ?.replace(/\s+/g, ' ')
          .trim()
          .replace(/ Photo: Courier staff$/, ''),
      );
  });

  it.each([
    ['navigation', 'Sport'],
    ['the byline', 'By Staff Reporter'],
    ['the photo credit', 'Photo: Courier staff'],
    ['promos', 'morning newsletter'],
    ['related links', 'Ferry fares'],
    ['comments', 'management should pay up'],
    ['the footer', 'syndication'],
    ['scripts', 'tracking'],
  ])('skips %s', (_what, needle) => {
    expect(article?.text).not.toContain(needle);
  });

  it('keeps captions, which are article text', () => {
    expect(article?.text).toContain('Idle cranes at the Eastmere container terminal on Tuesday.');
  });

  it.each([
    ['a paper’s credit in brackets', '(Register photo: Ines Varga)'],
    ['a credit with "by"', 'Chronicle photo by Ines Varga'],
    ['a bare credit after the sentence', 'Chronicle photo'],
    ['an agency credit', '(AP Photo/Ines Varga)'],
  ])('drops %s from a caption and keeps the caption', (_what, credit) => {
    const caption = 'A snowplow clears the bridge on Tuesday morning.';
    const a = extractArticle(
      page(
        `<article><figure><figcaption>${caption} ${credit}</figcaption></figure>${prose(3)}</article>`,
      ),
    );
    expect(a?.text).toContain(caption);
    expect(a?.text).not.toContain(credit);
  });

  it('maps article offsets back to DOM text nodes', () => {
    expect(domTextOf(load('harbour-strike.html'), 'Marta Sandoval')).toBe('Marta Sandoval');
  });

  it('maps offsets through collapsed whitespace and inline elements', () => {
    const body = `<article>${prose(3)}<p>  Rain   fell <b>hard</b>\n  on   the <i>old</i>  pier. </p></article>`;
    const a = extractArticle(page(body));
    const block = a?.blocks[a.blocks.length - 1];
    expect(a && block ? a.text.slice(block.start, block.end) : '').toBe(
      'Rain fell hard on the old pier.',
    );
    for (const word of ['Rain', 'fell', 'hard', 'on', 'the', 'old', 'pier']) {
      expect(domTextOf(page(body), word, true)).toBe(word);
    }
  });

  it('does not drop a whole article whose wrapper carries taxonomy classes', () => {
    const d = page(
      `<article class="post tag-share category-ads"><div class="entry">${prose(6)}</div></article>`,
    );
    expect(extractArticle(d)?.blocks.length).toBe(6);
  });

  it('keeps the rest of a story folded into a "read more" container', () => {
    const d = page(
      `<div class="story-body">${prose(3)}<div id="read-more"><div id="read-more-content">${prose(5)}</div></div></div>`,
    );
    expect(extractArticle(d)?.blocks.length).toBe(8);
  });

  it('drops chart labels and one-word fragments but keeps headings', () => {
    const d = page(
      `<article><h2>Background</h2>${prose(4)}<div><p>$915</p><p>billion</p><p>MONTHLY</p></div></article>`,
    );
    const text = extractArticle(d)?.text ?? '';
    expect(text).toContain('Background');
    expect(text).not.toMatch(/\$915|MONTHLY/);
  });

  it('joins a body split over sibling columns', () => {
    const d = page(
      `<div class="story"><div class="col">${prose(3)}</div><div class="col">${prose(3)}</div></div><div class="sidebar">${prose(1)}</div>`,
    );
    expect(extractArticle(d)?.blocks.length).toBe(6);
  });

  it('returns null when there is no prose', () => {
    expect(extractArticle(load('search-results.html'))).toBeNull();
  });
});

describe('isLikelyArticle', () => {
  it.each([
    ['a news article', load('harbour-strike.html'), true],
    ['search results', load('search-results.html'), false],
    ['a long undeclared essay', page(prose(16)), true],
    [
      'a home page of teaser cards',
      page(
        Array.from(
          { length: 12 },
          (_, i) =>
            `<div class="card"><h3>Story ${i}</h3><p>A teaser for story ${i} that runs on for long enough to look like a paragraph of prose.</p></div>`,
        ).join(''),
      ),
      false,
    ],
    ['a web app', page(`<div role="application">${prose(8)}</div>`), false],
    [
      'an editor',
      page(
        `${prose(3)}<textarea></textarea><div contenteditable="true"></div><textarea></textarea>`,
      ),
      false,
    ],
  ])('%s', (_what, doc, expected) => {
    expect(isLikelyArticle(doc)).toBe(expected);
  });
});
