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
    const span = articleSpanInIndex(article, index, at(phrase));
    expect(span).not.toBeNull();
    expect(index.text.slice(span!.start, span!.end)).toBe(phrase);
  });

  it('refuses a span that runs over the gap between two blocks', () => {
    const start = article.text.indexOf('a month.');
    const end = article.text.indexOf('Union') + 5;
    expect(articleSpanInIndex(article, index, { start, end })).toBeNull();
  });
});
