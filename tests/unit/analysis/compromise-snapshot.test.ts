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
interface NetWorld {
  model: { two: { matches: object[] } };
  methods: {
    one: {
      buildNet(
        matches: object[],
        world: NetWorld,
      ): { hooks: Record<string, object[]>; always: object[] };
    };
  };
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
      tags: new Set(['Noun', 'Verb']),
      nested: [new Set([new Set(['a']), 'b'])],
    };
    const { json, fixes } = takeSnapshot(model, [['one', 'lexicon']]);
    const back = restoreSnapshot(json, fixes) as typeof model;
    expect(isDeepStrictEqual(back, model)).toBe(true);
    expect('gap' in back.two).toBe(true);
    expect(back.two.patterns[0]![0]).toBeInstanceOf(RegExp);
    expect(back.aliasA).toBe(back.aliasB);
    expect(back.tags).toBeInstanceOf(Set);
    expect([...back.nested[0]!][0]).toBeInstanceOf(Set);
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
  let stockNet: ReturnType<NetWorld['methods']['one']['buildNet']> | undefined;

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
    // compromise parses its patterns into a net, writing the parsed form into its model, the
    // first time it tags (the snapshot is taken after that): have the stock tagger do so too,
    // and keep the net it builds.
    const world = stock.world() as unknown as NetWorld;
    const buildNet = world.methods.one.buildNet;
    world.methods.one.buildNet = (matches, w) => (stockNet = buildNet(matches, w));
    stock('The mayor said it might rain.');
    world.methods.one.buildNet = buildNet;
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

  it('hands compromise its pattern net ready-made, equal to the one it would build', () => {
    const b = baked.world() as unknown as NetWorld;
    const ready = b.methods.one.buildNet(b.model.two.matches, b);
    expect(b.methods.one.buildNet(b.model.two.matches, b)).toBe(ready);
    const built = stockNet!;
    expect(Object.keys(ready.hooks).length).toBeGreaterThan(500);
    expect(isDeepStrictEqual(ready, built)).toBe(true);
    // Its entries are the model's own patterns, not copies.
    const first = Object.values(ready.hooks)[0]![0];
    expect(b.model.two.matches).toContain(first);
    // Any other list of patterns is still parsed as compromise parses it.
    const other = b.methods.one.buildNet([{ match: 'the #Noun' }], b);
    expect(other).not.toBe(ready);
    expect(Object.keys(other.hooks).sort()).toEqual(['#Noun', 'the']);
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
