import type { Annotation } from '../db/types';
import { groupByPage, groupByPerson, type PageGroup, type PersonGroup } from './group';

/** One row of the flattened review list: a group heading or an annotation. */
export type ReviewRow =
  | { kind: 'page'; key: string; group: PageGroup }
  | { kind: 'person'; key: string; group: PersonGroup }
  | { kind: 'annotation'; key: string; annotation: Annotation };

// One row object per annotation object for as long as it lives: re-filtering 100,000
// annotations then allocates only the group headings.
const rowCache = new WeakMap<Annotation, ReviewRow>();
function annotationRow(annotation: Annotation): ReviewRow {
  let row = rowCache.get(annotation);
  if (!row) {
    row = { kind: 'annotation', key: annotation.id, annotation };
    rowCache.set(annotation, row);
  }
  return row;
}

/** How the list is grouped. */
export type Grouping = 'page' | 'person' | 'none';

/**
 * The list as one flat array of rows, headings in front of their annotations, so a single
 * virtual list can window over groups and annotations alike.
 */
export function buildRows(
  annotations: readonly Annotation[],
  grouping: Grouping,
  personOf: ReadonlyMap<string, string>,
  nameOf: ReadonlyMap<string, string>,
): ReviewRow[] {
  const row = annotationRow;
  if (grouping === 'none') return annotations.map(row);
  const rows: ReviewRow[] = [];
  if (grouping === 'page') {
    for (const group of groupByPage(annotations)) {
      rows.push({ kind: 'page', key: `page:${group.url}`, group });
      for (const a of group.annotations) rows.push(row(a));
    }
  } else {
    for (const group of groupByPerson(annotations, personOf, nameOf)) {
      rows.push({ kind: 'person', key: `person:${group.key}`, group });
      for (const a of group.annotations) rows.push(row(a));
    }
  }
  return rows;
}

/** The row index of the annotation `step` annotations away from `fromId` (j/k), or -1. */
export function stepAnnotation(
  rows: readonly ReviewRow[],
  fromId: string | undefined,
  step: 1 | -1,
) {
  let at = fromId ? rows.findIndex((r) => r.key === fromId && r.kind === 'annotation') : -1;
  if (at < 0) at = step === 1 ? -1 : rows.length;
  for (let i = at + step; i >= 0 && i < rows.length; i += step) {
    if (rows[i]!.kind === 'annotation') return i;
  }
  return at >= 0 && at < rows.length ? at : -1;
}
