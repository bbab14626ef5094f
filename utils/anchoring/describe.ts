import type { TextSpan, TextTarget } from './types';

/** How much text either side of a quote is kept to tell repeated quotes apart. */
export const CONTEXT_LENGTH = 32;

/**
 * Describes a span of indexed text as the selector pair every annotation stores: the quote
 * with up to 32 characters of context each side (what decides where it re-anchors) and the
 * position (a hint that makes the common, unchanged-page case a single comparison).
 *
 * @throws RangeError when the span is empty or outside `text` — a caller bug, not user input.
 */
export function describeSpan(text: string, span: TextSpan): TextTarget {
  const { start, end } = span;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length) {
    throw new RangeError(`span [${start}, ${end}) is outside a text of ${text.length} characters`);
  }
  if (start >= end) throw new RangeError(`span [${start}, ${end}) is empty`);
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: withoutBrokenPair(text.slice(Math.max(0, start - CONTEXT_LENGTH), start), 'start'),
      suffix: withoutBrokenPair(text.slice(end, end + CONTEXT_LENGTH), 'end'),
    },
    position: { type: 'TextPositionSelector', start, end },
  };
}

/**
 * Drops a lone surrogate left where the 32-character cut split an emoji or other astral
 * character, so stored context is always well-formed Unicode (and survives JSON tools).
 */
function withoutBrokenPair(context: string, cutAt: 'start' | 'end'): string {
  if (cutAt === 'start' && /^[\uDC00-\uDFFF]/.test(context)) return context.slice(1);
  if (cutAt === 'end' && /[\uD800-\uDBFF]$/.test(context)) return context.slice(0, -1);
  return context;
}
