import { describe, expect, it } from 'vitest';
import {
  countUnexported,
  loadBackupState,
  shouldRemind,
} from '../../../utils/review/backup-reminder';
import { filterAnnotations, NO_FILTER } from '../../../utils/review/filter';
import { buildRows, isHeading, stepAnnotation } from '../../../utils/review/rows';
import { sortAnnotations } from '../../../utils/review/sort';
import { textFragmentUrl } from '../../../utils/review/text-fragment';
import { rowOffsets, visibleRange } from '../../../utils/review/windowing';
import { sampleAnnotation } from '../sample-annotation';

const a = sampleAnnotation({
  id: 'a',
  site: 'one.example',
  createdAt: '2026-03-03T10:00:00Z',
  updatedAt: '2026-03-05T00:00:00Z',
  speaker: 'Shoigu',
});
const b = sampleAnnotation({
  id: 'b',
  site: 'two.example',
  url: 'https://two.example/x',
  createdAt: '2026-03-02T10:00:00Z',
  updatedAt: '2026-03-02T10:00:00Z',
  origin: 'suggestion',
});
const c = sampleAnnotation({
  id: 'c',
  site: 'one.example',
  createdAt: '2026-03-01T10:00:00Z',
  updatedAt: '2026-03-09T00:00:00Z',
  speaker: 'Sergei Shoigu',
});
const all = [a, b, c];
const ids = (list: { id: string }[]) => list.map((x) => x.id);

describe('filters', () => {
  it.each<[string, Partial<typeof NO_FILTER>, string[]]>([
    ['site', { site: 'one.example' }, ['a', 'c']],
    ['origin', { origin: 'suggestion' }, ['b']],
    ['from date (inclusive)', { from: '2026-03-02' }, ['a', 'b']],
    ['to date (inclusive)', { to: '2026-03-02' }, ['b', 'c']],
    ['person, any spelling', { person: 'sergei shoigu' }, ['a', 'c']],
  ])('%s', (_, change, expected) => {
    const personOf = new Map([
      ['Shoigu', 'sergei shoigu'],
      ['Sergei Shoigu', 'sergei shoigu'],
    ]);
    expect(ids(filterAnnotations(all, { ...NO_FILTER, ...change }, personOf))).toEqual(expected);
  });
});

describe('sort', () => {
  it.each([
    ['newest', ['a', 'b', 'c']],
    ['oldest', ['c', 'b', 'a']],
    ['updated', ['c', 'a', 'b']],
    ['site', ['a', 'c', 'b']],
  ] as const)('%s', (sort, expected) => {
    expect(ids(sortAnnotations(all, sort))).toEqual(expected);
  });
});

describe('rows', () => {
  it('puts a heading before each page and steps over headings with j/k', () => {
    const rows = buildRows(all, 'page', new Map(), new Map());
    expect(rows.map((r) => (isHeading(r) ? r.kind : 'annotation'))).toEqual([
      'page',
      'annotation',
      'annotation',
      'page',
      'annotation',
    ]);
    expect(stepAnnotation(rows, undefined, 1)).toBe(1);
    expect(stepAnnotation(rows, 'c', 1)).toBe(4);
    expect(stepAnnotation(rows, 'b', 1)).toBe(4);
    expect(stepAnnotation(rows, 'b', -1)).toBe(2);
  });
});

describe('windowing', () => {
  it('finds the rows in view from measured and estimated heights', () => {
    const offsets = rowOffsets(1000, (i) => (i < 10 ? 50 : undefined), 100);
    expect(offsets[10]).toBe(500);
    expect(offsets[1000]).toBe(500 + 990 * 100);
    expect(visibleRange(offsets, 0, 400, 0)).toEqual({ start: 0, end: 8 });
    expect(visibleRange(offsets, 10_000, 500, 0)).toEqual({ start: 105, end: 110 });
  });
});

describe('textFragmentUrl', () => {
  it('links a short quote with its context, escaping dashes and commas', () => {
    const url = textFragmentUrl('https://n.example/a', {
      type: 'TextQuoteSelector',
      exact: 'a well-known, costly wall',
      prefix: 'the council said ',
      suffix: ' would be built',
    });
    expect(url).toBe(
      'https://n.example/a#:~:text=the%20council%20said-,a%20well%2Dknown%2C%20costly%20wall,-would%20be%20built',
    );
  });
  it('links a long quote by its first and last words, dropping a cut-off context word', () => {
    const url = textFragmentUrl('https://n.example/a', {
      type: 'TextQuoteSelector',
      exact:
        'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen',
      prefix: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxx ok ',
      suffix: '',
    });
    expect(url).toBe(
      'https://n.example/a#:~:text=ok-,one%20two%20three%20four,thirteen%20fourteen%20fifteen%20sixteen',
    );
  });
});

describe('backup reminder', () => {
  it('counts what changed since the last full export, and can be turned off', () => {
    const state = { lastBackupAt: '2026-03-04T00:00:00Z', reminderOff: false };
    expect(countUnexported(all, state)).toBe(2);
    expect(shouldRemind(500, state)).toBe(true);
    expect(shouldRemind(500, { ...state, reminderOff: true })).toBe(false);
    expect(loadBackupState({ getItem: () => '{broken' })).toEqual({
      lastBackupAt: null,
      reminderOff: false,
    });
  });
});
