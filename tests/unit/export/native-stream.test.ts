import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NativeRecordSplitter, NotStreamable } from '@/utils/export/native-stream';
import { toNativeExport } from '@/utils/export/native';
import { sampleAnnotation } from '../sample-annotation';

interface Split {
  records: unknown[];
  envelope: Record<string, unknown>;
}

/** Feeds `text` to a splitter in pieces of the given sizes (cycled); throws what it throws. */
function split(text: string, sizes: readonly number[] = [text.length || 1]): Split {
  const records: unknown[] = [];
  const splitter = new NativeRecordSplitter((batch, first) => {
    expect(first).toBe(records.length);
    records.push(...batch);
  });
  for (let at = 0, k = 0; at < text.length; k++) {
    const size = Math.max(1, sizes[k % sizes.length]!);
    splitter.push(text.slice(at, at + size));
    at += size;
  }
  const envelope = splitter.end();
  expect(splitter.records).toBe(records.length);
  return { records, envelope };
}

/** What JSON.parse makes of the same text (after the one byte order mark both paths drop). */
function parsed(text: string): { annotations: unknown[] } & Record<string, unknown> {
  return JSON.parse(text.replace(/^\uFEFF/, '')) as { annotations: unknown[] };
}

function expectSameAsJsonParse(text: string, sizes?: readonly number[]) {
  const whole = parsed(text);
  const result = split(text, sizes);
  expect(result.records).toEqual(whole.annotations);
  expect(result.envelope).toEqual({ ...whole, annotations: [] });
}

const file = (annotations: unknown[], extra: Record<string, unknown> = {}) => ({
  format: 'claimlight',
  version: 1,
  exportedAt: '2026-01-01T00:00:00.000Z',
  annotations,
  ...extra,
});

const many = Array.from({ length: 40 }, (_, i) =>
  sampleAnnotation({
    id: `rec-${i}`,
    note: i % 3 ? `quote "${i}" \\ back\\slash, {brace} [bracket] \u00e9\u{1F600}` : '',
  }),
);

describe('NativeRecordSplitter', () => {
  it.each([1, 2, 3, 7, 64, 1000, 1_000_000])(
    'finds every record of an export read %i characters at a time',
    (size) => {
      expectSameAsJsonParse(JSON.stringify(toNativeExport(many)), [size]);
      expectSameAsJsonParse(JSON.stringify(toNativeExport(many), null, 2), [size]);
    },
  );

  it.each<[string, string]>([
    ['an empty records array', JSON.stringify(file([]))],
    ['records first', '{"annotations":[1,2],"format":"claimlight"}'],
    ['records of every JSON kind', '{"annotations":[1, "a,]", null, [[]], {"x":[{}]}, -2e3]}'],
    ['whitespace everywhere', ' \r\n{ "annotations" :\t[ {"a" : 1 } ,\n{ } ] , "b" : [ ] }\n '],
    ['an escaped key', '{"annot\\u0061tions":[{"n":1}],"x":"annotations"}'],
    [
      '"annotations" as a value and nested key',
      '{"a":"annotations","b":{"annotations":[1]},"annotations":[2]}',
    ],
    ['escapes at the end of strings', '{"annotations":["\\\\","\\"","\\\\\\"",{"k\\"":"\\\\"}]}'],
    ['a byte order mark', '\uFEFF{"annotations":[{"a":"\uFEFF"}]}'],
  ])('reads %s as JSON.parse does', (_, text) => {
    for (const size of [1, 2, 5, text.length]) expectSameAsJsonParse(text, [size]);
  });

  it.each<[string, string]>([
    ['an empty file', ''],
    ['an array', '[{"annotations":[]}]'],
    ['no records array', '{"format":"claimlight"}'],
    ['records that are not an array', '{"annotations":{"0":{}}}'],
    ['two records arrays', '{"annotations":[1],"annotations":[2]}'],
    ['a trailing comma', '{"annotations":[1,2,]}'],
    ['a leading comma', '{"annotations":[,1]}'],
    ['two commas', '{"annotations":[1,,2]}'],
    ['a missing comma', '{"annotations":[{"a":1}{"b":2}]}'],
    ['a missing comma between scalars', '{"annotations":[1 2]}'],
    ['mismatched brackets', '{"annotations":[{"a":1]}]}'],
    ['an unterminated string', '{"annotations":["abc]}'],
    ['a cut file', '{"annotations":[{"a":1},{"b"'],
    ['text after the object', '{"annotations":[]} x'],
    ['a second object', '{"annotations":[]}{}'],
    ['a bad envelope', '{"annotations":[], "format": claimlight}'],
    ['a raw control character in a record', '{"annotations":["a\u0001b"]}'],
    ['a bad escape in a key', '{"annot\\xations":[]}'],
    ['two byte order marks', '\uFEFF\uFEFF{"annotations":[]}'],
    ['no-break space between records', '{"annotations":[1,\u00a02]}'],
    ['a later "annotations" key that is not an array', '{"annotations":[],"annotations":0}'],
    ['a later "annotations" key that is an object', '{"annotations":[1],"annotations":{}}'],
  ])('gives up on %s', (_, text) => {
    for (const size of [1, 3, text.length || 1]) {
      expect(() => split(text, [size])).toThrow(NotStreamable);
    }
  });

  it('gives up on a record larger than any export holds', () => {
    const huge = JSON.stringify(file([{ note: 'x'.repeat(5_000_000) }]));
    expect(() => split(huge, [65_536])).toThrow(NotStreamable);
  });

  it('gives up on a file longer than the limit it is given', () => {
    const splitter = new NativeRecordSplitter(() => undefined, 10);
    expect(() => splitter.push('{"annotations":[]}')).toThrow(NotStreamable);
  });

  // The property that makes it safe: whatever the text and however it is cut into pieces,
  // the splitter either gives up or agrees with JSON.parse exactly.
  const pieces = fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 8 });
  const jsonFile = fc
    .tuple(
      fc.array(fc.jsonValue({ maxDepth: 3 }), { maxLength: 6 }),
      fc.dictionary(fc.string({ maxLength: 6 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 }),
      fc.constantFrom(undefined, 1, 2),
    )
    .map(([records, extra, indent]) =>
      JSON.stringify({ ...extra, annotations: records }, null, indent),
    );
  /** Well-formed, but with a second records array before the first (JSON.parse keeps the last). */
  const twoArrays = fc
    .tuple(jsonFile, fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 3 }))
    .map(([text, first]) => text.replace('{', `{"annotations":${JSON.stringify(first)},`));

  it('agrees with JSON.parse on well-formed files, however they are cut', () => {
    fc.assert(
      fc.property(jsonFile, pieces, (text, sizes) => {
        expectSameAsJsonParse(text, sizes);
      }),
      { numRuns: 400 },
    );
  });

  it('never accepts a damaged file JSON.parse refuses, nor reads one differently', () => {
    // Damage lands on brackets, commas, colons and quotes more often than chance would put it
    // there, and can add a second "annotations" key or text after the end.
    const tokens = ['{', '}', '[', ']', ',', ':', '"', '\\', ' ', '\n', 'a', '0', '\u00a0'];
    const damage = fc.record({
      where: fc.constantFrom('structure', 'anywhere', 'start', 'end'),
      at: fc.nat(),
      remove: fc.integer({ min: 0, max: 2 }),
      insert: fc.array(fc.constantFrom(...tokens, '"annotations":', '[1]', ',1', '1,'), {
        maxLength: 3,
      }),
    });
    const structure = /[[\]{},:"\\]/g;
    fc.assert(
      fc.property(
        fc.oneof(jsonFile, twoArrays),
        fc.array(damage, { minLength: 1, maxLength: 3 }),
        pieces,
        (text, edits, sizes) => {
          let damaged = text;
          for (const edit of edits) {
            const marks = [...damaged.matchAll(structure)].map((m) => m.index);
            const at = {
              structure: marks.length ? marks[edit.at % marks.length]! : 0,
              anywhere: edit.at % (damaged.length + 1),
              start: 0,
              end: damaged.length,
            }[edit.where];
            damaged = damaged.slice(0, at) + edit.insert.join('') + damaged.slice(at + edit.remove);
          }
          let whole: ReturnType<typeof parsed> | undefined;
          try {
            whole = parsed(damaged);
          } catch {
            whole = undefined;
          }
          let result: Split | undefined;
          try {
            result = split(damaged, sizes);
          } catch (error) {
            if (!(error instanceof NotStreamable)) throw error;
          }
          if (!result) return;
          expect(whole).toBeDefined();
          expect(result.records).toEqual(whole!.annotations);
          expect(result.envelope).toEqual({ ...whole, annotations: [] });
        },
      ),
      { numRuns: 5000 },
    );
  });
});
