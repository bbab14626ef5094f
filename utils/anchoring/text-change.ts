import { CONTEXT_LENGTH } from './describe';
import type { TextSpan } from './types';

/**
 * The one region where two versions of a page's text differ: `[start, oldEnd)` of the old
 * text became `[start, newEnd)` of the new one. Several edits in one batch merge into one
 * region covering all of them, which is coarse but never misses a change.
 */
export interface TextChange {
  start: number;
  oldEnd: number;
  newEnd: number;
}

/** The changed region between two texts, or null when they are equal. One linear pass. */
export function diffTexts(before: string, after: string): TextChange | null {
  if (before === after) return null;
  const shorter = Math.min(before.length, after.length);
  let start = 0;
  while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let tail = 0;
  while (
    tail < shorter - start &&
    before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)
  ) {
    tail++;
  }
  return { start, oldEnd: before.length - tail, newEnd: after.length - tail };
}

/**
 * Where a span of the old text is in the new text, when the change cannot have affected
 * how it anchors: the span and its stored context (a context length each side) are clear
 * of the changed region, so its words and neighbours are the same characters, shifted.
 * Null when the change is too close: the caller anchors that span again from its selectors.
 */
export function carrySpan(span: TextSpan, change: TextChange): TextSpan | null {
  if (span.end + CONTEXT_LENGTH <= change.start) return span;
  if (span.start - CONTEXT_LENGTH >= change.oldEnd) {
    const shift = change.newEnd - change.oldEnd;
    return { start: span.start + shift, end: span.end + shift };
  }
  return null;
}

/**
 * The part of the new text an orphan needs to be looked for in after a change: the new
 * text plus enough around it for a quote to straddle its edges. Anything wholly outside
 * was already there, with the same neighbours, when the orphan was last looked for.
 */
export function searchWindowFor(change: TextChange, quoteLength: number): TextSpan {
  // A fuzzy match may be up to a quarter longer than the quote.
  const reach = Math.ceil(quoteLength * 1.25) + CONTEXT_LENGTH;
  return { start: Math.max(0, change.start - reach), end: change.newEnd + reach };
}
