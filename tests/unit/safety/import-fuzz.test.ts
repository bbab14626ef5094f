import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAnnotation } from '@/utils/db/annotations';
import { ClaimlightDatabase } from '@/utils/db/database';
import { importAnnotations } from '@/utils/db/import-annotations';
import { parseImport } from '@/utils/export/parse-import';
import { importFromFile } from '@/entrypoints/review/import-from-file';
import { drain, streamed } from '../streamed-import';
import { readImportFile } from '@/utils/review/read-import-file';
import {
  claimlightFile,
  ferryAnnotation,
  timetableAnnotation,
} from '../../fixtures/safety/annotations';
import { dumpDatabase } from './db-dump';

/**
 * Import fuzzing: malformed files of every kind go through the review page's whole import
 * path (parse and validate, then write). Each must be refused with a message that names the
 * file and the problem, and the database must be byte-for-byte what it was before.
 */

const MB = 1024 * 1024;
const json = (value: unknown) => JSON.stringify(value);
const valid = () => claimlightFile([ferryAnnotation(), timetableAnnotation()]);
/** A valid file whose second record has one field replaced (or removed, with undefined). */
const withRecord = (patch: Record<string, unknown>) =>
  json(claimlightFile([ferryAnnotation(), { ...timetableAnnotation(), ...patch }]));
const withQuote = (patch: Record<string, unknown>) => {
  const a = ferryAnnotation();
  return json(
    claimlightFile([{ ...a, target: { ...a.target, quote: { ...a.target.quote, ...patch } } }]),
  );
};
const withPosition = (patch: Record<string, unknown>) => {
  const a = ferryAnnotation();
  return json(
    claimlightFile([
      { ...a, target: { ...a.target, position: { ...a.target.position, ...patch } } },
    ]),
  );
};
/** Raw JSON text with one record's value spliced in verbatim (for what JSON.stringify cannot write). */
const rawField = (field: string, rawValue: string) =>
  json(valid())
    .replace(`"${field}":`, `"${field}":${rawValue},"x-cut":`)
    .replace(/"x-cut":[^,}]*/, '"x-cut":0');
const nested = (depth: number, open: string, close: string, inner = '0') =>
  open.repeat(depth) + inner + close.repeat(depth);

/** A W3C Web Annotation page around `items` (or whatever `overrides` says). */
const w3cFile = (overrides: Record<string, unknown>) => ({
  '@context': 'http://www.w3.org/ns/anno.jsonld',
  type: 'AnnotationPage',
  ...overrides,
});
/** One valid W3C annotation; override a field to break it. */
const w3cItem = (overrides: Record<string, unknown>) => ({
  '@context': 'http://www.w3.org/ns/anno.jsonld',
  id: 'urn:uuid:5e0c9a3b-7d21-4f6e-8a90-3c2b1d4e5f60',
  type: 'Annotation',
  created: '2026-01-12T08:30:00.000Z',
  modified: '2026-01-12T08:30:00.000Z',
  body: [{ type: 'TextualBody', purpose: 'tagging', value: 'reported' }],
  target: {
    source: 'https://coast-courier.example/2026/ferry-timetable',
    selector: [
      { type: 'TextQuoteSelector', exact: 'four sailings a day', prefix: '', suffix: '' },
      { type: 'TextPositionSelector', start: 212, end: 231 },
    ],
  },
  ...overrides,
});

interface Case {
  name: string;
  kind: string;
  /** Built lazily: some files are 50 MB. */
  text: () => string;
  /** A fragment the error must contain, after `<file>: `. */
  error: string | RegExp;
}

const c = (kind: string, name: string, text: () => string, error: string | RegExp): Case => ({
  kind,
  name,
  text,
  error,
});

const CASES: Case[] = [
  // Not a Claimlight export at all.
  c('format', 'empty file', () => '', 'not valid JSON'),
  c('format', 'only whitespace', () => ' \n\t ', 'not valid JSON'),
  c('format', 'plain text', () => 'my notes about the ferry', 'not valid JSON'),
  c('format', 'an HTML page', () => '<!doctype html><title>Export</title>', 'not valid JSON'),
  c('format', 'CSV', () => 'id,url,label\n1,https://a.example,note', 'not valid JSON'),
  c('format', 'zip bytes', () => 'PK\u0003\u0004\u0014\u0000\u0000\u0000', 'not valid JSON'),
  c('format', 'UTF-16 text read as UTF-8', () => '\u00ff\u00fe{\u0000"\u0000', 'not valid JSON'),
  c('format', 'JSON null', () => 'null', 'got null'),
  c('format', 'JSON number', () => '42', 'got 42'),
  c('format', 'JSON boolean', () => 'true', 'got true'),
  c('format', 'JSON string', () => json('claimlight'), 'got "claimlight"'),
  c('format', 'bare array of records', () => json([ferryAnnotation()]), 'got an array'),
  c('format', 'object without format', () => json({ annotations: [] }), 'no "format" field'),
  c(
    'format',
    'format in the wrong case',
    () => json(claimlightFile([], { format: 'Claimlight' })),
    'format: expected "claimlight"',
  ),
  c(
    'format',
    'format as a number',
    () => json(claimlightFile([], { format: 1 })),
    'format: expected "claimlight", got 1',
  ),
  c(
    'format',
    'another tool’s export',
    () => json({ total: 1, rows: [{ uri: 'https://a.example' }] }),
    'no "format" field',
  ),

  // Damaged JSON.
  c(
    'truncated',
    'cut in half',
    () => json(valid()).slice(0, Math.floor(json(valid()).length / 2)),
    'not valid JSON',
  ),
  c(
    'truncated',
    'missing the closing brackets',
    () => json(valid()).slice(0, -2),
    'not valid JSON',
  ),
  c(
    'truncated',
    'cut inside a string',
    () => json(valid()).split('Councillor')[0]!,
    'not valid JSON',
  ),
  c('truncated', 'a lone brace', () => '{', 'not valid JSON'),
  c('truncated', 'garbage after the file', () => `${json(valid())} trailing`, 'not valid JSON'),
  c('truncated', 'two files concatenated', () => json(valid()) + json(valid()), 'not valid JSON'),
  c('truncated', 'comments', () => `// backup\n${json(valid())}`, 'not valid JSON'),
  c('truncated', 'trailing comma', () => json(valid()).replace(/]}$/, ',]}'), 'not valid JSON'),
  c('truncated', 'single quotes', () => json(valid()).replace(/"/g, "'"), 'not valid JSON'),
  c('truncated', 'NaN literal', () => rawField('start', 'NaN'), 'not valid JSON'),
  c(
    'truncated',
    'NUL byte in the middle',
    () => json(valid()).replace('"format"', '\u0000"format"'),
    'not valid JSON',
  ),

  // Wrong types and values.
  c(
    'types',
    'annotations is an object',
    () => json(claimlightFile({ 0: ferryAnnotation() } as never)),
    'annotations: expected an array of annotations',
  ),
  c(
    'types',
    'annotations is a string',
    () => json(claimlightFile('none' as never)),
    'annotations: expected an array',
  ),
  c(
    'types',
    'annotations missing',
    () => json({ format: 'claimlight', version: 1, exportedAt: '2026-01-13T19:00:00.000Z' }),
    'annotations: required field is missing',
  ),
  c(
    'types',
    'exportedAt is a number',
    () => json(claimlightFile([], { exportedAt: 1760000000000 })),
    'exportedAt: expected an ISO 8601 timestamp',
  ),
  c(
    'types',
    'unknown top-level field',
    () => json(claimlightFile([], { owner: 'someone' })),
    'owner: unexpected field',
  ),
  c(
    'types',
    'record is null',
    () => json(claimlightFile([ferryAnnotation(), null])),
    'annotations[1]: expected an object, got null',
  ),
  c(
    'types',
    'record is an array',
    () => json(claimlightFile([[ferryAnnotation()]])),
    'annotations[0]: expected an object, got an array',
  ),
  c(
    'types',
    'record is a string',
    () => json(claimlightFile(['c7e2a9d4'])),
    'annotations[0]: expected an object',
  ),
  c(
    'types',
    'id is a number',
    () => withRecord({ id: 17 }),
    'annotations[1].id: expected a string, got 17',
  ),
  c(
    'types',
    'id is empty',
    () => withRecord({ id: '' }),
    'annotations[1].id: expected a non-empty id',
  ),
  c(
    'types',
    'id is 10,000 characters',
    () => withRecord({ id: 'z'.repeat(10_000) }),
    'annotations[1].id: expected at most 128 characters',
  ),
  c(
    'types',
    'url is null',
    () => withRecord({ url: null }),
    'annotations[1].url: expected a string, got null',
  ),
  c(
    'types',
    'label is unknown',
    () => withRecord({ label: 'opinion' }),
    'annotations[1].label: expected one of speculation, reported, note, got "opinion"',
  ),
  c(
    'types',
    'label is an array',
    () => withRecord({ label: ['note'] }),
    'annotations[1].label: expected one of',
  ),
  c(
    'types',
    'note is a number',
    () => withRecord({ note: 3 }),
    'annotations[1].note: expected a string, got 3',
  ),
  c(
    'types',
    'note is an object',
    () => withRecord({ note: { text: 'hi' } }),
    'annotations[1].note: expected a string, got an object',
  ),
  c(
    'types',
    'speaker is a number',
    () => withRecord({ speaker: 0 }),
    'annotations[1].speaker: expected a string or null',
  ),
  c(
    'types',
    'origin is unknown',
    () => withRecord({ origin: 'import' }),
    'annotations[1].origin: expected one of reader, suggestion',
  ),
  c(
    'types',
    'title over the limit',
    () => withRecord({ title: 't'.repeat(2001) }),
    'annotations[1].title: expected at most 2000 characters',
  ),
  c(
    'types',
    'a required field missing',
    () => withRecord({ label: undefined }),
    'annotations[1].label: required field is missing',
  ),
  c(
    'types',
    'an extra field',
    () => withRecord({ colour: '#ff0' }),
    'annotations[1].colour: unexpected field',
  ),

  // Broken selectors.
  c(
    'selectors',
    'target is a string',
    () => withRecord({ target: 'p:nth-child(3)' }),
    'annotations[1].target: expected an object',
  ),
  c(
    'selectors',
    'target without a quote',
    () => withRecord({ target: { position: ferryAnnotation().target.position } }),
    'annotations[1].target.quote: required field is missing',
  ),
  c(
    'selectors',
    'an unknown selector type',
    () => withQuote({ type: 'CssSelector' }),
    'annotations[0].target.quote.type: expected "TextQuoteSelector"',
  ),
  c(
    'selectors',
    'an empty quote',
    () => withQuote({ exact: '' }),
    'annotations[0].target.quote.exact: expected a non-empty quote',
  ),
  c(
    'selectors',
    'a prefix of 300 characters',
    () => withQuote({ prefix: 'p'.repeat(300) }),
    'annotations[0].target.quote.prefix: expected at most 256 characters',
  ),
  c(
    'selectors',
    'start as a string',
    () => withPosition({ start: '880' }),
    'annotations[0].target.position.start: expected a whole number ≥ 0, got "880"',
  ),
  c(
    'selectors',
    'a fractional start',
    () => withPosition({ start: 880.5 }),
    'annotations[0].target.position.start: expected a whole number ≥ 0, got 880.5',
  ),
  c(
    'selectors',
    'a negative start',
    () => withPosition({ start: -4 }),
    'annotations[0].target.position.start: expected a whole number ≥ 0, got -4',
  ),
  c(
    'selectors',
    'start after end',
    () => withPosition({ start: 950 }),
    'annotations[0].target.position: expected start ≤ end, got start 950 and end 929',
  ),
  c(
    'selectors',
    'an end of 1e400 (Infinity)',
    () => json(valid()).replace('"end":929', '"end":1e400'),
    'annotations[0].target.position.end: expected a whole number',
  ),
  c(
    'selectors',
    'a huge end',
    () => json(valid()).replace('"end":929', '"end":9007199254740993'),
    'annotations[0].target.position.end: expected a smaller number',
  ),

  // Dates.
  c(
    'dates',
    '30 February',
    () => withRecord({ createdAt: '2026-02-30T10:00:00.000Z' }),
    'annotations[1].createdAt: expected a real calendar date',
  ),
  c(
    'dates',
    'month 13',
    () => withRecord({ updatedAt: '2026-13-01T10:00:00.000Z' }),
    'annotations[1].updatedAt: expected an ISO 8601 timestamp',
  ),
  c(
    'dates',
    'hour 25',
    () => withRecord({ createdAt: '2026-01-12T25:00:00.000Z' }),
    'annotations[1].createdAt: expected an ISO 8601 timestamp',
  ),
  c(
    'dates',
    'a date without time',
    () => withRecord({ createdAt: '2026-01-12' }),
    'annotations[1].createdAt: expected an ISO 8601 timestamp',
  ),
  c(
    'dates',
    'words',
    () => withRecord({ updatedAt: 'last Tuesday' }),
    /^annotations\[1\]\.updatedAt: expected an ISO 8601 timestamp.*, got "last Tuesday"$/,
  ),
  c(
    'dates',
    'a Unix time',
    () => withRecord({ createdAt: 1768206600 }),
    'annotations[1].createdAt: expected an ISO 8601 timestamp, got 1768206600',
  ),
  c(
    'dates',
    'an empty exportedAt',
    () => json(claimlightFile([], { exportedAt: '' })),
    'exportedAt: expected an ISO 8601 timestamp',
  ),

  // URLs that must never become links.
  c(
    'urls',
    'javascript:',
    () => withRecord({ url: 'javascript:alert(document.domain)' }),
    'annotations[1].url: expected an http(s) URL',
  ),
  c(
    'urls',
    'javascript: in mixed case',
    () => withRecord({ url: 'JaVaScRiPt:alert(1)' }),
    'annotations[1].url: expected an http(s) URL',
  ),
  c(
    'urls',
    'javascript: after spaces and a tab',
    () => withRecord({ url: ' \tjavascript:alert(1)' }),
    'annotations[1].url: expected an http(s) URL',
  ),
  c(
    'urls',
    'data:',
    () => withRecord({ url: 'data:text/html,<script>alert(1)</script>' }),
    'annotations[1].url: expected an http(s) URL',
  ),
  c(
    'urls',
    'vbscript:',
    () => withRecord({ url: 'vbscript:msgbox(1)' }),
    'annotations[1].url: expected an http(s) URL',
  ),
  c(
    'urls',
    'file:',
    () => withRecord({ url: 'file:///etc/passwd' }),
    'annotations[1].url: expected an http(s) URL',
  ),
  c(
    'urls',
    'an extension page',
    () => withRecord({ url: 'chrome-extension://abcdefghijklmnop/review.html' }),
    'annotations[1].url: expected an http(s) URL',
  ),
  c(
    'urls',
    'not a URL',
    () => withRecord({ url: 'the ferry story' }),
    'annotations[1].url: expected an http(s) URL',
  ),
  c(
    'urls',
    'a URL of 9,000 characters',
    () => withRecord({ url: `https://a.example/${'q'.repeat(9000)}` }),
    'annotations[1].url: expected at most 8192 characters',
  ),

  // Duplicates.
  c(
    'duplicates',
    'the same record twice',
    () => json(claimlightFile([ferryAnnotation(), ferryAnnotation()])),
    'annotations[1].id: duplicate id "c7e2a9d4-5f1b-4e8a-b3c6-0d9e8f7a6b51" (first used by annotations[0])',
  ),
  c(
    'duplicates',
    'two different records, one id',
    () => withRecord({ id: ferryAnnotation().id }),
    'annotations[1].id: duplicate id',
  ),
  c(
    'duplicates',
    'a duplicate far down the file',
    () =>
      json(
        claimlightFile([
          ...Array.from({ length: 300 }, (_, i) => ferryAnnotation({ id: `row-${i}` })),
          ferryAnnotation({ id: 'row-7' }),
        ]),
      ),
    'annotations[300].id: duplicate id "row-7" (first used by annotations[7])',
  ),

  // Versions.
  c(
    'versions',
    'a newer version',
    () => json(claimlightFile([ferryAnnotation()], { version: 2 })),
    'version: unsupported version 2 (this Claimlight reads version 1)',
  ),
  c(
    'versions',
    'version 0',
    () => json(claimlightFile([], { version: 0 })),
    'version: unsupported version 0',
  ),
  c(
    'versions',
    'version 1.5',
    () => json(claimlightFile([], { version: 1.5 })),
    'version: unsupported version 1.5',
  ),
  c(
    'versions',
    'version as a string',
    () => json(claimlightFile([], { version: '1' })),
    'version: expected 1, got "1"',
  ),
  c(
    'versions',
    'no version',
    () => json({ format: 'claimlight', exportedAt: '2026-01-13T19:00:00.000Z', annotations: [] }),
    'version: expected 1, got nothing',
  ),
  c(
    'versions',
    'version 1 with a record from a newer schema',
    () => withRecord({ tags: ['ferries'] }),
    'annotations[1].tags: unexpected field',
  ),
  c(
    'versions',
    'version 1 with a record in an older, flat shape',
    () =>
      json(
        claimlightFile([
          {
            id: 'old-1',
            url: 'https://coast-courier.example/a',
            quote: 'four sailings',
            label: 'reported',
          },
        ]),
      ),
    /annotations\[0\]\.(site|title|target|quote)/,
  ),

  // Prototype pollution.
  c(
    'prototype',
    '__proto__ at the top',
    () => `{"__proto__":{"polluted":true},${json(valid()).slice(1)}`,
    '__proto__: forbidden key',
  ),
  c(
    'prototype',
    '__proto__ inside a record',
    () =>
      json(valid()).replace(
        '"label":"reported"',
        '"label":"reported","__proto__":{"isAdmin":true}',
      ),
    'annotations[1].__proto__: forbidden key',
  ),
  c(
    'prototype',
    '__proto__ in a selector',
    () =>
      json(valid()).replace(
        '"type":"TextQuoteSelector"',
        '"__proto__":{"exact":"x"},"type":"TextQuoteSelector"',
      ),
    'annotations[0].target.quote.__proto__: forbidden key',
  ),
  c(
    'prototype',
    'constructor.prototype',
    () =>
      json(valid()).replace('"note":""', '"note":"","constructor":{"prototype":{"polluted":true}}'),
    'annotations[1].constructor: forbidden key',
  ),
  c(
    'prototype',
    'a prototype key',
    () => `{"prototype":{},${json(valid()).slice(1)}`,
    'prototype: forbidden key',
  ),

  // Sizes and depth.
  c(
    'size',
    'a 50 MB note',
    () => withRecord({ note: 'n'.repeat(50 * MB) }),
    'annotations[1].note: expected at most 100000 characters, got 52428800',
  ),
  c(
    'size',
    '50 MB of spaces, then cut off',
    () => `{"format":"claimlight",${' '.repeat(50 * MB)}`,
    'not valid JSON',
  ),
  c(
    'size',
    '50 MB of quote text',
    () => withQuote({ exact: 'q'.repeat(50 * MB) }),
    'annotations[0].target.quote.exact: expected at most 100000 characters',
  ),
  c(
    'size',
    '100,001 records',
    () => json(claimlightFile(Array.from({ length: 100_001 }, () => 0))),
    'annotations: expected at most 100000 annotations',
  ),
  c(
    'size',
    'over 200 million characters',
    () => ' '.repeat(200_000_001),
    'file is too large to be a Claimlight export',
  ),
  c(
    'depth',
    '100,000 nested arrays',
    () => nested(100_000, '[', ']'),
    'nested more than 64 levels deep',
  ),
  c(
    'depth',
    '20,000 nested objects in a note',
    () => withRecord({ note: 0 }).replace('"note":0', `"note":${nested(20_000, '{"a":', '}')}`),
    /^annotations\[1\]\.note\.a\.a.*nested more than 64 levels deep$/,
  ),
  c(
    'depth',
    'a selector nested 65 levels',
    () => json(valid()).replace('"start":880', `"start":${nested(65, '[', ']')}`),
    'nested more than 64 levels deep',
  ),

  // W3C Web Annotation files (the second format the importer reads).
  c(
    'w3c',
    'a collection without items',
    () => json(w3cFile({ type: 'AnnotationCollection' })),
    'first: expected an AnnotationPage with items, got nothing',
  ),
  c(
    'w3c',
    'a page whose items are an object',
    () => json(w3cFile({ items: {} })),
    'items: expected an array of annotations, got an object',
  ),
  c(
    'w3c',
    'a javascript: source',
    () =>
      json(
        w3cFile({
          items: [
            w3cItem({
              target: {
                source: 'javascript:alert(1)',
                selector: [{ type: 'TextQuoteSelector', exact: 'four sailings' }],
              },
            }),
          ],
        }),
      ),
    'items[0].target.source: expected an http(s) URL',
  ),
  c(
    'w3c',
    'an item without a target',
    () => json(w3cFile({ items: [w3cItem({ target: undefined })] })),
    'items[0].target: expected an object',
  ),
  c(
    'w3c',
    'an unknown tag',
    () =>
      json(
        w3cFile({
          items: [
            w3cItem({ body: [{ type: 'TextualBody', purpose: 'tagging', value: 'gossip' }] }),
          ],
        }),
      ),
    'items[0].body[0].value: expected one of speculation, reported, note',
  ),
  c(
    'w3c',
    'an impossible date',
    () => json(w3cFile({ items: [w3cItem({ created: '2026-02-30T00:00:00Z' })] })),
    'items[0].created: expected a real calendar date',
  ),
  c(
    'w3c',
    'a repeated id',
    () => json(w3cFile({ items: [w3cItem({}), w3cItem({})] })),
    'items[1].id: duplicate id',
  ),
  c(
    'w3c',
    '__proto__ in a body',
    () =>
      json(w3cFile({ items: [w3cItem({})] })).replace(
        '"purpose":"tagging"',
        '"purpose":"tagging","__proto__":{"polluted":true}',
      ),
    'items[0].body[0].__proto__: forbidden key',
  ),
];

let db: ClaimlightDatabase;
let before: string;

/**
 * The review page's import flow, as when the reader picks the file: read it (a large one as
 * a stream), check and write its records in one transaction. Resolves to the message shown.
 */
async function runImport(text: string, fileName: string) {
  const status = await importFromFile(db, new File([text], fileName), () => undefined);
  const refused = status.kind === 'error' && status.text.startsWith('Nothing was imported. ');
  return refused
    ? { ok: false as const, error: status.text.slice('Nothing was imported. '.length) }
    : { ok: true as const, status };
}

beforeAll(async () => {
  db = new ClaimlightDatabase('safety-import-fuzz');
  // Data the reader already has, including a record one of the files reuses the id of.
  await createAnnotation(
    db,
    ferryAnnotation(),
    new Date('2026-01-02T09:00:00.000Z'),
    ferryAnnotation().id,
  );
  await createAnnotation(
    db,
    { ...timetableAnnotation(), url: 'https://harbour-gazette.example/fares' },
    new Date('2026-01-03T09:00:00.000Z'),
    'seed-2',
  );
  before = await dumpDatabase(db);
});

afterAll(async () => {
  db.close();
  await db.delete();
});

describe('import fuzzing', () => {
  it('has at least 50 malformed files, in every category the issue names', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(50);
    expect(new Set(CASES.map((x) => x.kind))).toEqual(
      new Set([
        'format',
        'truncated',
        'types',
        'selectors',
        'dates',
        'urls',
        'duplicates',
        'versions',
        'prototype',
        'size',
        'depth',
        'w3c',
      ]),
    );
    expect(new Set(CASES.map((x) => x.name)).size).toBe(CASES.length);
  });

  it.each(CASES.map((x, i) => [i, x.kind, x.name, x] as const))(
    '#%i %s: %s is refused clearly and changes nothing',
    async (i, _kind, _name, testCase) => {
      const fileName = `fuzz-${i}.json`;
      const result = await runImport(testCase.text(), fileName);

      expect(result.ok).toBe(false);
      const error = result.ok ? '' : result.error;
      expect(error.startsWith(`${fileName}: `)).toBe(true);
      const message = error.slice(fileName.length + 2);
      if (typeof testCase.error === 'string') expect(message).toContain(testCase.error);
      else expect(message).toMatch(testCase.error);
      // Clear means short: never the file's contents echoed back.
      expect(error.length).toBeLessThan(1200);

      expect(await dumpDatabase(db)).toBe(before);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();

      // Small files are read whole; the streamed path of large files must refuse every one
      // of these too (the whole-file path then words the error).
      expect(await streamed(testCase.text())).toBe('refused');
    },
    30_000,
  );

  it('a valid file does change the database (the dump comparison can fail)', async () => {
    const other = new ClaimlightDatabase('safety-import-fuzz-control');
    try {
      const empty = await dumpDatabase(other);
      const text = json(claimlightFile([timetableAnnotation()]));
      const parsed = parseImport(text, 'control.json');
      expect(parsed.ok).toBe(true);
      const read = await readImportFile(new Blob([text]), 'control.json');
      const annotations = read.ok ? drain(read.source) : read.error;
      expect(annotations).toEqual(parsed.ok && parsed.annotations);
      expect(await streamed(text)).toEqual(annotations);
      if (parsed.ok) await importAnnotations(other, parsed.annotations);
      expect(await dumpDatabase(other)).not.toBe(empty);
    } finally {
      other.close();
      await other.delete();
    }
  });
});
