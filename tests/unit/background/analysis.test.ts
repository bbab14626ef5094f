import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AnalysisCache, textHash } from '../../../entrypoints/background/analysis-cache';
import { createHandlers } from '../../../entrypoints/background/handlers';
import { speakerOfPassage } from '../../../entrypoints/background/passage-facts';
import type { AnalysisResult } from '../../../utils/analysis/types';
import { analyze } from '../../../utils/analysis/analyze';
import { ClaimlightDatabase } from '../../../utils/db/database';
import { sampleDraft } from '../sample-annotation';

const PAGE = 'https://news.example.org/2026/harbour-wall';
const TEXT = [
  'Mayor Teodor Brask said the wall would protect 38,000 residents.',
  'Dr. Mirela Osei, a coastal engineer, warned that the wall alone may not be enough.',
  'Work starts in 2027.',
].join('\n\n');

describe('AnalysisCache', () => {
  it('computes once per URL and text, and forgets the least recently used', () => {
    const cache = new AnalysisCache(2);
    let runs = 0;
    const compute = () => {
      runs++;
      return { statements: [], figures: [] };
    };
    cache.get('a', 'x', compute);
    cache.get('a', 'x', compute);
    expect(runs).toBe(1);
    cache.get('a', 'y', compute);
    cache.get('b', 'x', compute);
    expect(runs).toBe(3);
    cache.get('a', 'x', compute); // evicted by the two newer entries
    expect(runs).toBe(4);
    expect(cache.latest('b')).toBeDefined();
  });

  it('calls the most recently asked-for analysis of a page its latest, cached or not', () => {
    const cache = new AnalysisCache(4);
    const whole = cache.get('u', 'opening. rest', () => analyze('Ann Roe said it. Bo Li said so.'));
    const opening = cache.get('u', 'opening.', () => analyze('Ann Roe said it.'));
    expect(cache.latest('u')).toBe(opening);
    expect(cache.get('u', 'opening. rest', () => analyze('never'))).toBe(whole);
    expect(cache.latest('u')).toBe(whole);
  });

  it('hashes different texts differently', () => {
    expect(textHash('the wall')).not.toBe(textHash('the wail'));
    expect(textHash('abc')).toBe(textHash('abc'));
  });
});

describe('speakerOfPassage', () => {
  const analysis: AnalysisResult = {
    statements: [
      {
        text: 'Brask said the wall would protect 38,000 residents.',
        start: 0,
        end: 51,
        label: 'reported',
        attributed: true,
        speaker: 'Teodor Brask',
        quote: false,
        cues: ['said'],
      },
      {
        text: 'Work starts in 2027.',
        start: 53,
        end: 73,
        label: null,
        attributed: false,
        speaker: null,
        quote: false,
        cues: [],
      },
    ],
    figures: [],
  };
  it.each([
    ['a part of an attributed sentence', 'the wall would\n protect', 'Teodor Brask'],
    [
      'a passage spanning the whole sentence and more',
      'Brask said the wall would protect 38,000 residents. Work',
      'Teodor Brask',
    ],
    ['a sentence without a source', 'starts in 2027', null],
    ['text that is not in any sentence', 'flood insurance', null],
    ['a passage too short to tell', 'a', null],
  ])('%s', (_name, exact, speaker) => {
    expect(speakerOfPassage(analysis, exact)).toBe(speaker);
  });
});

describe('createAnnotation after the page was analysed', () => {
  let db: ClaimlightDatabase;
  beforeEach(() => {
    db = new ClaimlightDatabase(`test-${crypto.randomUUID()}`);
  });
  afterEach(async () => {
    await db.delete();
  });

  it("records the passage's speaker and the page's people", async () => {
    const handlers = createHandlers(db);
    const scope = { kind: 'content-script', pageUrl: PAGE, tabId: 7 } as const;
    const analysed = await handlers.analyzeArticle({ url: PAGE, text: TEXT, blocks: [] }, scope);
    expect(analysed.ok).toBe(true);
    const created = await handlers.createAnnotation(sampleDraft({ url: PAGE }), scope);
    if (!created.ok) throw new Error(created.error);
    expect(created.value.speaker).toBe('Mirela Osei');
    const page = await db.pages.get(PAGE);
    expect(page?.figures?.map((f) => f.name)).toEqual(
      expect.arrayContaining(['Teodor Brask', 'Mirela Osei']),
    );
  });

  it('refuses to analyse another page', async () => {
    const handlers = createHandlers(db);
    const result = await handlers.analyzeArticle(
      { url: 'https://elsewhere.example/', text: TEXT, blocks: [] },
      { kind: 'content-script', pageUrl: PAGE, tabId: 7 },
    );
    expect(result.ok).toBe(false);
  });
});
