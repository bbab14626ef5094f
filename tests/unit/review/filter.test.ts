import { describe, expect, it } from 'vitest';
import type { AnnotationLabel } from '../../../utils/db/types';
import { filterAnnotations } from '../../../utils/review/filter';
import { groupByPage } from '../../../utils/review/group';
import { sampleAnnotation } from '../sample-annotation';

const a = sampleAnnotation({
  id: 'a',
  label: 'speculation',
  note: 'check the budget',
  createdAt: '2026-03-03T00:00:00Z',
});
const b = sampleAnnotation({
  id: 'b',
  label: 'reported',
  speaker: 'Teodor Brask',
  createdAt: '2026-03-02T00:00:00Z',
  url: 'https://x.example/2',
  title: 'Second page',
});
const c = sampleAnnotation({ id: 'c', label: 'note', createdAt: '2026-03-01T00:00:00Z' });
const all = [a, b, c];

describe('filterAnnotations', () => {
  it.each<[string, string, AnnotationLabel[], string[]]>([
    ['everything', '', [], ['a', 'b', 'c']],
    ['one label', '', ['reported'], ['b']],
    ['two labels', '', ['reported', 'note'], ['b', 'c']],
    ['a note word', 'BUDGET', [], ['a']],
    ['a speaker', 'brask', [], ['b']],
    ['a page title', 'second', [], ['b']],
    ['all words, any order', 'enough wall', [], ['a', 'b', 'c']],
    ['words and label', 'wall', ['note'], ['c']],
    ['nothing', 'zebra', [], []],
  ])('%s', (_name, query, labels, ids) => {
    expect(filterAnnotations(all, { query, labels: new Set(labels) }).map((x) => x.id)).toEqual(
      ids,
    );
  });
});

describe('groupByPage', () => {
  it('keeps newest-first order across and within pages', () => {
    const groups = groupByPage(all);
    expect(groups.map((g) => [g.title, g.annotations.map((x) => x.id)])).toEqual([
      ['Council weighs a sea wall', ['a', 'c']],
      ['Second page', ['b']],
    ]);
    expect(groups[0]?.latest).toBe('2026-03-03T00:00:00Z');
  });
});
