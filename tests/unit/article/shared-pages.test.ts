import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractArticle, isLikelyArticle } from '../../../utils/article';

/** The saved news pages of ../shared (test input only; absent from a fresh clone). */
const PAGES = join(import.meta.dirname, '..', '..', '..', '..', 'shared', 'pages');
const present = existsSync(PAGES);
if (!present) console.log(`skipping shared-pages tests: ${PAGES} not found`);

describe.skipIf(!present)('every saved news page yields an article', () => {
  const files = present ? readdirSync(PAGES).filter((f) => f.endsWith('.html')) : [];
  it.each(files)('%s', (file) => {
    const { document } = parseHTML(readFileSync(join(PAGES, file), 'utf8'));
    expect(isLikelyArticle(document)).toBe(true);
    const article = extractArticle(document);
    expect(article?.blocks.length ?? 0).toBeGreaterThan(3);
    expect(article?.text.length ?? 0).toBeGreaterThan(1000);
  });
});
