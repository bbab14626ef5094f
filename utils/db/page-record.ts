import type { PageRecord } from './database';
import type { Annotation } from './types';
import { siteOf } from '../url/normalize-url';

/** A fresh stamp for PageRecord.changed: time-ordered, and never equal to another write's. */
export function changeStamp(): number {
  return Date.now() + Math.random() * 0.999;
}

/** The latest createdAt of a list ('' when empty). */
function newestOf(annotations: readonly Annotation[]): string {
  let newest = '';
  for (const a of annotations) if (a.createdAt > newest) newest = a.createdAt;
  return newest;
}

/** What a page record needs besides its annotations; the derived fields are recomputed. */
export type PageDetails = Omit<PageRecord, 'annotations' | 'newest' | 'changed'> &
  Partial<Pick<PageRecord, 'annotations' | 'newest' | 'changed'>>;

/** The page holding exactly `annotations`, with its derived fields brought up to date. */
export function pageWith(page: PageDetails, annotations: Annotation[]): PageRecord {
  return { ...page, annotations, newest: newestOf(annotations), changed: changeStamp() };
}

/** A new page record for a URL seen for the first time at `stamp`. */
export function newPage(url: string, title: string, stamp: string): PageRecord {
  return pageWith(
    { url, title: title || url, site: siteOf(url), firstSeen: stamp, lastSeen: stamp },
    [],
  );
}

/** The list with `incoming` put in by id: replacing what has its id, adding the rest. */
export function putById(
  list: readonly Annotation[],
  incoming: readonly Annotation[],
): Annotation[] {
  const byId = new Map(incoming.map((a) => [a.id, a]));
  const out = list.map((a) => {
    const next = byId.get(a.id);
    if (!next) return a;
    byId.delete(a.id);
    return next;
  });
  for (const a of byId.values()) out.push(a);
  return out;
}

/** Sort order: newest created first (ISO timestamps compare as text). */
export const newestFirst = (x: Annotation, y: Annotation): number =>
  x.createdAt < y.createdAt ? 1 : x.createdAt > y.createdAt ? -1 : 0;

/** Groups annotations by their page URL, keeping their order within each page. */
export function byUrl<T extends { url: string }>(items: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(item.url);
    if (group) group.push(item);
    else groups.set(item.url, [item]);
  }
  return groups;
}
