import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { buildTextIndex } from '../../../utils/anchoring/text-index';
import { extractArticle } from '../../../utils/article/extract';
import { articleSpanInIndex } from '../../../utils/article/index-span';

/** A page written for this test: navigation, an article with inline markup, a footer. */
const PAGE = `<!doctype html><html><body>
  <nav><a href="/">Home</a> <a href="/world">World</a></nav>
  <article>
    <h1>Ferry operator   cuts winter crossings</h1>
    <p>The operator said on Friday that it would run <em>three</em> crossings a day
       instead of five, citing fuel costs of <b>$2.1 million</b> a month.</p>
    <p>Union leader Marta Quist warned that the cuts could strand
       island residents for days if storms close the harbour.</p>
    <p>Passenger numbers fell by 12% last winter, according to port figures, and the
       operator expects a similar drop this year.</p>
  </article>
  <footer>Contact us</footer>
</body></html>`;

describe('articleSpanInIndex', () => {
  const { document } = parseHTML(PAGE);
  const article = extractArticle(document as unknown as Document)!;
  const index = buildTextIndex(document.body as unknown as Element);
  const at = (phrase: string) => {
    const start = article.text.indexOf(phrase);
    return { start, end: start + phrase.length };
  };

  it.each([
    ['a phrase inside one text node', 'Union leader Marta Quist'],
    ['a phrase across inline markup', 'run three crossings a day instead of five'],
    ['a phrase across a source line break', 'could strand island residents'],
    ['a figure in bold', '$2.1 million'],
    [
      'a whole block',
      'Passenger numbers fell by 12% last winter, according to port figures, and the operator expects a similar drop this year.',
    ],
  ])('maps %s to the same text in the page index', (_name, phrase) => {
    const span = articleSpanInIndex(article, at(phrase));
    expect(span).not.toBeNull();
    expect(index.text.slice(span!.start, span!.end)).toBe(phrase);
  });

  it('refuses an end that falls in the gap between two blocks', () => {
    const start = article.text.indexOf('a month.');
    const gap = start + 'a month.'.length + 1; // inside the blank line after the block
    expect(article.text[gap]).toBe('\n');
    expect(articleSpanInIndex(article, { start, end: gap })).toBeNull();
  });

  it('maps spans across a line break and a soft hyphen onto the right page characters', () => {
    const { document: doc } = parseHTML(
      `<!doctype html><html><body><article>${'<p>Filler prose for the article detector, long enough to count as a paragraph of news.</p>'.repeat(3)}
      <p>The harbour master said the break\u00adwater held<br>until the second storm arrived.</p></article></body></html>`,
    );
    const page = buildTextIndex(doc.body as unknown as Element);
    const a = extractArticle(doc as unknown as Document, page)!;
    expect(a.text).toContain('the breakwater held until the second');
    const phrase = 'breakwater held until the second';
    const start = a.text.indexOf(phrase);
    const span = articleSpanInIndex(a, { start, end: start + phrase.length })!;
    // The page itself has the soft hyphen and no space where the <br> is.
    expect(page.text.slice(span.start, span.end)).toBe('break\u00adwater helduntil the second');
  });
});
