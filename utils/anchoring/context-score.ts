import { CONTEXT_LENGTH } from './describe';
import { editSimilarity } from './similarity';
import type { TextSpan } from './types';

/** The stored context of a quote, whitespace-collapsed and cut to the compared length. */
export interface QuoteContext {
  prefix: string;
  suffix: string;
}

/** How well the text around a candidate agrees with the stored context, per side (0..1). */
export interface ContextAgreement {
  prefix: number;
  suffix: number;
}

/** Keeps the characters nearest the quote: those are the ones that tell repeats apart. */
export function contextOf(prefix: string, suffix: string): QuoteContext {
  return { prefix: prefix.slice(-CONTEXT_LENGTH), suffix: suffix.slice(0, CONTEXT_LENGTH) };
}

/**
 * Compares the stored context with the same number of characters around `span`. Edit
 * similarity rather than exact comparison, so one changed word next to the passage costs
 * a little instead of everything.
 */
export function contextAgreement(
  text: string,
  span: TextSpan,
  context: QuoteContext,
): ContextAgreement {
  const { prefix, suffix } = context;
  const before = text.slice(Math.max(0, span.start - prefix.length), span.start);
  const after = text.slice(span.end, span.end + suffix.length);
  return {
    prefix: prefix ? editSimilarity(prefix, before) : emptySide(span.start === 0),
    suffix: suffix ? editSimilarity(suffix, after) : emptySide(span.end === text.length),
  };
}

/**
 * How many stored context characters, counted outwards from the quote, equal the text
 * touching `span`: cheap (no edit distance), so it can rank thousands of repeats.
 */
export function adjacentMatches(text: string, span: TextSpan, context: QuoteContext): number {
  const common = commonAdjacent(text, span, context);
  return common.prefix + common.suffix;
}

/**
 * Whether the characters touching the candidate equal the stored ones on at least one side
 * (`need` of them, or the whole stored side if shorter). Edit similarity forgives shifts,
 * which is right for long quotes but lets a short quote re-attach a few characters away
 * from where it was deleted: there the windows overlap the real context, just shifted.
 * An empty stored side proves nothing here: "a" deleted from "a and …" would otherwise
 * re-attach to the "a" of "and" for merely being at the start.
 */
export function neighboursAgree(
  text: string,
  span: TextSpan,
  context: QuoteContext,
  need: number,
): boolean {
  const { prefix, suffix } = context;
  // The quote was the whole text: it still is, or it is gone.
  if (!prefix && !suffix) return span.start === 0 && span.end === text.length;
  const common = commonAdjacent(text, span, context);
  const prefixOk = prefix !== '' && common.prefix >= Math.min(need, prefix.length);
  const suffixOk = suffix !== '' && common.suffix >= Math.min(need, suffix.length);
  return prefixOk || suffixOk;
}

function commonAdjacent(text: string, span: TextSpan, context: QuoteContext): ContextAgreement {
  const { prefix, suffix } = context;
  let before = 0;
  while (
    before < prefix.length &&
    span.start - before > 0 &&
    text[span.start - before - 1] === prefix[prefix.length - before - 1]
  ) {
    before++;
  }
  let after = 0;
  while (after < suffix.length && text[span.end + after] === suffix[after]) after++;
  return { prefix: before, suffix: after };
}

/**
 * An empty stored side means the quote touched the start/end of the text. A candidate that
 * still does agrees fully; one with text there does not agree at all (counting it as
 * "unknown, half" let a removed opening word re-attach to the same word further down).
 */
function emptySide(atBoundary: boolean): number {
  return atBoundary ? 1 : 0;
}
