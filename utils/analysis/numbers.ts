import { joinRanges } from './number-joins';
import { isNumberInName } from './number-names';
import {
  CLOCK_TIME,
  DIGIT_COUNT,
  FEW,
  INNINGS,
  IN_RATE,
  isRate,
  ONE_PERSON,
  ONE_THING,
  PLAIN_AMOUNT,
  RACE_TIME,
  TWICE,
  VAGUE,
} from './number-shapes';
import {
  COMPOUND,
  CURRENCY,
  DIGITS,
  MOD,
  NOUN,
  NUM,
  QUALIFIER,
  SCALE,
  SPELLED,
  WORD_NUMS,
} from './number-words';
import type { Span } from './types';

/** A numeric figure as written, with its qualifier and unit. */
export interface NumberMatch extends Span {
  text: string;
}

const UNIT_WORDS =
  '(?:year|month|week|day)-old|kg|km|mi|lbs?|mph|ft|cm|mm|m|g|month|year|week|day|hour|minute|second|mile|meter|metre|foot|feet|inch|ton|tonne|acre|point|percent|times|square (?:metres|meters|feet|foot|miles|kilometres|kilometers)|square|degrees?';
/** Unit abbreviations, written solid or spaced: "80mph", "100 mm", "2,000MW", "40km/h". */
const UNIT_ABBR =
  'mmol/l|mg/dl|µg/m3|ppm|ppb|bps|bp|km/h|kmph|kmh|kph|mph|b/d|bpd|kg|km|mm|cm|ml|mg|mw|gw|kw|kwh|mwh|gwh|ha|sq\\s?(?:km|m|ft|mi)|ft\\s?\\d{1,2}\\s?in|ft|mi|lbs?|m';
/** "41 of the 63 drones", "two of Millbrook's five penalties", "11 of the last 15 points". */
const PARTITIVE = `of (?:(?:the|its|their|his|her|our|these|those)\\s|[a-z][\\w’'-]*['’]s\\s)?(?:(?:last|first|next|top|remaining|planned|original)\\s)?(?:${NUM}|${SPELLED})\\b(?:\\s${MOD}{0,2}${NOUN})?`;
/** Units and counted nouns after the number, with up to two modifiers in between. */
const UNIT = `(?:\\s?(?:%|percent|per cent|pc\\b|percentage points?|°[CF]?|C\\b|F\\b|degrees (?:Fahrenheit|Celsius|centigrade))|\\s?(?:${UNIT_ABBR})(?![\\w/])|(?<=\\d)(?:g|t|l|p)(?![\\w/])|(?:-[a-z]+){0,2}-[a-z]{3,}(?![\\w-])|(?:-|\\s)(?:${UNIT_WORDS})\\b|\\s(?:yuan|yen|renminbi|won|rand|baht|rupiah|ringgit|lira|naira|krona|kronor)\\b|\\s${PARTITIVE}|\\s(?:of (?:them|us|those|these|whom)|of (?:the |its |their )?${MOD}?${NOUN})|(?<noun>(?:-|\\s)${MOD}{0,2}${NOUN}))?`;

/** "two and a half years", "3-and-a-half hours": the fraction belongs to the number. */
const HALF = '(?:(?:\\s|-)and(?:\\s|-)a(?:\\s|-)(?:half|quarter))?';
const NUMBER = new RegExp(
  `(?<![\\w$€£¥₹.,:])(?:${QUALIFIER})?(?:minus\\s+)?(?:${DIGITS}${SCALE}${HALF}|(?:${COMPOUND}|${WORD_NUMS})(?:\\s(?:to|or)\\s(?:${COMPOUND}|${SPELLED}))?(?:\\s(?:million|billion|thousand|hundred|dozen)(?:\\sand\\s(?:${COMPOUND}|${SPELLED}))?)?)${HALF}${UNIT}(?:\\s(?:and|or)\\s(?:older|over|above|younger|under))?(?![\\w\\d])`,
  'gi',
);
/**
 * Clock times, dates in digits, phone numbers, "24/7" and "9/11": nothing inside them counts
 * (a clock time is then taken whole, by CLOCK_TIME).
 */
const NOT_FIGURES =
  /\b(?:24\/7|9\/11)\b|\b\d{1,2}[:.]\d\d(?:[:.]\d\d)?\s?(?:[aApP]\.?[mM]\b\.?|GMT|BST|UTC|ET|EST|EDT|PT|CET|IST|local time|hrs)|(?<![:\d]|(?:broke|under|sub-|inside|clocked|time of) )\b(?:[01]?\d|2[0-4]):\d\d\b(?!:\d)|\b\d{1,2}\s?(?:[aApP]\.[mM]\.|[aApP][mM]\b)|\b(?:1[89]|20)\d\d-[01]\d-[0-3]\d\b|\b[0-3]?\d\/[01]?\d\/(?:1[89]|20)?\d\d\b|\+\d{1,3}(?:[\s-]\d{2,4}){2,}|\b0\d{2,4}[\s-]?\d{3}[\s-]?\d{3,4}\b|(?<=\b(?:call|calling|dial|dialling|dialing|ring|text|log|ref|reference|quoting)\s)\d{3,}(?:\s(?:of|on)\s\d{1,2})?\b/gi;
/** Bare years and clock times are dates, not figures. */
const DATE_LIKE = /^(?:1[89]\d\d|2[01]\d\d)$|^\d{1,2}[:.]\d\d$/;
/** Month names: a bare day number next to one ("2 March", "March 2") is a date, not a figure. */
const MONTH =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const DAY = /^\d{1,2}(?:st|nd|rd|th)?$/;
const MONTH_AFTER = new RegExp(`^\\s+(?:of\\s+)?${MONTH}\\b`);
const MONTH_BEFORE = new RegExp(`\\b${MONTH}\\s+$`);
/** "a year", "per head" after an amount: what the amount is counted per. */
const RATE =
  /^ (?:a|an|per) (?:year|month|week|day|night|hour|minute|head|person|passenger|journey|trip|litre|liter|gallon|barrel|tonne|ton|kilo|kilogram|share|unit|mile|kilometre|kilometer|second|acre|hectare|seat|ticket|pupil|student|patient|bed|household|home|customer|worker|employee|member)\b(?! (?:ago|earlier|later|before|after)\b)/;
/** Words that are number words only by spelling ("one of", "no one"). */
const WEAK = /^(?:one|one of .*|(?:some|just|only|over|under) [a-z]+)$/i;

/** Finds numeric figures with their qualifiers and units ("more than 200,000 people"). */
export function findNumbers(text: string): NumberMatch[] {
  const out: NumberMatch[] = [];
  // Dates written as digits ("1996-08-22", "22/08/1996") and phone numbers ("+62 21 384
  // 6364") are not figures: nothing found inside them counts.
  const masked: [number, number][] = [];
  for (const m of text.matchAll(NOT_FIGURES)) masked.push([m.index, m.index + m[0].length]);
  const inMask = (a: number): boolean => masked.some(([x, y]) => a >= x && a < y);
  for (const re of [
    NUMBER,
    VAGUE,
    FEW,
    ONE_PERSON,
    ONE_THING,
    PLAIN_AMOUNT,
    IN_RATE,
    TWICE,
    INNINGS,
    RACE_TIME,
    DIGIT_COUNT,
    CLOCK_TIME,
  ]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (re === CLOCK_TIME) {
        out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
        continue;
      }
      // The qualifier may stand outside the mask: "about 7.40pm" is a clock time too.
      const digit = m[0].search(/\d/);
      if (masked.length > 0 && (inMask(m.index) || (digit > 0 && inMask(m.index + digit))))
        continue;
      let s = m[0].replace(/[\s,.-]+$/, '');
      // An amount of money counts no noun: "$1.2 trillion", not "$1.2 trillion spending bill hours".
      const noun = m.groups?.noun;
      if (noun && CURRENCY_START.test(s) && s.endsWith(noun)) s = s.slice(0, -noun.length);
      if (re === IN_RATE && !isRate(s)) continue;
      // "one of the four councillors": the count after the partitive is the figure.
      const partOf = /^one of (?:(?:the|its|their|his|her|our|these|those) )?/i.exec(s)?.[0];
      if (partOf && re === NUMBER && COUNT_START.test(s.slice(partOf.length))) {
        const inner = s.slice(partOf.length).replace(/[\s,.-]+$/, '');
        out.push({ start: m.index + partOf.length, end: m.index + s.length, text: inner });
        continue;
      }
      if ((re !== RACE_TIME && DATE_LIKE.test(s)) || WEAK.test(s)) continue;
      // A year followed by a word ("2013 election") is still a date.
      if (/^(?:1[89]\d\d|20\d\d)\s/.test(s) && !/%|percent/.test(s)) continue;
      if (DAY.test(s)) {
        const after = text.slice(m.index + s.length, m.index + s.length + 14);
        if (
          MONTH_AFTER.test(after) ||
          MONTH_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))
        )
          continue;
      }
      if (inName(text, m.index, s) || isNumberInName(text, m.index, s)) continue;
      // "for a third day" (the unit came with it): an ordinal all the same.
      const fraction = ORDINAL_FRACTION.exec(s)?.[0];
      if (fraction && ORDINAL_NEXT.test(text.slice(m.index + fraction.length))) continue;
      // "some one-bedroom flats": "some" before "one" is no qualifier.
      if (/^some one\b/i.test(s)) continue;
      const before = text.slice(Math.max(0, m.index - 6), m.index);
      if (/\b(?:no|one)\s$/i.test(before) && /^one\b/i.test(s)) continue;
      // "No. 10", "No 3 Squadron": a name or a rank, not a figure.
      if (/\bNo\.?\s$/.test(before) && /^\d/.test(s)) continue;
      s = dropVerb(s.trim());
      // A rate belongs to its figure: "$5.8 billion a year", "30p a journey", "£12 per hour".
      const rate = RATE.exec(text.slice(m.index + s.length, m.index + s.length + 24));
      if (rate && /\d/.test(s)) s += rate[0];
      out.push({ start: m.index, end: m.index + s.length, text: s });
    }
  }
  // At one start, the longer reading wins ("1 in 5" over "1").
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  let end = -1;
  const kept = out.filter((x) => x.start >= end && (end = x.end) >= 0);
  return joinRanges(text, kept);
}

/**
 * "a third party", "a fifth term", "a third straight meeting": an ordinal, not a fraction.
 * A fraction is followed by "of", a comparative, a verb or punctuation ("fell by a third").
 */
const ORDINAL_FRACTION = /^an? (?:third|fifth|sixth|eighth|tenth)\b/i;
const ORDINAL_NEXT =
  /^\s+(?!(?:of|more|less|fewer|higher|lower|smaller|larger|bigger|cheaper|faster|slower|longer|shorter|since|in|on|at|from|to|into|within|after|before|until|during|among|across|between|and|or|but|as|than|over|under|while|when|if|so|because|which|who|last|next|this|that|the|a|an|its|their|his|her|each|every|by|for|with|compared|per|point|percentage|was|were|is|are|has|had|have|will|would)\b)[a-z]/;
/** Plural words that do modify a noun ("sports fans", "news outlets"). */
const PLURAL_MODIFIER =
  /^(?:sports|arms|news|goods|savings|species|series|means|sales|jobs|years)$/;

/**
 * "one in 20 victims gets": after a plural noun, a word ending in s is the verb, not the
 * counted noun.
 */
function dropVerb(found: string): string {
  const m = /\s([a-z]+s)\s[a-z]+s$/.exec(found);
  if (!m?.[1] || /(?:ss|us|is)$/.test(m[1]) || PLURAL_MODIFIER.test(m[1])) return found;
  return found.slice(0, found.lastIndexOf(' '));
}

/** A count opens the words after "one of the": "four councillors", not "oldest bridges". */
const COUNT_START = new RegExp(`^(?:\\d|(?:${SPELLED})\\b)`, 'i');

const CURRENCY_START = new RegExp(`^(?:${QUALIFIER})?${CURRENCY}\\d`, 'i');

const CAPITALISED_NUMBER = new RegExp(`^(?:${SPELLED})\\s[A-Z]`, 'i');

/**
 * "the Six Nations", "a Big Ten school": a capitalised number word inside a sentence and
 * before another capitalised word is part of a name. At a sentence start it is a figure
 * ("Seven Canadian climbers").
 */
function inName(text: string, at: number, found: string): boolean {
  if (!/^[A-Z]/.test(found) || !CAPITALISED_NUMBER.test(found)) return false;
  if (!/^\S+\s[A-Z]/.test(found)) return false;
  return !/(?:^|[.!?:;]["'”’)]?\s+|["“‘(]\s*|\n\s*)$/.test(text.slice(Math.max(0, at - 4), at));
}
