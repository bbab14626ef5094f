/**
 * Numbers that are part of a name, not figures a reader weighs: models and flights
 * ("Boeing 737", "Flight 418"), clauses of a law ("Article 4", "Section 702"), codes
 * joined by a hyphen ("F-35", "COVID-19") and technology generations ("5G").
 */

/** Capitalised words that stand before a real figure: prepositions, qualifiers, months, days. */
const NOT_A_NAME = new RegExp(
  '^(?:' +
    [
      'In|Of|On|At|By|For|From|With|To|Into|And|But|Or|Nor|The|A|An|About|Around|Over|Under|Only',
      'Just|Nearly|Almost|Some|Since|After|Before|Until|Till|Within|Than|Up|Down|All|Another|Last',
      'Next|Roughly|Approximately|Exactly|Across|Between|Among|Per|Plus|Minus|Top|Were|Was',
      'Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?',
      'Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?',
      'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday',
      'Perhaps|Maybe|Barely|Fully|Still|Yet|Now|Today|Overall|Here|There|Then|Also|Even|So|Those',
      'These|When|While|If|As|Once|Where|Each|Every|Both|Most|Many|More|Less|Fewer|Half|Precisely',
    ].join('|') +
    ')$',
);
/** A bare number, or one followed by lowercase words ("4 directions"): no unit, scale or range. */
const BARE = /^\d+(?:\s[a-z][\w-]*)*$/;

/** True when the figure `found` at `start` in `text` is part of a name or a code. */
export function isNumberInName(text: string, start: number, found: string): boolean {
  // "5G", "3D": a digit and a capital letter written solid.
  if (/^\d[GD]$/.test(found)) return true;
  const before = text.slice(Math.max(0, start - 40), start);
  // "F-35", "COVID-19", "MH-17": letters joined to the number by a hyphen.
  if (/[A-Za-z]-$/.test(before) && /^\d/.test(found)) return true;
  if (!BARE.test(found)) return false;
  // "Boeing 737", "Flight 418", "Article 4 directions": a capitalised word right before that
  // is no preposition, qualifier, month or day.
  const word = /([A-Z][A-Za-z]*)\s$/.exec(before);
  if (!word?.[1] || NOT_A_NAME.test(word[1])) return false;
  // A headline in title case ("Storm Kills 12 In Texas") capitalises every word: there the
  // number is a figure.
  const titleCase =
    /\b(?!(?:The|A|An)\s)[A-Z][\w'’-]*\s[A-Z][A-Za-z]*\s$/.test(before) &&
    /^\s[A-Z]/.test(text.slice(start + found.length, start + found.length + 2));
  return !titleCase;
}
