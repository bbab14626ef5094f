import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import nlp from 'compromise/two';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compromiseSnapshot } from '../../../scripts/build/compromise-snapshot';
import { restoreSnapshot, takeSnapshot } from '../../../utils/analysis/model-snapshot';

interface Term {
  pre: string;
  text: string;
  post: string;
  tags: Set<string>;
}
interface World {
  model: object;
  hooks: string[];
  compute: object;
  methods: Record<string, object>;
}
type Nlp = ((text: string) => { document: Term[][] }) & { world(): World };

const stock = nlp as unknown as Nlp;

/** Every word of the text as compromise tags it: text, punctuation and sorted tags. */
const tagged = (tagger: Nlp, text: string) =>
  tagger(text).document.flatMap((terms) =>
    terms.map((t) => `${t.pre}|${t.text}|${t.post}|${[...t.tags].sort().join(',')}`),
  );

describe('model snapshots', () => {
  it('read back regular expressions, undefined keys, shared objects and grouped tables', () => {
    const shared = ['Noun', 'Singular'];
    const model = {
      one: { lexicon: { cat: 'Noun', dog: 'Noun', run: ['Verb', 'Noun'], 'a|b': 'Odd' } },
      two: {
        patterns: [
          [/ing$/i, 'Gerund'],
          [/^un/, 'Adjective'],
        ],
        gap: undefined,
      },
      aliasA: shared,
      aliasB: shared,
      n: [0, -3.5, true, null, 'text'],
    };
    const { json, fixes } = takeSnapshot(model, [['one', 'lexicon']]);
    const back = restoreSnapshot(json, fixes) as typeof model;
    expect(isDeepStrictEqual(back, model)).toBe(true);
    expect('gap' in back.two).toBe(true);
    expect(back.two.patterns[0]![0]).toBeInstanceOf(RegExp);
    expect(back.aliasA).toBe(back.aliasB);
    // A key holding the usual mark ("|") makes the table use another.
    expect(fixes.grouped[0]![1]).not.toBe('|');
  });

  it('refuse what they could not read back', () => {
    expect(() => takeSnapshot({ f: () => 1 })).toThrow(/function.*at f/);
    expect(() => takeSnapshot({ n: { x: NaN } })).toThrow(/NaN.*at n\.x/);
    expect(() => takeSnapshot({ when: new Date(0) })).toThrow(/plain objects/);
    expect(() => takeSnapshot({ t: { a: 1 } }, [['t']])).toThrow(/strings or lists/);
  });

  it("hold compromise's whole model", () => {
    const { model } = stock.world();
    const { json, fixes } = takeSnapshot(model, [['one', 'lexicon']]);
    expect(isDeepStrictEqual(restoreSnapshot(json, fixes), model)).toBe(true);
  });
});

describe('compromise read from its snapshot (as the extension builds it)', () => {
  let dir: string;
  let baked: Nlp;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'claimlight-snapshot-'));
    const entry = join(dir, 'entry.js');
    writeFileSync(entry, "import nlp from 'compromise/two';\nexport default nlp;\n");
    // The extension's own Vite plugin, bundled into one file with its own copy of
    // compromise's modules: the stock tagger imported above is not shared with it.
    await build({
      configFile: false,
      logLevel: 'silent',
      plugins: [compromiseSnapshot()],
      ssr: { noExternal: true },
      build: {
        ssr: entry,
        outDir: join(dir, 'out'),
        rollupOptions: { output: { entryFileNames: 'baked.mjs' } },
      },
    });
    baked = ((await import(pathToFileURL(join(dir, 'out', 'baked.mjs')).href)) as { default: Nlp })
      .default;
  }, 120_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is a different copy with the same world', () => {
    expect(baked).not.toBe(stock);
    const [b, s] = [baked.world(), stock.world()];
    expect(b.hooks).toEqual(s.hooks);
    expect(Object.keys(b.compute).sort()).toEqual(Object.keys(s.compute).sort());
    const names = (w: World) =>
      Object.entries(w.methods).map(([k, v]) => [k, Object.keys(v).sort()]);
    expect(names(b)).toEqual(names(s));
    expect(isDeepStrictEqual(b.model, s.model)).toBe(true);
  });

  it('tags every held-out-style article word for word as compromise/two does', () => {
    const folder = 'tests/fixtures/analysis/heldout-style/pages';
    const pages = readdirSync(folder).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(100);
    let words = 0;
    for (const page of pages) {
      const text = readFileSync(join(folder, page), 'utf8').replace(/<[^>]+>/g, ' ');
      const expected = tagged(stock, text);
      expect(tagged(baked, text), page).toEqual(expected);
      words += expected.length;
    }
    expect(words).toBeGreaterThan(25_000);
  });
});
