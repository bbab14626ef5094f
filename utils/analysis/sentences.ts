import type { Span } from './types';

/** Titles before a name: a full stop after them never ends a sentence. */
const TITLES = new Set(
  'mr mrs ms mx dr prof gen sen rep gov lt col capt cpt sgt maj adm cmdr cdr st rev hon pres supt insp det fr messrs mme mlle gov rt brig cpl pvt amb atty sec engr'.split(
    ' ',
  ),
);

/**
 * Abbreviations that end a sentence only when a typical sentence opener follows, US
 * states in datelines included ("SACRAMENTO, Calif. (AP) —"); states spelled like words
 * (Ore., Wash., Miss.) are left out.
 */
const SOFT_ABBREVIATIONS = new Set(
  'inc corp co ltd llc plc jr sr bros etc vs al approx est dept univ assn ave blvd rd mt ft no nos vol jan feb mar apr jun jul aug sep sept oct nov dec ala ariz ark calif colo conn del fla ga ind kan kans ky la md mich minn mo mont neb nev okla pa penn tenn tex va vt wis wyo sask alta ont nfld'.split(
    ' ',
  ),
);

/** Words that typically open a sentence; after "U.S." or "Inc." they mark a new one. */
const OPENERS = new Set(
  'the a an he she it they we i you his her its their our this that these those there then but and or so yet in on at for after before when while as if since although though however meanwhile still some many most officials mr mrs ms dr last next one two three what why how who where according'.split(
    ' ',
  ),
);

/** Verbs that, right after a quotation's closing mark, attach the speaker to it. */
const ATTRIBUTION_AFTER_QUOTE =
  /^\s*(?:[A-Z][\w.'’-]*\s+){0,5}(?:said|says|asked|asks|told|added|adds|wrote|writes|replied|recalled|continued|explained|insisted|shouted|cried|exclaimed|wondered|tweeted|noted)\b/;

const TERMINATOR = /[.!?…]+["'”’)\]]*/g;

/**
 * Splits text into sentences. Paragraph and line breaks always end a sentence; a full
 * stop after a title (Mr., Gen.) or an initial (H.W.) never does; one after a dotted
 * abbreviation (U.S.) does only before a typical sentence opener; and "?" or "!" inside
 * a quotation does not when the speaker follows ("Why?" she asked. / "No!" Smith said).
 */
export function splitSentences(text: string): Span[] {
  const out: Span[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    splitLine(text, lineStart, lineEnd, out);
    lineStart = lineEnd + 1;
  }
  return out;
}

function splitLine(text: string, from: number, to: number, out: Span[]): void {
  const line = text.slice(from, to);
  let start = 0;
  TERMINATOR.lastIndex = 0;
  for (let m = TERMINATOR.exec(line); m; m = TERMINATOR.exec(line)) {
    const end = m.index + m[0].length;
    const rest = line.slice(end);
    if (!/^\s/.test(rest)) continue;
    if (!isBoundary(line, m.index, m[0], rest)) continue;
    if (insideEmbeddedQuote(line, end)) continue;
    pushTrimmed(text, from + start, from + end, out);
    start = end;
  }
  pushTrimmed(text, from + start, to, out);
}

function isBoundary(line: string, at: number, punct: string, rest: string): boolean {
  const next = rest.trimStart();
  const first = next[0];
  if (!first) return false;
  // A lower-case continuation means the stop was not a sentence end.
  if (/[a-z]/.test(first)) return false;
  const word = /([\p{L}.]+)$/u.exec(line.slice(0, at))?.[1] ?? '';
  const nextWord = (/^["“‘'(]?([\p{L}]+)/u.exec(next)?.[1] ?? '').toLowerCase();
  // "Chief (Mrs.) Abosede …", "Dr. (Mrs.) Ifeoma …": a title in brackets.
  if (punct === '.)' && TITLES.has(word.toLowerCase()) && /\(\p{L}+$/u.test(line.slice(0, at)))
    return false;
  if (punct[0] === '.' && punct.length === 1) {
    const bare = word.toLowerCase();
    if (TITLES.has(bare)) return false;
    // "Sen. Ma. Cristina Reyes": "Ma." (Maria in Filipino names) right after a title.
    if (
      bare === 'ma' &&
      /\b(?:sen|sec|rep|gov|dr|mrs?|ms|atty|engr|hon)\.\s+ma$/i.test(line.slice(0, at))
    )
      return false;
    // Initials ("J. Smith", "George H.W. Bush"), but not a unit after a number ("at 18C.").
    const afterDigit = /\d$/.test(line.slice(0, at - word.length));
    if (!afterDigit && (/^\p{Lu}$/u.test(word) || /^(?:\p{L}\.)+\p{L}$/u.test(word))) {
      if (word.length === 1) return false;
      return OPENERS.has(nextWord);
    }
    // "No. 10", "Vol. 3" abbreviate only before a number: "Tabitha said no. Tabitha …" ends.
    if (/^(?:no|nos|vol)$/.test(bare)) return !/^[\d#]/.test(next);
    if (SOFT_ABBREVIATIONS.has(bare)) return OPENERS.has(nextWord);
  }
  if (/[?!]/.test(punct) && /["”’']$/.test(punct) && ATTRIBUTION_AFTER_QUOTE.test(rest)) {
    return false;
  }
  return true;
}

/**
 * True when `at` lies inside a quotation that the sentence carries on after:
 * `He said "it is over. We lost" and left.` is one sentence. A quotation closed by a
 * comma and its speaker (`"… zoo. People gawk," says X.`) still splits, so each quoted
 * sentence keeps its own label.
 */
function insideEmbeddedQuote(line: string, at: number): boolean {
  let open = false;
  for (let i = 0; i < at; i++) {
    const ch = line[i];
    if (ch === '“') open = true;
    else if (ch === '”') open = false;
    else if (ch === '"') open = !open;
  }
  if (!open) return false;
  const close = line.slice(at).search(/["”]/);
  if (close < 0) return false;
  const before = line[at + close - 1] ?? '';
  const after = line.slice(at + close + 1);
  return !/[,.!?]/.test(before) && /^\s*[a-z]/.test(after);
}

const ZONE = String.raw`(?:GMT|BST|UTC|CET|CEST|EET|EST|EDT|CST|CDT|PST|PDT|MST|IST|JST|AEST|AEDT|ET|PT)`;
const CLOCK = String.raw`(?:\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*${ZONE})?|\d{1,2}\.\d{2}\s*(?:[ap]\.?m\.?(?:\s*${ZONE})?|${ZONE}))`;
/** A live blog's time stamp standing alone: "16:05 GMT", "Updated 2h ago", "10.32am". */
const STAMP = new RegExp(
  String.raw`^(?:(?:Last\s+)?(?:Updated|Posted|Published)\s*:?\s*)?(?:${CLOCK}|\d+\s*(?:m|mins?|minutes?|h|hrs?|hours?)\s+ago)(?:\s*[,–—-]?\s*\d{1,2}\s+\p{L}+(?:\s+\d{4})?)?\s*$`,
  'iu',
);
/** A time stamp opening a post: "10:32 BST Police said …", "13:15 — The minister …". */
const STAMP_PREFIX = new RegExp(String.raw`^${CLOCK}\s*[:–—-]?\s+(?=[\p{Lu}“"‘])`, 'u');

/**
 * Adds the span without its surrounding white space. A live blog's time stamps are not
 * sentences: one standing alone is dropped, one opening a sentence is cut off, so that
 * "10:32 BST Police said" names the police, not "10:32 BST Police".
 */
function pushTrimmed(text: string, start: number, end: number, out: Span[]): void {
  while (start < end && /\s/.test(text[start] as string)) start++;
  while (end > start && /\s/.test(text[end - 1] as string)) end--;
  if (end <= start) return;
  const str = text.slice(start, end);
  if (STAMP.test(str)) return;
  start += STAMP_PREFIX.exec(str)?.[0].length ?? 0;
  out.push({ start, end });
}
