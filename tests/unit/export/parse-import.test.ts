import { describe, expect, it } from 'vitest';
import { parseImport } from '@/utils/export/parse-import';
import { annotation, nativeFile } from './fixtures';

const json = (value: unknown) => JSON.stringify(value);
const withTarget = (patch: Record<string, unknown>) => {
  const a = annotation();
  return { ...a, target: { ...a.target, ...patch } };
};

interface Case {
  name: string;
  text: string;
  /** A fragment the error must contain (the whole message is `backup.json: …`). */
  error: string;
}

const CASES: Case[] = [
  { name: 'not JSON', text: '{"format": "claimlight",', error: 'backup.json: not valid JSON (' },
  { name: 'empty file', text: '', error: 'backup.json: not valid JSON' },
  { name: 'top-level array', text: json([annotation()]), error: 'got an array' },
  { name: 'top-level string', text: json('hello'), error: 'got "hello"' },
  { name: 'no format field', text: json({ annotations: [] }), error: 'no "format" field' },
  {
    name: 'other format',
    text: json(nativeFile([], { format: 'hypothesis' })),
    error: 'backup.json: format: expected "claimlight", got "hypothesis"',
  },
  {
    name: 'W3C collection without its page of items',
    text: json({ '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationCollection' }),
    error: 'backup.json: first: expected an AnnotationPage with items, got nothing',
  },
  {
    name: 'newer version',
    text: json(nativeFile([], { version: 2 })),
    error: 'backup.json: version: unsupported version 2 (this Claimlight reads version 1)',
  },
  {
    name: 'version as string',
    text: json(nativeFile([], { version: '1' })),
    error: 'version: expected 1, got "1"',
  },
  {
    name: 'bad exportedAt',
    text: json(nativeFile([], { exportedAt: 'yesterday' })),
    error: 'backup.json: exportedAt: expected an ISO 8601 timestamp',
  },
  {
    name: 'annotations not an array',
    text: json(nativeFile([], { annotations: {} })),
    error: 'annotations: expected an array of annotations, got an object',
  },
  {
    name: 'unknown top-level field',
    text: json(nativeFile([], { extra: true })),
    error: 'backup.json: extra: unexpected field',
  },
  {
    name: 'label outside the enum',
    text: json(
      nativeFile([
        annotation(),
        annotation(),
        annotation(),
        annotation({ label: 'maybe' as never }),
      ]),
    ),
    error:
      'backup.json: annotations[3].label: expected one of speculation, reported, note, got "maybe"',
  },
  {
    name: 'javascript: URL',
    text: json(nativeFile([annotation({ url: 'javascript:alert(1)' })])),
    error: 'annotations[0].url: expected an http(s) URL, got "javascript:alert(1)"',
  },
  {
    name: 'data: URL',
    text: json(nativeFile([annotation({ url: 'data:text/html,hi' })])),
    error: 'annotations[0].url: expected an http(s) URL',
  },
  {
    name: 'missing field',
    text: json(nativeFile([(({ note: _note, ...rest }) => rest)(annotation())])),
    error: 'annotations[0].note: required field is missing',
  },
  {
    name: 'note too long',
    text: json(nativeFile([annotation({ note: 'x'.repeat(100_001) })])),
    error: 'annotations[0].note: expected at most 100000 characters, got 100001',
  },
  {
    name: 'speaker of the wrong type',
    text: json(nativeFile([annotation({ speaker: 42 as never })])),
    error: 'annotations[0].speaker: expected a string or null, got 42',
  },
  {
    name: 'impossible date',
    text: json(nativeFile([annotation({ createdAt: '2025-02-30T10:00:00.000Z' })])),
    error: 'annotations[0].createdAt: expected a real calendar date',
  },
  {
    name: 'date without time',
    text: json(nativeFile([annotation({ updatedAt: '2025-03-04' })])),
    error: 'annotations[0].updatedAt: expected an ISO 8601 timestamp',
  },
  {
    name: 'start after end',
    text: json(
      nativeFile([withTarget({ position: { type: 'TextPositionSelector', start: 9, end: 3 } })]),
    ),
    error: 'annotations[0].target.position: expected start ≤ end, got start 9 and end 3',
  },
  {
    name: 'negative offset',
    text: json(
      nativeFile([withTarget({ position: { type: 'TextPositionSelector', start: -1, end: 3 } })]),
    ),
    error: 'annotations[0].target.position.start: expected a whole number ≥ 0, got -1',
  },
  {
    name: 'wrong selector type',
    text: json(
      nativeFile([
        withTarget({ quote: { type: 'CssSelector', exact: 'a', prefix: '', suffix: '' } }),
      ]),
    ),
    error: 'annotations[0].target.quote.type: expected "TextQuoteSelector", got "CssSelector"',
  },
  {
    name: 'empty quote',
    text: json(
      nativeFile([
        withTarget({ quote: { type: 'TextQuoteSelector', exact: '', prefix: '', suffix: '' } }),
      ]),
    ),
    error: 'annotations[0].target.quote.exact: expected a non-empty quote',
  },
  {
    name: 'record is not an object',
    text: json(nativeFile([annotation(), 'oops'])),
    error: 'annotations[1]: expected an object, got "oops"',
  },
  {
    name: '__proto__ key in a record',
    text: json(nativeFile([annotation()])).replace('"id":', '"__proto__":{"polluted":true},"id":'),
    error: 'backup.json: annotations[0].__proto__: forbidden key',
  },
  {
    name: 'constructor key at the top',
    text: json({ constructor: { prototype: {} }, ...nativeFile([]) }),
    error: 'backup.json: constructor: forbidden key',
  },
  {
    name: 'duplicate ids (first one reported)',
    text: json(
      nativeFile([
        annotation({ id: 'a' }),
        annotation({ id: 'b' }),
        annotation({ id: 'a' }),
        annotation({ id: 'b' }),
      ]),
    ),
    error: 'backup.json: annotations[2].id: duplicate id "a" (first used by annotations[0])',
  },
];

describe('parseImport rejects malformed files with a precise message', () => {
  it.each(CASES)('$name', ({ text, error }) => {
    const result = parseImport(text, 'backup.json');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain(error);
  });
});

describe('parseImport', () => {
  it('accepts a valid file with a byte order mark', () => {
    const text = '\uFEFF' + json(nativeFile([annotation()]));
    expect(parseImport(text, 'backup.json')).toEqual({ ok: true, annotations: [annotation()] });
  });

  it('lists at most five problems, one per line, and says it stopped', () => {
    const bad = Array.from({ length: 8 }, (_, i) =>
      annotation({ id: `n${i}`, label: 'x' as never }),
    );
    const result = parseImport(json(nativeFile(bad)), 'many.json');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const lines = result.error.split('\n');
    expect(lines).toHaveLength(6);
    expect(lines[0]).toBe(
      'many.json: annotations[0].label: expected one of speculation, reported, note, got "x"',
    );
    expect(lines[4]).toContain('annotations[4].label');
    expect(lines[5]).toBe('many.json: (stopped after 5 problems)');
  });

  it('reports every problem of one record before moving on', () => {
    const result = parseImport(
      json(nativeFile([annotation({ label: 'x' as never, origin: 'robot' as never })])),
      'two.json',
    );
    expect(result.ok || result.error.split('\n')).toEqual([
      'two.json: annotations[0].label: expected one of speculation, reported, note, got "x"',
      'two.json: annotations[0].origin: expected one of reader, suggestion, got "robot"',
    ]);
  });

  it('does not pollute Object.prototype', () => {
    parseImport('{"__proto__": {"polluted": true}, "format": "claimlight"}', 'evil.json');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('copes with deeply nested junk without overflowing the stack', () => {
    const deep = '['.repeat(5000) + ']'.repeat(5000);
    const result = parseImport(deep, 'deep.json');
    expect(result.ok).toBe(false);
  });

  it('gives a URL or a date the same verdict every time it appears (the checks remember)', () => {
    const records = [
      annotation({ id: 'a' }),
      annotation({ id: 'b', createdAt: '2026-02-30T10:00:00.000Z' }),
      annotation({ id: 'c', createdAt: '2026-02-30T11:30:00.000Z' }),
      annotation({ id: 'd', url: 'javascript:alert(1)' }),
      annotation({ id: 'e', url: 'javascript:alert(1)' }),
      annotation({ id: 'f', createdAt: '2026-02-28T11:30:00.000Z' }),
    ];
    const result = parseImport(json(nativeFile(records)), 'twice.json');
    expect(result.ok || result.error.split('\n').map((line) => line.split(':')[1])).toEqual([
      ' annotations[1].createdAt',
      ' annotations[2].createdAt',
      ' annotations[3].url',
      ' annotations[4].url',
    ]);
  });
});
