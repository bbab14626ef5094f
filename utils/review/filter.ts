import type { Annotation, AnnotationLabel, AnnotationOrigin } from '../db/types';
import { matchingWords } from './search-index';

/**
 * What the reader narrowed the review list to. An empty label set means every label; an
 * empty site, person or origin means any; dates are `YYYY-MM-DD`, inclusive, on createdAt.
 */
export interface ReviewFilter {
  query: string;
  labels: ReadonlySet<AnnotationLabel>;
  site?: string;
  /** A person key from utils/review/people (every spelling of that person matches). */
  person?: string;
  from?: string;
  to?: string;
  origin?: AnnotationOrigin | '';
}

/** An empty filter: everything shown. */
export const NO_FILTER: ReviewFilter = { query: '', labels: new Set() };

/** True when the filter narrows anything at all. */
export function isFiltering(filter: ReviewFilter): boolean {
  return Boolean(
    filter.query.trim() ||
    filter.labels.size ||
    filter.site ||
    filter.person ||
    filter.from ||
    filter.to ||
    filter.origin,
  );
}

/**
 * Annotations matching the filter, in the order given. `personOf` maps a speaker spelling to
 * its person key (see personKeys); without it the person filter compares spellings.
 */
export function filterAnnotations(
  annotations: readonly Annotation[],
  filter: ReviewFilter,
  personOf?: ReadonlyMap<string, string>,
): Annotation[] {
  const words = filter.query.toLowerCase().split(/\s+/).filter(Boolean);
  const { labels, site, person, origin } = filter;
  // Inclusive day bounds compared as strings: ISO timestamps sort as text.
  const from = filter.from || '';
  const to = filter.to ? `${filter.to}T\uffff` : '';
  const hits = words.length ? matchingWords(annotations, words) : undefined;
  return annotations.filter((a, i) => {
    if (hits && !hits[i]) return false;
    if (labels.size > 0 && !labels.has(a.label)) return false;
    if (site && a.site !== site) return false;
    if (origin && a.origin !== origin) return false;
    if (from && a.createdAt < from) return false;
    if (to && a.createdAt > to) return false;
    if (person) {
      if (!a.speaker) return false;
      const key = personOf?.get(a.speaker) ?? a.speaker.toLowerCase();
      if (key !== person) return false;
    }
    return true;
  });
}

/** Sites in the annotations, most annotated first, for the site filter. */
export function sitesOf(annotations: readonly Annotation[]): { site: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const a of annotations) counts.set(a.site, (counts.get(a.site) ?? 0) + 1);
  return [...counts]
    .map(([site, count]) => ({ site, count }))
    .sort((x, y) => y.count - x.count || x.site.localeCompare(y.site));
}
