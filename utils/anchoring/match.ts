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
import { GramFilter } from './gram-filter';
import { editDistance } from './similarity';
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
  /**
   * A short quote stored without any context (imported from a tool that keeps none) is
   * accepted only where it occurs once, and only from this length: nothing can confirm it.
   */
  minContextFreeQuote: 12,
  /** Short-quote repeats whose context scores (0..2) are closer than this are a tie. */
  ambiguityMargin: 0.15,
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
  let filter: GramFilter | undefined; // built on the first whole-text approximate search
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
        filter ??= new GramFilter(view.text);
        span =
          near === null
            ? anywhere(view.text, quote, filter)
            : predicted(view.text, quote, near, filter);
      }
      return span && { start: view.toOriginalStart(span.start), end: view.toOriginalEnd(span.end) };
    },
  };
}

function anywhere(text: string, quote: Quote, filter?: GramFilter): TextSpan | null {
  return (
    atHint(text, quote) ??
    (text.includes(quote.exact) ? bestExact(text, quote) : bestFuzzy(text, quote, filter))
  );
}

/**
 * The stages with a predicted position: the stored one, then the predicted one (which must
 * also have an unchanged neighbour, since it is a guess), then exact repeats anywhere, then
 * approximate matches near the prediction before the whole text.
 */
function predicted(text: string, quote: Quote, near: number, filter: GramFilter): TextSpan | null {
  const fromHint = atHint(text, quote);
  if (fromHint) return fromHint;
  const guess = settledAt(text, quote, near);
  if (guess && neighboursAgree(text, guess, quote.context, MATCH_TUNING.adjacentChars)) {
    return guess;
  }
  if (text.includes(quote.exact)) return bestExact(text, quote);
  const reach = NEAR_REACH + quote.exact.length;
  const area = { from: Math.max(0, near - reach), to: Math.min(text.length, near + 2 * reach) };
  return inWindow(text, quote, area, true) ?? bestFuzzy(text, quote, filter);
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
  return quote.hint === null ? null : settledAt(text, quote, quote.hint);
}

/**
 * The quote is at `start` and nothing around it suggests looking further. A short quote
 * ("with") whose surroundings changed may now have a better-placed twin (inserted words
 * can repeat it), so it must have all its stored neighbours to settle here; otherwise
 * stage 2 weighs every occurrence. Untouched surroundings, the usual case, cost no search.
 */
function settledAt(text: string, quote: Quote, start: number): TextSpan | null {
  const span = { start, end: start + quote.exact.length };
  if (!text.startsWith(quote.exact, start)) return null;
  if (quote.exact.length >= MATCH_TUNING.distinctiveQuoteLength) return span;
  const { prefix, suffix } = quote.context;
  return adjacentMatches(text, span, quote.context) === prefix.length + suffix.length ? span : null;
}

/** Stage 2: all exact occurrences; context first, then distance, picks among repeats. */
function bestExact(text: string, quote: Quote): TextSpan | null {
  const distance = (span: TextSpan) =>
    quote.hint === null ? 0 : Math.abs(span.start - quote.hint);
  let spans: TextSpan[] = [];
  for (let at = text.indexOf(quote.exact); at !== -1; at = text.indexOf(quote.exact, at + 1)) {
    spans.push({ start: at, end: at + quote.exact.length });
  }
  const short = quote.exact.length < MATCH_TUNING.distinctiveQuoteLength;
  if (short && !quote.context.prefix && !quote.context.suffix) return contextFree(quote, spans);
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
  const scored = spans.map((span) => {
    const agreement = contextAgreement(text, span, quote.context);
    return { span, context: agreement.prefix + agreement.suffix, distance: distance(span) };
  });
  scored.sort((a, b) => b.context - a.context || a.distance - b.distance);
  const [best, runnerUp] = scored;
  if (!best || !isSupported(text, quote, best.span)) return null;
  // Two occurrences of a short quote that their changed surroundings fit about equally
  // well ("vo" next to inserted words "vo pa nu") cannot be told apart: guessing would
  // be wrong half the time, and a wrong attachment is worse than an orphan.
  if (
    short &&
    runnerUp &&
    best.context < 2 &&
    best.context - runnerUp.context < MATCH_TUNING.ambiguityMargin &&
    isSupported(text, quote, runnerUp.span)
  ) {
    return null;
  }
  return best.span;
}

/** A quote with no stored surroundings: only an unrepeated, not too short one is safe. */
function contextFree(quote: Quote, spans: TextSpan[]): TextSpan | null {
  const [only, another] = spans;
  if (!only || another) return null;
  const long = quote.exact.length >= MATCH_TUNING.minContextFreeQuote;
  return long ? only : null;
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
function bestFuzzy(text: string, quote: Quote, filter?: GramFilter): TextSpan | null {
  const maxErrors = Math.floor(quote.exact.length * MATCH_TUNING.maxErrorRate);
  if (maxErrors < 1) return null;
  // Only where a match is possible at all (the same matches as searching everywhere).
  const windows = filter?.windows(quote.exact, maxErrors) ?? [{ from: 0, to: text.length }];
  const { weights } = MATCH_TUNING;
  const total = weights.quote + weights.prefix + weights.suffix + weights.position;
  let best: { span: TextSpan; score: number } | null = null;
  for (const match of windows.flatMap((w) => searchIn(text, quote.exact, maxErrors, w))) {
    const { span, errors } = refineEdges(text, quote, match, 2 * maxErrors);
    if (errors > maxErrors) continue;
    const agreement = contextAgreement(text, span, quote.context);
    // Both sides must agree somewhat: when a passage is deleted, the similar text that
    // moves into its place (the next list item, say) shares one side of context at most.
    if (Math.min(agreement.prefix, agreement.suffix) < MATCH_TUNING.minContextSupport) continue;
    const score =
      (weights.quote * (1 - errors / quote.exact.length) +
        weights.prefix * agreement.prefix +
        weights.suffix * agreement.suffix +
        weights.position * positionScore(span.start, quote.hint, text.length)) /
      total;
    if (score >= MATCH_TUNING.minFuzzyScore && (!best || score > best.score))
      best = { span, score };
  }
  return best && isSupported(text, quote, best.span) ? best.span : null;
}

/** Approximate matches inside one window, in whole-text offsets. */
function searchIn(text: string, pattern: string, maxErrors: number, w: SearchWindow) {
  const slice = w.from === 0 && w.to === text.length ? text : text.slice(w.from, w.to);
  return search(slice, pattern, maxErrors).map((m) => ({
    start: m.start + w.from,
    end: m.end + w.from,
    errors: m.errors,
  }));
}

/**
 * The bit-parallel search reports, among equally good alignments, the shortest: with a
 * word changed next to the edge of the passage it drops the edge word ("su and" matched
 * as "zupoto"). Where the stored context lines up better a few characters further, the
 * edge goes there; the quote's errors are then counted again for the adjusted span.
 */
function refineEdges(
  text: string,
  quote: Quote,
  match: { start: number; end: number; errors: number },
  slack: number,
): { span: TextSpan; errors: number } {
  const { prefix, suffix } = quote.context;
  const bestEdge = (from: number, score: (at: number) => number, lo: number, hi: number) => {
    let at = from;
    let best = score(from);
    for (let i = Math.max(lo, from - slack); i <= Math.min(hi, from + slack); i++) {
      const s = score(i);
      // Moving needs real evidence: a few more context characters lining up, not one.
      if (s >= best + MIN_EDGE_GAIN || (s > best && at !== from)) {
        at = i;
        best = s;
      }
    }
    return at;
  };
  const start = prefix
    ? bestEdge(match.start, (at) => runBefore(text, at, prefix), 0, match.end - 1)
    : match.start;
  const end = suffix
    ? bestEdge(match.end, (at) => runAfter(text, at, suffix), start + 1, text.length)
    : match.end;
  if (start === match.start && end === match.end) return { span: match, errors: match.errors };
  return { span: { start, end }, errors: editDistance(quote.exact, text.slice(start, end)) };
}

const MIN_EDGE_GAIN = 4;

/** How many characters before `at` equal the end of `prefix`. */
function runBefore(text: string, at: number, prefix: string): number {
  let n = 0;
  while (n < prefix.length && at - n > 0 && text[at - n - 1] === prefix[prefix.length - n - 1]) n++;
  return n;
}

/** How many characters from `at` equal the start of `suffix`. */
function runAfter(text: string, at: number, suffix: string): number {
  let n = 0;
  while (n < suffix.length && text[at + n] === suffix[n]) n++;
  return n;
}

/** 1 at the old position, falling to 0 across the whole text; neutral without a hint. */
function positionScore(start: number, hint: number | null, textLength: number): number {
  if (hint === null) return 0.5;
  return 1 - Math.min(1, Math.abs(start - hint) / Math.max(1, textLength));
}
