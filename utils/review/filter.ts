import type { Annotation, AnnotationLabel } from '../db/types';

/** What the reader narrowed the review list to. An empty label set means every label. */
export interface ReviewFilter {
  query: string;
  labels: ReadonlySet<AnnotationLabel>;
}

/** Annotations matching the filter; the text search covers quote, note, page title and speaker. */
export function filterAnnotations(annotations: Annotation[], filter: ReviewFilter): Annotation[] {
  const words = filter.query.toLowerCase().split(/\s+/).filter(Boolean);
  return annotations.filter((annotation) => {
    if (filter.labels.size > 0 && !filter.labels.has(annotation.label)) return false;
    if (words.length === 0) return true;
    const haystack = [
      annotation.target.quote.exact,
      annotation.note,
      annotation.title,
      annotation.speaker ?? '',
    ]
      .join('\n')
      .toLowerCase();
    return words.every((word) => haystack.includes(word));
  });
}

/** A page and its annotations, for the review list. */
export interface PageGroup {
  url: string;
  title: string;
  site: string;
  /** The newest annotation's creation time: groups are ordered by it. */
  latest: string;
  annotations: Annotation[];
}

/** Groups annotations (given newest first) by page, keeping that order within and across groups. */
export function groupByPage(annotations: Annotation[]): PageGroup[] {
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
