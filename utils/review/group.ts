import type { Annotation } from '../db/types';

/** A page and its annotations, for the review list. */
export interface PageGroup {
  url: string;
  title: string;
  site: string;
  /** The first annotation's creation time (the newest, in the default order). */
  latest: string;
  annotations: Annotation[];
}

/** Groups annotations by page, keeping their order within groups and of first appearance. */
export function groupByPage(annotations: readonly Annotation[]): PageGroup[] {
  const groups = new Map<string, PageGroup>();
  for (const annotation of annotations) {
    let group = groups.get(annotation.url);
    if (!group) {
      group = {
        url: annotation.url,
        title: annotation.title || annotation.url,
        site: annotation.site,
        latest: annotation.createdAt,
        annotations: [],
      };
      groups.set(annotation.url, group);
    }
    group.annotations.push(annotation);
  }
  return [...groups.values()];
}

/** A person (or "no named speaker") and the annotations attributed to them. */
export interface PersonGroup {
  key: string;
  name: string;
  annotations: Annotation[];
}

/**
 * Groups annotations by person (`personOf` maps a speaker spelling to a person key, `nameOf`
 * a key to its display name); unattributed ones come last, under "No named speaker".
 */
export function groupByPerson(
  annotations: readonly Annotation[],
  personOf: ReadonlyMap<string, string>,
  nameOf: ReadonlyMap<string, string>,
): PersonGroup[] {
  const groups = new Map<string, PersonGroup>();
  const nobody: PersonGroup = { key: '', name: 'No named speaker', annotations: [] };
  for (const a of annotations) {
    if (!a.speaker) {
      nobody.annotations.push(a);
      continue;
    }
    const key = personOf.get(a.speaker) ?? a.speaker.toLowerCase();
    let group = groups.get(key);
    if (!group) {
      group = { key, name: nameOf.get(key) ?? a.speaker, annotations: [] };
      groups.set(key, group);
    }
    group.annotations.push(a);
  }
  const list = [...groups.values()];
  if (nobody.annotations.length) list.push(nobody);
  return list;
}
