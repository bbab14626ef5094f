import type { Annotation } from '../db/types';
import { searchText } from './search-text';

/**
 * Every annotation's search text in one string, so a word is found with one indexOf scan
 * over all of them (the engine's fast string search) rather than 100,000 separate calls.
 * Texts are joined with a newline: query words never contain whitespace, so no match can
 * span two annotations.
 */
class SearchIndex {
  private readonly text: string;
  /** Where each annotation's text starts, plus the end of the last one. */
  private readonly starts: Int32Array;

  constructor(annotations: readonly Annotation[]) {
    const parts = new Array<string>(annotations.length);
    this.starts = new Int32Array(annotations.length + 1);
    let at = 0;
    for (let i = 0; i < annotations.length; i++) {
      const text = searchText(annotations[i]!);
      parts[i] = text;
      this.starts[i] = at;
      at += text.length + 1;
    }
    this.starts[annotations.length] = at;
    this.text = parts.join('\n');
  }

  /** 1 for each annotation whose text contains every word (lower-cased, distinct), else 0. */
  matching(words: readonly string[]): Uint8Array {
    const count = this.starts.length - 1;
    // How many of the words, in order, each annotation has matched so far.
    const hits = new Uint16Array(count);
    words.forEach((word, w) => {
      let item = 0;
      for (let at = this.text.indexOf(word); at >= 0; at = this.text.indexOf(word, at)) {
        while (this.starts[item + 1]! <= at) item++;
        // Count a word once per annotation, and only where every earlier word matched.
        if (hits[item] === w) hits[item] = w + 1;
        at = this.starts[item + 1]!;
      }
    });
    const all = new Uint8Array(count);
    for (let i = 0; i < count; i++) all[i] = hits[i] === words.length ? 1 : 0;
    return all;
  }
}

// One index per list: the review page keeps the same array until the data changes.
const indexes = new WeakMap<readonly Annotation[], SearchIndex>();

/**
 * Which of `annotations` contain every word (see SearchIndex; the index is built once per
 * list). Call `matchingWords(list, [])` ahead of time to build it before the first search.
 */
export function matchingWords(
  annotations: readonly Annotation[],
  words: readonly string[],
): Uint8Array {
  // Distinct words, at most as many as the counter above can count.
  const distinct = [...new Set(words)].slice(0, 0xfffe);
  let index = indexes.get(annotations);
  if (!index) {
    index = new SearchIndex(annotations);
    indexes.set(annotations, index);
  }
  return index.matching(distinct);
}
