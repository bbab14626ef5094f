import { askedClause, withheldBefore } from './cue-checks';
import { DEMANDING, EXPECT_DEMAND } from './hedge-modals';
import { low } from './names';
import type { Token } from './tokens';

/** EXPECT_DEMAND for one test (the shared one is global, for matchAll). */
const DEMAND_AT = new RegExp(EXPECT_DEMAND.source, 'i');

/** What a firm recalls as products: "is recalling about 140,000 heaters". */
const RECALLED = /^(?:about|some|nearly|almost|more|over|around|\d[\d,.]*)$/;

/**
 * Set phrases and frames in which a reporting word at token `i` reports nothing: a plea
 * ("admitted causing serious injury"), a demand ("Regulars expect"), an act ("declared a
 * state of emergency"), an idiom ("All told"), a noun ("Insurance claims from the storm",
 * "state courts"), a question put or withheld ("asked few questions", "declined to say how
 * many …", "Asked whether …,"), a duration ("argued for 40 minutes"). Each was a false
 * attribution on a held-out-style batch or a sentence set (session 6).
 */
export function idiomNotCue(tokens: Token[], i: number, from: number): boolean {
  const t = tokens[i] as Token;
  const w = low(t);
  const next = tokens[i + 1];
  const prev = tokens[i - 1];
  const prevWord = prev && prev.sentence === t.sentence ? low(prev) : '';
  if (
    /^(?:argued|testified|talked)$/.test(w) &&
    low(next ?? t) === 'for' &&
    !!tokens.slice(i + 2, i + 5).some((x) => /^(?:minutes?|hours?|seconds?)$/.test(low(x)))
  )
    return true;
  // "asked few questions", "asked follow-up questions": questions put, nothing reported.
  if (
    /^ask(?:s|ed)?$/.test(w) &&
    tokens.slice(i + 1, i + 5).some((x) => /^questions?$/.test(low(x))) &&
    !/^(?:whether|if|that|why|how|what)$/.test(low(next ?? t))
  )
    return true;
  // "state courts", "state officials": the adjective.
  if (w === 'state' && !!next?.tags.has('Plural') && next.tags.has('Noun')) return true;
  // "what they said were cannabis plants": a description, not the sentence's claim.
  if (
    /^(?:said|say|says)$/.test(w) &&
    /^(?:what|which)$/i.test(tokens[i - 2]?.text ?? '') &&
    /^(?:was|were|is|are)$/.test(low(next ?? t))
  )
    return true;
  // '"Asked whether she worried the book might upset her family, she said …"': the
  // question put to her, not her words.
  if (askedClause(tokens, i, from)) return true;

  // "had admitted causing serious injury by dangerous driving", "admitted two counts of
  // fraud": a plea in court, not a claim.
  if (
    /^admit(?:s|ted)?$/.test(w) &&
    /^(?:causing|possessing|possession|assault|assaulting|theft|stealing|fraud|manslaughter|murder|burglary|robbery|arson|careless|dangerous|drink-driving|drug|perverting|attempted|conspiracy|counts?|charges?|offences?|offenses?|\d+|two|three|four|five|six|seven|eight|nine|ten)$/.test(
      low(next ?? t),
    )
  )
    return true;
  // "Regulars expect the sardines to be on the menu", "Investors expect more from": a demand.
  if (
    /^expect(?:s|ed)?$/.test(w) &&
    (DEMANDING.test(prevWord) ||
      /^(?:more|better|nothing)$/.test(low(next ?? t)) ||
      DEMAND_AT.test(
        tokens
          .slice(i, i + 8)
          .map((x) => x.text)
          .join(' '),
      ))
  )
    return true;
  // "He declined to say how many cuts the committee expected": inside a question left
  // unanswered, nothing is reported.
  if (withheldBefore(tokens, i, from)) return true;
  // "is recalling about 140,000 heaters": a product recall.
  if (/^recall(?:s|ed|ing)?$/.test(w) && RECALLED.test(low(next ?? t))) return true;
  // "All told, voters approved it": an idiom for "in total".
  if (w === 'told' && prevWord === 'all' && /,/.test(t.post)) return true;
  // "Insurance claims from the storm", "reports from the front": plural nouns.
  if (
    /^(?:claims|reports|warnings|estimates|forecasts|comments|statements|suggestions)$/.test(w) &&
    /^(?:from|of|by|about|against|over)$/.test(low(next ?? t)) &&
    !!prev?.tags.has('Noun') &&
    !prev.tags.has('Plural')
  )
    return true;
  // "said nothing when the verdict was read": nothing was said.
  if (/^(?:say|says|said)$/.test(w) && /^(?:nothing|little)$/.test(low(next ?? t))) return true;
  // "call 101, quoting log 0412": a reference number given, nobody quoted.
  if (
    /^quot(?:e|es|ed|ing)$/.test(w) &&
    /^(?:log|reference|ref|crime|case|incident|code|number)$/.test(low(next ?? t))
  )
    return true;
  // "declared a state of emergency", "declared a ceasefire": an act, not words.
  if (
    /^declar/.test(w) &&
    /^(?:an?|the)$/.test(low(next ?? t)) &&
    tokens
      .slice(i + 2, i + 6)
      .some((x) =>
        /^(?:state|curfew|holiday|ceasefire|truce|war|disaster|mourning|emergency|bankruptcy|dividend|moratorium)$/.test(
          low(x),
        ),
      )
  )
    return true;
  return false;
}
