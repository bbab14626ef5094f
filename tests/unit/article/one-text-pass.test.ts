import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { afterEach, describe, expect, it } from 'vitest';
import { buildTextIndex } from '@/utils/anchoring/text-index';
import { extractArticle, isLikelyArticle } from '@/utils/article';
import { articleSpanInIndex } from '@/utils/article/index-span';

const FIXTURE = join(
  import.meta.dirname,
  '..',
  '..',
  'fixtures',
  'analysis',
  'harbour-strike.html',
);

/** Counts how often each Text node's characters are read, by wrapping the `data` getter. */
function countTextReads(doc: Document): { reads: Map<Node, number>; restore: () => void } {
  const sample = doc.createTextNode('x');
  let proto: object | null = Object.getPrototypeOf(sample) as object;
  while (proto && !Object.getOwnPropertyDescriptor(proto, 'data')) {
    proto = Object.getPrototypeOf(proto) as object | null;
  }
  const owner = proto as object;
  const original = Object.getOwnPropertyDescriptor(owner, 'data')!;
  const reads = new Map<Node, number>();
  Object.defineProperty(owner, 'data', {
    ...original,
    get(this: Node) {
      reads.set(this, (reads.get(this) ?? 0) + 1);
      return original.get!.call(this) as string;
    },
  });
  return { reads, restore: () => Object.defineProperty(owner, 'data', original) };
}

describe('one text pass for the whole page', () => {
  let restore = () => undefined as void;
  afterEach(() => restore());

  it('reads each Text node once: the index, the article check and the extraction share it', () => {
    const { document } = parseHTML(readFileSync(FIXTURE, 'utf8'));
    const doc = document as unknown as Document;
    const counter = countTextReads(doc);
    restore = counter.restore;
    const index = buildTextIndex(doc.body);
    expect(isLikelyArticle(doc, index)).toBe(true);
    const article = extractArticle(doc, index);
    counter.restore();
    expect(article?.text.length).toBeGreaterThan(500);
    const readTwice = [...counter.reads.values()].filter((n) => n > 1);
    expect(counter.reads.size).toBeGreaterThan(20);
    expect(readTwice).toEqual([]);
  });

  it('maps every article block onto the same characters of that index', () => {
    const { document } = parseHTML(readFileSync(FIXTURE, 'utf8'));
    const doc = document as unknown as Document;
    const index = buildTextIndex(doc.body);
    const article = extractArticle(doc, index)!;
    for (const block of article.blocks) {
      const span = articleSpanInIndex(article, block);
      expect(span && index.text.slice(span.start, span.end)).toBe(
        article.text.slice(block.start, block.end),
      );
    }
  });
});
