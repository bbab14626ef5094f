import search from 'approx-string-match';
import {
  adjacentMatches,
  contextAgreement,
  contextOf,
  neighboursAgree,
  type QuoteContext,
} from './context-score';
import { CONTEXT_LENGTH } from './describe';
import type { TextSpan, TextTarget } from './types';
import { collapseWhitespace, collapsedView } from './whitespace';

/**
 * Tuning. A wrong attachment (a label shown on text the reader never labelled) is worse
 * than an orphan the reader can see listed, so every threshold leans towards null.
 */
export const MATCH_TUNING = {
  /** Fuzzy matching tolerates edits to a quarter of the quote, and none below 4 chars. */
  maxErrorRate: 0.25,
  /** Quotes shorter than this need context support (short text repeats). */
  distinctiveQuoteLength: 32,
  /** …including this many unchanged characters right next to them on one side. */
  adjacentChars: 8,
  /** Lowest per-side context agreement that counts as support. */
  minContextSupport: 0.5,
  /** Repeats beyond this many are pre-ranked cheaply before edit distances are computed. */
  maxRankedRepeats: 16,
  /** Lowest weighted score a fuzzy match needs to be accepted. */
  minFuzzyScore: 0.8,
  weights: { quote: 50, prefix: 20, suffix: 20, position: 2 },
} as const;

interface Quote {
  exact: string;
  context: QuoteContext;
  /** Where the quote started when it was described, if that is usable. */
  hint: number | null;
}

/**
 * Finds where an annotation's quote is in `text` now (normally a text index's text):
 * 1. the stored position, when the text there is still the quote (and, for short quotes,
 *    still has its surroundings);
 * 2. otherwise exact occurrences, the one whose surroundings best match the stored
 *    prefix/suffix (then the nearest to the old position);
 * 3. otherwise an approximate match (bit-parallel, errors up to a quarter of the quote),
 *    scored on quote, prefix and suffix similarity and distance, above a floor.
 * Whitespace is compared collapsed. Returns null (an orphan) rather than a doubtful match;
 * when the exact quote is on the page but unsupported, stage 3 is skipped (the bit-parallel
 * search only reports the lowest-error matches, which would be those same exact ones).
 *
 * Anchoring many targets against one text? Use {@link createMatcher}, which prepares the
 * text once instead of once per target.
 */
export function anchorTarget(text: string, target: TextTarget): TextSpan | null {
  return createMatcher(text).anchor(target);
}

/** Where in the text an anchor search may look: [from, to) of the matcher's text. */
export interface SearchWindow {
  from: number;
  to: number;
}

/** Optional help for {@link TextMatcher.anchor}. */
export interface AnchorOptions {
  /**
   * Only matches lying inside this window count (used to look for orphans only where the
   * page's text changed); candidates are still scored on their real context.
   */
  within?: SearchWindow;
  /**
   * Where the quote probably starts now: the stored position moved by the shift seen at
   * neighbouring annotations (an ad inserted above moves everything below by the same
   * amount). Checked before any search, and approximate search looks near it first.
   */
  near?: number;
}

/** {@link anchorTarget} for one text and many targets. */
export interface TextMatcher {
  readonly text: string;
  anchor(target: TextTarget, options?: AnchorOptions): TextSpan | null;
}

/** How far either side of a predicted position the first approximate search looks. */
const NEAR_REACH = 512;

/** Prepares `text` (whitespace view) once for anchoring any number of targets. */
export function createMatcher(text: string): TextMatcher {
  const view = collapsedView(text);
  // Windows and predictions are in the caller's offsets: only usable on collapsed text.
  const identity = view.text === text;
  return {
    text,
    anchor(target, options = {}) {
      const exact = collapseWhitespace(target.quote.exact).trim();
      if (!exact) return null;
      const quote: Quote = {
        exact,
        context: contextOf(
          collapseWhitespace(target.quote.prefix),
          collapseWhitespace(target.quote.suffix),
        ),
        hint: usableHint(target.position.start, view.text.length),
      };
      const near = identity ? usableHint(options.near, text.length) : null;
      let span: TextSpan | null;
      if (options.within && identity) {
        const area = clampWindow(options.within, text.length);
        span = area && inWindow(view.text, quote, area);
      } else {
        span = near === null ? anywhere(view.text, quote) : predicted(view.text, quote, near);
      }
      return span && { start: view.toOriginalStart(span.start), end: view.toOriginalEnd(span.end) };
    },
  };
}

function anywhere(text: string, quote: Quote): TextSpan | null {
  return (
    atHint(text, quote) ??
    (text.includes(quote.exact) ? bestExact(text, quote) : bestFuzzy(text, quote))
  );
}

/**
 * The stages with a predicted position: the stored one, then the predicted one (which must
 * also have an unchanged neighbour, since it is a guess), then exact repeats anywhere, then
 * approximate matches near the prediction before the whole text.
 */
function predicted(text: string, quote: Quote, near: number): TextSpan | null {
  const fromHint = atHint(text, quote);
  if (fromHint) return fromHint;
  const guess = { start: near, end: near + quote.exact.length };
  if (
    text.startsWith(quote.exact, near) &&
    isSupported(text, quote, guess) &&
    neighboursAgree(text, guess, quote.context, MATCH_TUNING.adjacentChars)
  ) {
    return guess;
  }
  if (text.includes(quote.exact)) return bestExact(text, quote);
  const reach = NEAR_REACH + quote.exact.length;
  const area = { from: Math.max(0, near - reach), to: Math.min(text.length, near + 2 * reach) };
  return inWindow(text, quote, area, true) ?? bestFuzzy(text, quote);
}

/**
 * Runs the same stages on a slice of the text around the window and keeps the result only
 * if it lies inside the window. The slice reaches a context length beyond the window, so a
 * span inside the window is judged on its real neighbours, never on a cut-off edge.
 */
function inWindow(
  text: string,
  quote: Quote,
  area: SearchWindow,
  fuzzyOnly = false,
): TextSpan | null {
  const from = Math.max(0, area.from - CONTEXT_LENGTH);
  const to = Math.min(text.length, area.to + CONTEXT_LENGTH);
  const slice = text.slice(from, to);
  const local: Quote = { ...quote, hint: quote.hint === null ? null : quote.hint - from };
  if (local.hint !== null && (local.hint < 0 || local.hint > slice.length)) local.hint = null;
  const found = fuzzyOnly ? bestFuzzy(slice, local) : anywhere(slice, local);
  if (!found) return null;
  const span = { start: found.start + from, end: found.end + from };
  return span.start >= area.from && span.end <= area.to ? span : null;
}

/** The window inside the text, or null when nothing of it is left. */
function clampWindow(w: SearchWindow, length: number): SearchWindow | null {
  const from = Math.max(0, Math.floor(w.from));
  const to = Math.min(length, Math.ceil(w.to));
  return to > from ? { from, to } : null;
}

function usableHint(start: unknown, textLength: number): number | null {
  return typeof start === 'number' && Number.isInteger(start) && start >= 0 && start <= textLength
    ? start
    : null;
}

/**
 * Stage 1: the page did not change before the passage, the common case. Short quotes also
 * need their surroundings: "a" still sitting at its old offset after an edit is chance.
 */
function atHint(text: string, quote: Quote): TextSpan | null {
  if (quote.hint === null) return null;
  const span = { start: quote.hint, end: quote.hint + quote.exact.length };
  if (text.slice(span.start, span.end) !== quote.exact) return null;
  return isSupported(text, quote, span) ? span : null;
}

/** Stage 2: all exact occurrences; context first, then distance, picks among repeats. */
function bestExact(text: string, quote: Quote): TextSpan | null {
  const distance = (span: TextSpan) =>
    quote.hint === null ? 0 : Math.abs(span.start - quote.hint);
  let spans: TextSpan[] = [];
  for (let at = text.indexOf(quote.exact); at !== -1; at = text.indexOf(quote.exact, at + 1)) {
    spans.push({ start: at, end: at + quote.exact.length });
  }
  // A one-letter quote can repeat thousands of times; edit distance on every repeat took
  // ~0.4 s on a 200k-character page. Untouched neighbours are what decide anyway.
  if (spans.length > MATCH_TUNING.maxRankedRepeats) {
    const ranked = spans.map((span) => ({
      span,
      score: adjacentMatches(text, span, quote.context),
      distance: distance(span),
    }));
    ranked.sort((a, b) => b.score - a.score || a.distance - b.distance);
    spans = ranked.slice(0, MATCH_TUNING.maxRankedRepeats).map((r) => r.span);
  }
  let best: { span: TextSpan; context: number; distance: number } | null = null;
  for (const span of spans) {
    const agreement = contextAgreement(text, span, quote.context);
    const context = agreement.prefix + agreement.suffix;
    const away = distance(span);
    if (!best || context > best.context || (context === best.context && away < best.distance)) {
      best = { span, context, distance: away };
    }
  }
  return best && isSupported(text, quote, best.span) ? best.span : null;
}

/**
 * A short phrase ("the minister said") found with unrelated text around it is more likely
 * another use of the phrase than the passage the reader labelled; long quotes are their
 * own evidence.
 */
function isSupported(text: string, quote: Quote, span: TextSpan): boolean {
  if (quote.exact.length >= MATCH_TUNING.distinctiveQuoteLength) return true;
  const agreement = contextAgreement(text, span, quote.context);
  return (
    Math.max(agreement.prefix, agreement.suffix) >= MATCH_TUNING.minContextSupport &&
    neighboursAgree(text, span, quote.context, MATCH_TUNING.adjacentChars)
  );
}

/** Stage 3: the passage was edited; accept only a close, well-supported match. */
function bestFuzzy(text: string, quote: Quote): TextSpan | null {
  const maxErrors = Math.floor(quote.exact.length * MATCH_TUNING.maxErrorRate);
  if (maxErrors < 1) return null;
  const { weights } = MATCH_TUNING;
  const total = weights.quote + weights.prefix + weights.suffix + weights.position;
  let best: { span: TextSpan; score: number } | null = null;
  for (const match of search(text, quote.exact, maxErrors)) {
    const span = { start: match.start, end: match.end };
    const agreement = contextAgreement(text, span, quote.context);
    // Both sides must agree somewhat: when a passage is deleted, the similar text that
    // moves into its place (the next list item, say) shares one side of context at most.
    if (Math.min(agreement.prefix, agreement.suffix) < MATCH_TUNING.minContextSupport) continue;
    const score =
      (weights.quote * (1 - match.errors / quote.exact.length) +
        weights.prefix * agreement.prefix +
        weights.suffix * agreement.suffix +
        weights.position * positionScore(span.start, quote.hint, text.length)) /
      total;
    if (score >= MATCH_TUNING.minFuzzyScore && (!best || score > best.score))
      best = { span, score };
  }
  return best && isSupported(text, quote, best.span) ? best.span : null;
}

/** 1 at the old position, falling to 0 across the whole text; neutral without a hint. */
function positionScore(start: number, hint: number | null, textLength: number): number {
  if (hint === null) return 0.5;
  return 1 - Math.min(1, Math.abs(start - hint) / Math.max(1, textLength));
}
