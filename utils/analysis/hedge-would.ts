import {
  CONDITION_AFTER,
  DEAL_BEFORE,
  DEAL_SHAPE,
  HABIT_SPAN,
  HABITUAL,
  hypothetical,
  LAW_BEFORE,
  PAST_FRAME,
  PROVISION,
  reportedForecast,
  SCHEDULED_CHANGE,
  THREAT,
  WILL_SCHEDULED,
  WOULD_NOT_HEDGE,
  WOULD_REFUSE,
  WOULD_TENTATIVE,
} from './hedge-modals';
import {
  inQuote,
  mainClause,
  settledBefore,
  UNDER_RULES,
  type HedgeContext,
  type Rule,
} from './hedge-frames';
import { pastHabit, THAN_EXPECTED } from './hedge-settled';

/*
 * "would": a hedge when it guesses ("the deal would probably collapse", a speaker's own
 * "it would be a disaster"), not when it is a "will" back-shifted into reported speech, a
 * habit, what a law or deal provides, a refusal or a schedule. The rule first asks whether
 * this "would" can be a guess at all, then whether one of the named uses below explains it.
 */

/** One "would" in its sentence, with the slices the tests below look at. */
interface WouldSite {
  ctx: HedgeContext;
  sentence: string;
  /** The text before the "would" and after it. */
  before: string;
  rest: string;
  /** `rest` without a "not" right after the "would". */
  restAffirmed: string;
  /** The modal as written: "would", "wouldn't" or "'d". */
  match: string;
  /** Inside a quotation: the speaker's own words. */
  quoted: boolean;
  /** "would not", "wouldn't", "Neither leader would": the subject or the verb negates it. */
  negated: boolean;
  /** Reported speech, outside any quotation. */
  reported: boolean;
}

function siteOf(ctx: HedgeContext, m: RegExpExecArray, sentence: string): WouldSite {
  const before = sentence.slice(0, m.index);
  const rest = sentence.slice(m.index + m[0].length);
  const quoted = inQuote(ctx, m.index);
  return {
    ctx,
    sentence,
    before,
    rest,
    match: m[0],
    restAffirmed: rest.replace(/^\s+not\b/i, ''),
    quoted,
    negated:
      /n['’]t$/.test(m[0]) ||
      /^\s+(?:not|never)\b/i.test(rest) ||
      /\b(?:neither|nobody|no one|none)\b[^,;]{0,40}$/i.test(before),
    reported: ctx.indirect && !quoted,
  };
}

/**
 * Whether the "would" can be a guess: in a quotation or the writer's voice, after the
 * reported words end, or in reported speech when a condition, a tentative verb, a forecast
 * or a hypothetical frame makes the reported "will" a guess itself.
 */
const canGuess = (w: WouldSite, at: number): boolean =>
  w.quoted ||
  !w.ctx.indirect ||
  (w.ctx.indirectUntil !== undefined && at > w.ctx.indirectUntil) ||
  CONDITION_AFTER.test(w.rest) ||
  // "argued that a one-time draw would have kept the programme": a past that did not happen.
  COUNTERFACTUAL.test(w.rest) ||
  (!w.negated && WOULD_TENTATIVE.test(w.rest)) ||
  reportedForecast(w.before, w.rest) ||
  hypothetical(w.before.slice(-40));

/** "would have kept", "would have been": what would have happened, and did not. */
const COUNTERFACTUAL =
  /^\s+(?:not\s+)?have\s+(?:been|had|\w+ed|\w+en|kept|made|gone|done|seen|taken|won|lost|sold|paid|got)\b/i;
/** "once the ban takes effect": a rule's start, which makes what follows a provision. */
const IN_FORCE =
  /\bonce (?:the|this|that|a) (?:[\w’'-]+ )?(?:ban|law|rule|rules|bill|scheme|changes?|cap|levy|tax|policy) (?:takes?|comes?|goes?) (?:effect|into force|live)\b/i;
/** "According to the draft text, …": what a document under discussion provides. */
const ACCORDING_TO_TERMS =
  /\baccording to (?:the|a|its|their) (?:[\w’'-]+ ){0,2}(?:draft|bill|plan|proposals?|agreement|deal|terms|text|legislation|contract|treaty|rules|blueprint|framework)\b/i;
/** "as planned", "as agreed" just after the verb: a plan confirmed. */
const AS_PLANNED = /^\s+(?:[\w’'-]+\s+){0,3}as (?:planned|scheduled|agreed|promised|announced)\b/i;
/** "were told", "promised us that", "We said all along that" and up to five words: a would after it is reported. */
const TOLD_BEFORE =
  /\b(?:told|promised|assured|informed|said)\b(?: (?:us|me|him|her|them|you))?(?: (?:all along|before|at the time))?(?: that)?(?: [\w’'-]+){1,5}\s*$/i;

/** "The bill would replace three benefits and would cap …": the second "would" shares it. */
const lawAnd = (before: string): boolean => {
  const first = before.search(/\bwould\b/i);
  return first > 0 && /\band\s+$/.test(before) && LAW_BEFORE.test(before.slice(0, first));
};

/** Uses of "would" that are no guess, each named by an example. */
const NOT_A_GUESS: { example: string; test: (w: WouldSite) => boolean }[] = [
  {
    example: 'warned that it would retaliate (the threat itself, reported)',
    test: (w) => Boolean(w.ctx.threat) && !w.quoted && THREAT.test(w.restAffirmed),
  },
  {
    example: 'would later become, would like (a narrated future, a wish)',
    test: (w) => WOULD_NOT_HEDGE.test(w.restAffirmed),
  },
  {
    example: 'the minister would not comment (a refusal)',
    test: (w) => w.negated && WOULD_REFUSE.test(w.restAffirmed),
  },
  {
    example: 'would spend hours … whenever it rained (a habit)',
    test: (w) => HABITUAL.test(w.sentence.slice(w.before.length)),
  },
  {
    example: 'would sing for 90 minutes without stopping (a habit with its span)',
    test: (w) => !w.negated && HABIT_SPAN.test(w.rest),
  },
  {
    example: 'the rule would cover 40 million workers (what a pending law provides)',
    test: (w) => (LAW_BEFORE.test(w.before) || lawAnd(w.before)) && PROVISION.test(w.rest),
  },
  {
    example: 'the combined group would run about 1,450 shops (what a deal makes)',
    test: (w) => DEAL_BEFORE.test(w.before) && DEAL_SHAPE.test(w.rest),
  },
  {
    example: "I'd even got the curtains open ('d for had)",
    test: (w) =>
      /^['’]d$/.test(w.match) &&
      /^\s+(?:(?:\w+ly|just|already|even|never|only|ever|not|long)\s+)?(?:been|got|gone|had|seen|done|made|left|heard|known|\w+ed)\b/i.test(
        w.rest,
      ),
  },
  {
    example: 'would cycle to training in his first season (a past habit)',
    test: (w) => pastHabit(w.sentence),
  },
  {
    example: 'under the draft, a landlord who … would face a fine (what a rule provides)',
    test: (w) => UNDER_RULES.test(w.before),
  },
  {
    example: 'according to the draft text, prisoners would be exchanged later (the same)',
    test: (w) => ACCORDING_TO_TERMS.test(w.before),
  },
  {
    example: 'would be able to repair it once the ban takes effect (the same)',
    test: (w) => IN_FORCE.test(w.sentence),
  },
  {
    example: 'faster than they thought it would (a past expectation compared)',
    test: (w) => THAN_EXPECTED.test(w.before),
  },
  {
    example: 'would be paid as planned on December 15 (a plan confirmed)',
    test: (w) => AS_PLANNED.test(w.rest),
  },
  {
    example: 'said the grant would rise from March (a change announced, with its date)',
    test: (w) => w.reported && SCHEDULED_CHANGE.test(w.rest),
  },
  {
    example: 'said she would go for a scan on Monday (a date makes it a schedule)',
    test: (w) => w.reported && WILL_SCHEDULED.test(w.rest),
  },
  {
    example: 'asked whether the board would meet (a question, a ruling, a rule)',
    test: (w) => settledBefore(w.before),
  },
  {
    example: 'every summer she would drive to the lake (a past frame)',
    test: (w) => PAST_FRAME.test(mainClause(w.sentence)) && !w.quoted,
  },
  {
    example: '"We were told the alarms would be fixed" (a promise reported inside the quote)',
    test: (w) => w.quoted && TOLD_BEFORE.test(w.before.slice(-60)),
  },
];

/** The hedge rule for "would", "wouldn't" and "'d". */
export const WOULD_RULE: Rule = {
  re: /\bwould(?:n['’]t)?\b|['’]d\b/gi,
  when: (ctx, m, sentence) => {
    const site = siteOf(ctx, m, sentence);
    return canGuess(site, m.index) && !NOT_A_GUESS.some((use) => use.test(site));
  },
};
