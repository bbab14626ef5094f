import { isNumberInName } from './number-names';
import type { Span } from './types';

/** A numeric figure as written, with its qualifier and unit. */
export interface NumberMatch extends Span {
  text: string;
}

const WORD_NUMS =
  '(?:two|three|four|five|seven|nine)-(?:thirds|quarters|fifths|sixths|eighths|tenths)|(?:one|a)-(?:third|quarter|fifth|sixth|eighth|tenth)|one (?:third|quarter|fifth|sixth|eighth|tenth)(?= of)|a (?:third|quarter|fifth|sixth|tenth)|an eighth|zero|one|two|three|four|five|six|seven|eight|nine|ten|half(?= of)|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|a hundred|a thousand|dozens|a dozen|dozen|hundreds|thousands|millions|billions|tens of thousands|hundreds of thousands|tens of millions|half a dozen|a few hundred|a few thousand|several hundred|several thousand';
const QUALIFIER =
  '(?:(?:more|fewer|less|greater|higher|lower) than|at least|at most|up to|as many as|as few as|as much as|nearly|almost|about|around|approximately|roughly|some|over|under|only|just|precisely|exactly|an estimated|estimated|close to|upward of|upwards of|in excess of|as little as|as high as|as low as|an average of|a total of|a further|another|an extra|an additional)\\s+';
/** Digits with thousands separators only before three digits ("2012, hundreds" is two things). */
const NUM = '\\d+(?:,\\d{3})*(?:\\.\\d+)?';
/**
 * Currency before the amount: symbols, dollars of other countries ("A$", "US$"), rupees,
 * East African shillings ("Sh4.2 trillion", "KSh 50bn") and ISO codes.
 */
const CURRENCY =
  '(?:(?:US|A|C|NZ|HK|S|R)?[$€£¥₹₦₩₽₺₱]|Rs\\.?|K?Sh\\.?|[UT]Sh|CHF|INR|USD|EUR|GBP)\\s?';
const DIGITS = `(?:${CURRENCY})?${NUM}(?:\\s?(?:-|–|to)\\s?(?:${CURRENCY})?${NUM})?`;
/** Scale words (Indian lakh and crore too); the short forms may be written solid ("£3bn", "3.5m"). */
const SCALE =
  '(?:\\s(?:million|billion|trillion|thousand|hundred|lakh crore|lakhs?|crores?)|\\s?(?:bn|tn|m|k|cr)(?![a-z]))?';
const COMPOUND = `(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:one|two|three|four|five|six|seven|eight|nine))`;
/**
 * A plural counted noun ("people", "churchgoers", "gunmen"), not a verb or function word
 * ending in s, or a noun whose plural has no s ("94 aircraft", "six crew").
 */
const NOUN =
  "(?!(?:was|has|is|as|its|his|this|thus|us|does|goes|says|across|less|unless|whereas|perhaps|always|yes|plus|minus|versus|towards|afterwards|besides|includes|remains|seems|ago)\\b)(?:[a-z'’-]*(?:people|men|women|children)|aircraft|spacecraft|crew|staff|personnel|police|cattle|sheep|livestock|[a-z][a-z'’-]*s)\\b";
/** Number words that start a figure of their own, so never a modifier ("one back eight minutes"). */
const SPELLED =
  'zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|dozens?';
/** A modifier between number and noun: any word but a function word, a conjunction or a number. */
const MOD = `(?:(?!(?:of|the|a|an|and|or|but|than|that|which|who|as|if|so|not|to|in|on|at|for|with|by|from|into|after|before|while|when|was|were|is|are|had|has|have|${SPELLED})\\b)[a-z][a-z-]*\\s)`;
const UNIT_WORDS =
  '(?:year|month|week|day)-old|kg|km|mi|lbs?|mph|ft|cm|mm|m|g|month|year|week|day|hour|minute|second|mile|meter|metre|foot|feet|inch|ton|tonne|acre|point|percent|times|square (?:metres|meters|feet|foot|miles|kilometres|kilometers)|square|degrees?';
/** Units and counted nouns after the number, with up to two modifiers in between. */
/** Unit abbreviations, written solid or spaced: "80mph", "100 mm", "2,000MW", "40km/h". */
const UNIT_ABBR =
  'mmol/l|mg/dl|µg/m3|ppm|ppb|bps|bp|km/h|kmph|kmh|kph|mph|b/d|bpd|kg|km|mm|cm|ml|mg|mw|gw|kw|kwh|mwh|gwh|ha|sq\\s?(?:km|m|ft|mi)|ft\\s?\\d{1,2}\\s?in|ft|mi|lbs?|m';
/** "41 of the 63 drones", "two of Millbrook's five penalties", "11 of the last 15 points". */
const PARTITIVE = `of (?:(?:the|its|their|his|her|our|these|those)\\s|[a-z][\\w’'-]*['’]s\\s)?(?:(?:last|first|next|top|remaining|planned|original)\\s)?(?:${NUM}|${SPELLED})\\b(?:\\s${MOD}{0,2}${NOUN})?`;
const UNIT = `(?:\\s?(?:%|percent|per cent|pc\\b|percentage points?|°[CF]?|C\\b|F\\b|degrees (?:Fahrenheit|Celsius|centigrade))|\\s?(?:${UNIT_ABBR})(?![\\w/])|(?:g|t|l|p)(?![\\w/])|(?:-[a-z]+){0,2}-[a-z]{3,}(?![\\w-])|(?:-|\\s)(?:${UNIT_WORDS})\\b|\\s${PARTITIVE}|\\s(?:of (?:them|us|those|these|whom)|of (?:the |its |their )?${MOD}?${NOUN})|(?<noun>(?:-|\\s)${MOD}{0,2}${NOUN}))?`;

/** "two and a half years", "3-and-a-half hours": the fraction belongs to the number. */
const HALF = '(?:(?:\\s|-)and(?:\\s|-)a(?:\\s|-)(?:half|quarter))?';
const NUMBER = new RegExp(
  `(?<![\\w$€£¥₹.,:])(?:${QUALIFIER})?(?:minus\\s+)?(?:${DIGITS}${SCALE}${HALF}|(?:${COMPOUND}|${WORD_NUMS})(?:\\s(?:to|or)\\s(?:${COMPOUND}|${SPELLED}))?(?:\\s(?:million|billion|thousand|hundred|dozen))?)${HALF}${UNIT}(?![\\w\\d])`,
  'gi',
);
/** "a month or so", "a year or two": vague durations news uses as figures. */
const VAGUE =
  /\b(?:a|one) (?:few )?(?:day|week|month|year|decade)s? or (?:so|two|more|longer|less)\b|\b(?:(?:more|less|fewer) than|nearly|almost|about|over|under|at least|at most|up to) (?:an?|half an?) (?:decade|year|month|week|day|hour|minute|century|dozen|million|billion)\b|\bhalf an? (?:hour|day|year|century|dozen)\b|\b(?:next|past|last) (?:decade|century)\b|\b(?:almost|nearly|about|roughly|around|more than|less than) half\b|\ba (?:decade|century|fortnight)\b|(?<=\b(?:in|within|for) )(?:a|one) (?:day|week|month|year)\b(?![-\w])|\b(?:(?:low|mid|high|upper|early|late)[\s-]|in (?:his|her|their) (?:(?:early|mid|late)[\s-])?)\d0s\b/gi;
/** A rate, spelled or in digits, with its qualifier: "fewer than one in 10 trains", "nine out of 10". */
const IN_RATE = new RegExp(
  `\\b(?:${QUALIFIER})?(?:\\d+|${SPELLED})[\\s-](?:in(?:[\\s-]every)?|out of)[\\s-](?:\\d+|${SPELLED}|a hundred|a thousand)\\b(?:-[a-z]{3,}\\b)?(?:\\s${MOD}{0,2}${NOUN})?`,
  'gi',
);
/** A multiple: "twice the level", "more than twice as many", "roughly double the", "fivefold". */
const TWICE = new RegExp(
  `\\b(?:${QUALIFIER})?(?:(?:twice|thrice)(?= (?:the|as|that|this|its|their|his|her)\\b)|(?:double|triple|treble|quadruple)(?= (?:the|that|its|their|what)\\b)|(?:two|three|four|five|six|seven|eight|nine|ten|twenty|hundred|thousand)fold\\b)`,
  'gi',
);
/**
 * A race time: "2:00:48", "59:58", or after a word of racing ("broke 2:20"). Other times of
 * the form 10:30 are clock times (masked below).
 */
const RACE_TIME =
  /\b\d{1,2}:[0-5]\d:[0-5]\d(?:\.\d+)?\b|\b(?:2[5-9]|[3-9]\d|\d{3}):[0-5]\d(?:\.\d+)?\b|(?<=\b(?:broke|under|sub-|inside|clocked|time of) )\d{1,2}:[0-5]\d\b/g;
/** "a double-digit rise", "low single digits": a figure given by its number of digits. */
const DIGIT_COUNT = /\b(?:(?:low|mid|high)[\s-])?(?:single|double|triple)[\s-]digits?\b/gi;
/** A cricket total or bowling figures: "287 for 4", "three for 88" (at a clause end, not "5 for 10 years"). */
const INNINGS = new RegExp(
  `\\b(?:\\d{1,3}|${SPELLED}) for (?:\\d{1,3}|${SPELLED})(?= ?[,.;)]| ?$| (?:at|in|off|after|before|when|and|with|on|from)\\b)`,
  'gi',
);
const NOT_FIGURES =
  /\b(?:24\/7|9\/11)\b|\b\d{1,2}[:.]\d\d(?:[:.]\d\d)?\s?(?:[aApP]\.?[mM]\b\.?|GMT|BST|UTC|ET|EST|EDT|PT|CET|IST|local time|hrs)|(?<![:\d]|(?:broke|under|sub-|inside|clocked|time of) )\b(?:[01]?\d|2[0-4]):\d\d\b(?!:\d)|\b\d{1,2}\s?(?:[aApP]\.[mM]\.|[aApP][mM]\b)|\b(?:1[89]|20)\d\d-[01]\d-[0-3]\d\b|\b[0-3]?\d\/[01]?\d\/(?:1[89]|20)?\d\d\b|\+\d{1,3}(?:[\s-]\d{2,4}){2,}/g;
/** Bare years and clock times are dates, not figures. */
const DATE_LIKE = /^(?:1[89]\d\d|20\d\d)$|^\d{1,2}[:.]\d\d$/;
/** Month names: a bare day number next to one ("2 March", "March 2") is a date, not a figure. */
const MONTH =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const DAY = /^\d{1,2}(?:st|nd|rd|th)?$/;
const MONTH_AFTER = new RegExp(`^\\s+(?:of\\s+)?${MONTH}\\b`);
const MONTH_BEFORE = new RegExp(`\\b${MONTH}\\s+$`);
/** "a year", "per head" after an amount: what the amount is counted per. */
const RATE =
  /^ (?:a|an|per) (?:year|month|week|day|night|hour|minute|head|person|passenger|journey|trip|litre|liter|gallon|barrel|tonne|ton|kilo|kilogram|share|unit|mile|kilometre|kilometer|second)\b(?! (?:ago|earlier|later|before|after)\b)/;
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
  for (const re of [NUMBER, VAGUE, IN_RATE, TWICE, INNINGS, RACE_TIME, DIGIT_COUNT]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (masked.length > 0 && inMask(m.index)) continue;
      let s = m[0].replace(/[\s,.-]+$/, '');
      // An amount of money counts no noun: "$1.2 trillion", not "$1.2 trillion spending bill hours".
      const noun = m.groups?.noun;
      if (noun && CURRENCY_START.test(s) && s.endsWith(noun)) s = s.slice(0, -noun.length);
      if (re === IN_RATE && !isRate(s)) continue;
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
      if (
        ORDINAL_FRACTION.test(s) &&
        ORDINAL_NEXT.test(text.slice(m.index + s.length)) &&
        !/\bby\s$/i.test(text.slice(Math.max(0, m.index - 3), m.index))
      )
        continue;
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
const ORDINAL_FRACTION = /^an? (?:third|fifth|sixth|eighth|tenth)$/i;
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

const CURRENCY_START = new RegExp(`^(?:${QUALIFIER})?${CURRENCY}\\d`, 'i');

/** "412 in 38 Tests" is a tally, not a rate: a rate in digits has the smaller number first. */
function isRate(found: string): boolean {
  const n = /(\d[\d,]*)[\s-](?:in|out of)(?:[\s-]every)?[\s-](\d[\d,]*)/.exec(found);
  return !n?.[1] || !n[2] || +n[1].replace(/,/g, '') < +n[2].replace(/,/g, '');
}

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

/**
 * "between 40 and 60 percent", "between £40m and £60m": one range, not two figures; and
 * a duration in two units ("four hours and 38 minutes") is one figure.
 */
function joinRanges(text: string, found: NumberMatch[]): NumberMatch[] {
  const out: NumberMatch[] = [];
  for (const n of found) {
    const prev = out[out.length - 1];
    if (
      prev &&
      /^\s+and\s+$/.test(text.slice(prev.end, n.start)) &&
      /\bbetween\s+$/i.test(text.slice(Math.max(0, prev.start - 10), prev.start))
    ) {
      const start = prev.start - (/between\s+$/i.exec(text.slice(0, prev.start))?.[0].length ?? 0);
      const joined = { start, end: n.end, text: text.slice(start, n.end) };
      out[out.length - 1] = joined;
    } else if (
      prev &&
      /^\s+(?:and\s+)?$/.test(text.slice(prev.end, n.start)) &&
      LARGER_UNIT.test(prev.text) &&
      SMALLER_UNIT.test(n.text)
    ) {
      // "four hours and 38 minutes", "2 minutes 52 seconds": one duration.
      out[out.length - 1] = { start: prev.start, end: n.end, text: text.slice(prev.start, n.end) };
    } else out.push(n);
  }
  return out;
}

const LARGER_UNIT = /\b(?:years?|months?|weeks?|days?|hours?|minutes?)$/i;
const SMALLER_UNIT =
  /^(?:\d+|[a-z]+) (?:months?|weeks?|days?|hours?|minutes?|seconds?)(?: (?:a|an|per) [a-z]+)?$/i;
