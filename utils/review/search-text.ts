import type { Annotation } from '../db/types';

// Built once per record and kept while the record object lives: edits make new objects, so
// a stale entry can never be read, and rebuilding the search index after an edit re-reads
// only the lower-cased text of the record that changed.
const haystacks = new WeakMap<Annotation, string>();

/** The lower-cased text a search looks in: quote, note, page title and speaker. */
export function searchText(a: Annotation): string {
  let text = haystacks.get(a);
  if (text === undefined) {
    text = `${a.target.quote.exact}\n${a.note}\n${a.title}\n${a.speaker ?? ''}`.toLowerCase();
    haystacks.set(a, text);
  }
  return text;
}
