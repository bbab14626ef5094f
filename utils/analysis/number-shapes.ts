/**
 * Figures with a shape of their own, beside "qualifier + number + unit" (numbers.ts):
 * vague durations, rates ("one in five"), multiples, race times, cricket totals.
 */
import { MOD, NOUN, QUALIFIER, SPELLED } from './number-words';

/** "a month or so", "a year or two": vague durations news uses as figures. */
export const VAGUE =
  /\b(?:a|one) (?:few )?(?:day|week|month|year|decade|dozen|hundred)s? or (?:so|two|more|longer|less)\b|\b(?:(?:more|less|fewer) than|nearly|almost|about|over|under|at least|at most|up to) (?:an?|half an?) (?:decade|year|month|week|day|hour|minute|century|dozen|million|billion)\b|\bhalf an? (?:hour|day|year|century|dozen)\b|\b(?:next|past|last) (?:decade|century)\b|\b(?:almost|nearly|about|roughly|around|more than|less than|fewer than) half\b|\ba (?:decade|century|fortnight)\b|(?<=\b(?:in|within|for) )(?:a|one) (?:day|week|month|year)\b(?![-\w])|\b(?:(?:low|mid|high|upper|early|late)[\s-]|in (?:his|her|their) (?:(?:early|mid|late)[\s-])?)\d0s\b/gi;
/** A rate, spelled or in digits, with its qualifier: "fewer than one in 10 trains", "nine out of 10". */
export const IN_RATE = new RegExp(
  `\\b(?:${QUALIFIER})?(?:\\d+|${SPELLED})[\\s-](?:in(?:[\\s-]every)?|out of)[\\s-](?:\\d+|${SPELLED}|a hundred|a thousand)\\b(?:-[a-z]{3,}\\b)?(?:\\s${MOD}{0,2}${NOUN})?`,
  'gi',
);
/**
 * A vague count: "several weeks", "a few days", "a handful of main routes", "several of his
 * players" (LABELLING's "dozens of reports" in other words); "half a metre".
 */
export const FEW = new RegExp(
  `\\b(?:(?:several|a few) (?:minutes|hours|days|weeks|months|years|decades)|a handful of (?:${MOD}){0,2}${NOUN}|several (?:of (?:the|his|her|their|its|our|my|your|these|those) )?(?:${MOD}){0,2}${NOUN}|half an? (?:metre|meter|mile|kilometre|kilometer|litre|liter|tonne|ton|pint|inch|foot|point|percentage point|cent|penny|pound|dollar|euro)s?\\b)`,
  'gi',
);
/**
 * Amounts with no digits: "an hour", "a metre", "half the crop", "half a million copies",
 * "nearly double", "roughly doubles", "half as fast", "a couple of years", "a day and a half".
 */
export const PLAIN_AMOUNT = new RegExp(
  `\\b(?:(?:a|an|one) (?:day|week|month|year|hour|minute) and a half|(?:a|an) (?:minute|hour|fortnight|metre|meter|mile|kilometre|kilometer)(?![-\\w])|(?<=\\b(?:took|takes|take|lasted|lasts|last|spent|spend|once|twice|than|about|nearly|almost|over|under|barely|just|only|after|before|within|in|for) )(?:a|one) (?:day|week|month|year)(?![-\\w])|half (?:the|its|their|of the) [a-z]{3,}\\b|half a (?:million|billion)(?: ${NOUN})?|(?:nearly|almost|more than|roughly|about|closer to) (?:double|half)\\b|(?:roughly |nearly |almost |more than )?(?:doubles|doubled|tripled|trebled|quadrupled)\\b|half as (?:fast|many|much|likely|big|large|long|high)\\b|a couple of (?:${MOD}){0,1}${NOUN})`,
  'gi',
);
/** One thing, counted: "one lane", "one new store a year" (not "one day", "one of", "no one"). */
export const ONE_THING =
  /(?<!\b(?:no|any|every|some|the|this|that|which|each)\s)\b[Oo]ne (?:(?:more|new|extra|single|other|last|further)\s)?(?!(?:of|another|day|days|time|times|thing|things|way|point|side|hand|such|and|or|in|to|more|by|at|on|reason|question|issue|problem|example|morning|evening|night|afternoon|occasion|moment|way|another|another|who|that|which|is|was|has|had|will|would|could|can|may|might|must|should|said|says|back|up|down|out|off|over|after|too|apiece|each|every|all|less|fewer|better|worse|last|quarter|half|another)\b)[a-z]{3,}(?: (?:a|an|per) (?:year|month|week|day|hour))?\b/g;
/** One person, counted: "one resident", "One man" (not "one of", "no one", "one day"). */
export const ONE_PERSON =
  /(?<!\b(?:no|any|every|some|the|this|that|which)\s)\b[Oo]ne (?:(?:more|other|single|local|young|elderly|former|senior)\s)?(?:man|woman|boy|girl|child|baby|person|resident|driver|passenger|patient|victim|student|pupil|teacher|worker|nurse|doctor|officer|soldier|voter|customer|shopper|tenant|neighbou?r|witness|parent|mother|father|farmer|fan|survivor|member|employee|official|councillor|investor|analyst|economist|trader|juror|defendant|suspect|player|count)\b/g;
/** A multiple: "twice the level", "more than twice as many", "roughly double the", "fivefold". */
export const TWICE = new RegExp(
  `\\b(?:${QUALIFIER})?(?:(?:twice|thrice)(?= (?:the|as|that|this|its|their|his|her)\\b)|(?:double|triple|treble|quadruple)(?= (?:the|that|its|their|what)\\b)|(?:two|three|four|five|six|seven|eight|nine|ten|twenty|hundred|thousand)fold\\b)`,
  'gi',
);
/**
 * A race time: "2:00:48", "59:58", or after a word of racing ("broke 2:20"). Other times of
 * the form 10:30 are clock times (CLOCK_TIME below).
 */
export const RACE_TIME =
  /\b\d{1,2}:[0-5]\d:[0-5]\d(?:\.\d+)?\b|\b(?:2[5-9]|[3-9]\d|\d{3}):[0-5]\d(?:\.\d+)?\b|(?<=\b(?:broke|under|sub-|inside|clocked|time of) )\d{1,2}:[0-5]\d\b/g;
/**
 * A clock time: "7am", "10 p.m.", "about 7.40pm", "16:05 GMT", "at 14:30". The time a thing
 * happened is a checkable figure too (both blind sets' labellers counted it); the finder
 * masks clock times so no part of one is read as another figure, and takes them whole here.
 */
export const CLOCK_TIME =
  /\b(?:(?:about|around|approximately|shortly (?:before|after)|just (?:before|after))\s)?(?:\d{1,2}(?:[:.][0-5]\d)?\s?(?:[aApP]\.[mM]\.|[aApP][mM]\b)|(?:[01]?\d|2[0-3])[:.][0-5]\d\s?(?:GMT|BST|UTC|ET|EST|EDT|PT|CET|IST|local time|hrs)\b|(?<=\b(?:at|from|until|till|by|before|after) )(?:[01]?\d|2[0-3]):[0-5]\d\b(?!:\d))/g;
/** "a double-digit rise", "low single digits": a figure given by its number of digits. */
export const DIGIT_COUNT = /\b(?:(?:low|mid|high)[\s-])?(?:single|double|triple)[\s-]digits?\b/gi;
/** A cricket total or bowling figures: "287 for 4", "three for 88" (at a clause end, not "5 for 10 years"). */
export const INNINGS = new RegExp(
  `\\b(?:\\d{1,3}|${SPELLED}) for (?:\\d{1,3}|${SPELLED})(?= ?[,.;)]| ?$| (?:at|in|off|after|before|when|and|with|on|from)\\b)`,
  'gi',
);

/** "412 in 38 Tests" is a tally, not a rate: a rate in digits has the smaller number first. */
export function isRate(found: string): boolean {
  const n = /(\d[\d,]*)[\s-](?:in|out of)(?:[\s-]every)?[\s-](\d[\d,]*)/.exec(found);
  return !n?.[1] || !n[2] || +n[1].replace(/,/g, '') < +n[2].replace(/,/g, '');
}
