/*
 * What the hedge rules know about a modal besides the word itself: the sentence's context
 * (quoted, reported, a threat) and the frames around the modal that settle it (a question
 * put to someone, a ruling, a rule, a past expectation).
 */

/** What the hedge detector needs to know about a sentence besides its words. */
export interface HedgeContext {
  /** The sentence is (part of) a direct quotation: a speaker's "will" is a prediction. */
  quoted: boolean;
  /** The sentence reports indirect speech: "would" there is a back-shifted "will". */
  indirect: boolean;
  /**
   * Quoted stretches (offsets in the sentence), when only part of it is quoted: a "will"
   * inside is the speaker's forecast, a "would" outside is reported speech.
   */
  quotedRanges?: { start: number; end: number }[];
  /**
   * The source warned or threatened: "would attack", "would face consequences" after it is
   * the threat itself, reported, not a guess about the future.
   */
  threat?: boolean;
  /** Offset where reported speech ends: a cue after its words ("…, said X, but …"). */
  indirectUntil?: number;
}

/** Whether the offset `at` in the sentence lies inside a quotation. */
export const inQuote = (c: HedgeContext, at: number): boolean =>
  c.quotedRanges ? c.quotedRanges.some((r) => at >= r.start && at < r.end) : c.quoted;

/** A hedge expression and, when it needs one, the test its matches must pass. */
export type Rule = {
  re: RegExp;
  when?: (ctx: HedgeContext, m: RegExpExecArray, s: string) => boolean;
};

/** Text that ends inside the "that" clause of one of `verbs` ("ruled that the recording …"). */
export function inThatClauseOf(verbs: string): RegExp {
  return new RegExp(String.raw`\b(?:${verbs}) that\s+[^.;,]*$`, 'i');
}

/** What a ruling allowed: "ruled that the recording could be played". */
const ALLOWED = inThatClauseOf('ruled|decided?|agreed|allowed|confirmed');

/**
 * The sentence without a relative clause that closes it: "…, which has missed its target
 * every month this year" frames that clause, not the modal before it.
 */
export const mainClause = (s: string): string =>
  s.replace(/,\s+(?:which|who|whose|where)\b[^,;]*$/i, '');

/**
 * Whether the text before a modal frames it so that nobody is guessing: a question put to
 * someone ("asked if the judge would consider", "asked whether the meeting could be moved"),
 * what a ruling allowed ("ruled that the recording could be played"), a past expectation
 * ("I thought it would never happen") or what a rule allows ("under the rules, either may").
 */
export const settledBefore = (before: string): boolean =>
  /\b(?:ask|asks|asked|asking|wondered|inquired|enquired|queried|examined|investigated|tested|assessed|evaluated|explored|determine|studied)\b[^.;]*\b(?:if|whether)\s+[^.;]*$/i.test(
    before,
  ) ||
  ALLOWED.test(before) ||
  // "There were moments when I thought it would never happen": a past expectation, settled.
  // "I swore I would never do this", "People assumed phosphorus would be scarce": the same.
  /\b(?:I|we|people|everyone|everybody) (?:always |never |just )?(?:thought|assumed|presumed|figured|imagined|swore)\b[^.;]{0,40}$/i.test(
    before,
  ) ||
  // "Under the commission's rules, either government may call a session": what a rule allows.
  // (And the same with the rules after: see UNDER_RULES.)
  /\bunder (?:the|its|their|these|those) (?:[\w’'-]+ ){0,2}(?:rules|regulations|law|terms|treaty|agreement|constitution|contract)\b[^.;]*$/i.test(
    before,
  );

/** "…, under league rules": the sentence states what a rule allows. */
export const UNDER_RULES =
  /\bunder (?:the |its |their |these |those )?(?:[\w’'-]+ ){0,2}(?:rules?|regulations?|law|terms|treaty|agreement|constitution|contract|draft|bill|legislation|proposals)\b/i;
