import type { Annotation } from '../db/types';
import { groupByPage, groupByPerson, type PageGroup, type PersonGroup } from './group';

/** A group heading in the review list. */
export type HeadingRow =
  | { kind: 'page'; key: string; group: PageGroup }
  | { kind: 'person'; key: string; group: PersonGroup };

/**
 * One row of the flattened review list: a heading, or an annotation itself. Annotations are
 * not wrapped, so re-filtering 100,000 of them allocates only the headings.
 */
export type ReviewRow = HeadingRow | Annotation;

/** True for a heading row (annotations have no `kind`). */
export function isHeading(row: ReviewRow): row is HeadingRow {
  return 'kind' in row;
}

/** The row's stable key: the heading's, or the annotation's id. */
export function rowKey(row: ReviewRow): string {
  return isHeading(row) ? row.key : row.id;
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
  if (grouping === 'none') return annotations as Annotation[];
  const rows: ReviewRow[] = [];
  // Loops, not push(...list): a group can hold more annotations than a call takes arguments.
  if (grouping === 'page') {
    for (const group of groupByPage(annotations)) {
      rows.push({ kind: 'page', key: `page:${group.url}`, group });
      for (const a of group.annotations) rows.push(a);
    }
  } else {
    for (const group of groupByPerson(annotations, personOf, nameOf)) {
      rows.push({ kind: 'person', key: `person:${group.key}`, group });
      for (const a of group.annotations) rows.push(a);
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
  let at = fromId ? rows.findIndex((r) => !isHeading(r) && r.id === fromId) : -1;
  if (at < 0) at = step === 1 ? -1 : rows.length;
  for (let i = at + step; i >= 0 && i < rows.length; i += step) {
    if (!isHeading(rows[i]!)) return i;
  }
  return at >= 0 && at < rows.length ? at : -1;
}
