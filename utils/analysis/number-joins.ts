import type { NumberMatch } from './numbers';

/**
 * "between 40 and 60 percent", "between £40m and £60m": one range, not two figures; and
 * a duration in two units ("four hours and 38 minutes") is one figure.
 */
export function joinRanges(text: string, found: NumberMatch[]): NumberMatch[] {
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
      /^\s*(?:to|-|–)\s*$/.test(text.slice(prev.end, n.start)) &&
      sameUnit(prev, n)
    ) {
      // "5% to 7%", "from 3% to 4.5%": one range.
      const from = /\bfrom\s+$/i.exec(text.slice(Math.max(0, prev.start - 5), prev.start));
      const start = prev.start - (from?.[0].length ?? 0);
      out[out.length - 1] = { start, end: n.end, text: text.slice(start, n.end) };
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

/**
 * Both ends of a range carry the same unit after a number ("5%", "7%"; "-3C", "4C"; "15cm",
 * "25cm"), the first maybe after a qualifier ("another 10% to 15%").
 */
function sameUnit(a: NumberMatch, b: NumberMatch): boolean {
  const unit = QUALIFIED_UNIT.exec(a.text)?.[1]?.toLowerCase();
  return !!unit && unit === BARE_UNIT.exec(b.text)?.[1]?.toLowerCase();
}

const UNIT_AFTER = String.raw`[-−]?\d[\d,.]*\s?(%|per cent|percent|pc|°?[CF]|[a-z]{1,3})$`;
const BARE_UNIT = new RegExp(`^${UNIT_AFTER}`, 'i');
const QUALIFIED_UNIT = new RegExp(`^(?:[a-z]+ ){0,2}${UNIT_AFTER}`, 'i');

const LARGER_UNIT = /\b(?:years?|months?|weeks?|days?|hours?|minutes?)$/i;
const SMALLER_UNIT =
  /^(?:\d+|[a-z]+) (?:months?|weeks?|days?|hours?|minutes?|seconds?)(?: (?:a|an|per) [a-z]+)?$/i;
