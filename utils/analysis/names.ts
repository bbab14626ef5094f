import { HONORIFICS, NOT_NAME, ORG_WORDS, ROLE_NOUNS, TITLES } from './lexicon';
import { officeRun } from './office-titles';
import { commonWord, type Token } from './tokens';

const PERSON_TAG = ['Person', 'FirstName', 'LastName'];

/** A run of capitalised words that may name someone, split into title and name. */
export interface NameRun {
  /** Token index of the first title word (== nameStart when there is none). */
  titleStart: number;
  nameStart: number;
  /** Exclusive end token index. */
  nameEnd: number;
  /** True when the title part is an honorific (Mr., Dr.). */
  honorific: boolean;
}

const PARTICLES = new Set([
  'bin',
  'ibn',
  'al',
  'el',
  'de',
  'da',
  'di',
  'du',
  'van',
  'von',
  'der',
  'den',
  'la',
  'le',
  'dos',
  'del',
  'ben',
  'abu',
]);

/** Strips a possessive ending ("Watling's" → "Watling"). */
export const bare = (word: string): string => word.replace(/[’']s?$/, '');

const isCap = (t: Token): boolean => /^\p{Lu}/u.test(t.text);
const isInitial = (t: Token): boolean =>
  /^(?:\p{Lu}\.?){1,3}$/u.test(t.text) &&
  t.text.length <= 4 &&
  /^\.?\s*$|^\.\s/.test(t.post) &&
  (t.text.includes('.') || t.post.startsWith('.'));

/** True if nothing but spaces (or an initial's/abbreviation's full stop, or a hyphen) separates the tokens. */
function joined(prev: Token): boolean {
  if (/^\s+$/.test(prev.post) || prev.post === '-') return true;
  // 'Robert “Bobby” Tanaka': a nickname in quotation marks inside the name.
  if (/^\s+[“"]$/.test(prev.post) || /^[”"]\s+$/.test(prev.post)) return nicknameOk(prev);
  return (
    /^\.\s+$/.test(prev.post) &&
    (isInitial(prev) ||
      HONORIFICS.has(prev.text.toLowerCase()) ||
      TITLES.has(prev.text.toLowerCase() + '.'))
  );
}

/** Lower-cased word with a possessive stripped, for lexicon look-ups. */
export const low = (t: Token): string => bare(t.text).toLowerCase();

/** True for words that cannot be part of a name (org words, dates, function words). */
export function notNameWord(t: Token): boolean {
  const w = low(t);
  return (
    NOT_NAME.has(w) ||
    ORG_WORDS.has(w) ||
    t.tags.has('Date') ||
    t.tags.has('Month') ||
    t.tags.has('WeekDay') ||
    t.tags.has('Pronoun') ||
    t.tags.has('Determiner') ||
    t.tags.has('Preposition') ||
    t.tags.has('Conjunction') ||
    t.tags.has('Value') ||
    (t.tags.has('Plural') && !t.tags.has('Person')) ||
    /^\p{Lu}{2,}$/u.test(t.text)
  );
}

/**
 * Finds runs of capitalised words ("Russian Defense Minister Sergei Shoigu",
 * "Mr. Bashir", "Omar Hassan al-Bashir") and separates leading titles from the name.
 */
export function nameRuns(tokens: Token[]): NameRun[] {
  const runs: NameRun[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i] as Token;
    if (!isCap(t)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < tokens.length) {
      const prev = tokens[j - 1] as Token;
      const cur = tokens[j] as Token;
      if (!joined(prev) || cur.sentence !== prev.sentence || /[’']s$/.test(prev.text)) break;
      // "Alexandria Ocasio-Cortez (D-N.Y.)": a bracket opens something else.
      if (/[([]/.test(cur.pre)) break;
      if (isCap(cur)) j++;
      // "Pellow-Danes", "Smith-Jones": the second half of a hyphenated name, whatever the
      // word would be alone ("Danes").
      else if (prev.post === '-' && isCap(prev) && /^\p{Lu}\p{Ll}/u.test(cur.text)) j++;
      // "Ji-yeon", "Joon-ho", "Mei-ling": the lower-case half of a hyphenated given name.
      else if (givenNameHalf(prev, cur)) j++;
      else if (
        PARTICLES.has(cur.text.toLowerCase()) &&
        tokens[j + 1] &&
        isCap(tokens[j + 1] as Token) &&
        joined(cur)
      )
        j += 2;
      // "von der Mühlen", "de la Fontaine": two particles in a row.
      else if (
        PARTICLES.has(cur.text.toLowerCase()) &&
        joined(cur) &&
        PARTICLES.has(tokens[j + 1]?.text.toLowerCase() ?? '') &&
        joined(tokens[j + 1] as Token) &&
        tokens[j + 2] &&
        isCap(tokens[j + 2] as Token)
      )
        j += 3;
      else break;
    }
    // "Secretary of State Antony Blinken": the title goes on past "of" with its portfolio.
    let k = i;
    while (k < j - 1 && notNameWord(tokens[k] as Token) && !TITLES.has(low(tokens[k] as Token)))
      k++;
    const office = officeRun(tokens, k, j - 1);
    if (office) {
      runs.push(office);
      i = office.nameEnd;
      continue;
    }
    // "Okafor & Lim", "Morrow & Pike": names joined by an ampersand name a firm.
    if (!(tokens[i - 1]?.text === '&' || tokens[j]?.text === '&'))
      runs.push(...splitRun(tokens, i, j));
    i = j;
  }
  return runs;
}

/** Separates titles from the name inside one capitalised run. */
function splitRun(tokens: Token[], from: number, to: number): NameRun[] {
  // "Chancellor-designate", "Governor-elect": a title with its suffix.
  const isTitle = (t: Token): boolean =>
    TITLES.has(low(t).replace(/-(?:elect|designate)$/, '')) || HONORIFICS.has(low(t));
  // A job noun capitalised only because it opens the sentence ("Analyst Priya Raman").
  const first = tokens[from] as Token;
  const opensSentence = from === 0 || (tokens[from - 1] as Token).sentence !== first.sentence;
  const jobAtStart =
    opensSentence &&
    to - from >= 3 &&
    !PERSON_TAG.some((x) => first.tags.has(x)) &&
    (ROLE_NOUNS.has(low(first)) ||
      // "Frontwoman", "Spokesman": trades in -man/-woman as well as -er, -ist, -ian.
      /^\p{Lu}[a-z]+(?:-[a-z]+)?(?:er|ist|ian|[a-z]{3}(?:wo)?man)$/u.test(first.text));
  let k = from;
  // Leading function words ("The", "In") are not part of anything.
  while (
    k < to &&
    notNameWord(tokens[k] as Token) &&
    !isTitle(tokens[k] as Token) &&
    !monthFirstName(tokens, k)
  )
    k++;
  // "Meet Sione Taufa": a verb opening the sentence before a name of two words or more.
  if (
    k === from &&
    opensSentence &&
    to - from >= 3 &&
    first.tags.has('Verb') &&
    !PERSON_TAG.some((x) => first.tags.has(x)) &&
    !isTitle(first) &&
    commonWord(first.text)
  )
    k++;
  // "Bank Dhofari Al Watani", "University Hospital X": an organisation word right before
  // the rest starts an organisation's name, unless a title follows ("Senate Majority Leader
  // Tom Reyes", "Police Chief X").
  if (
    k > from &&
    k < to &&
    ORG_WORDS.has(low(tokens[k - 1] as Token)) &&
    !tokens.slice(k, to).some(isTitle)
  )
    return [];
  // Title prefix: "Russian Defense Minister", "Mr.", "President-elect".
  let lastTitle = -1;
  let honorific = false;
  // The last title word that still has a name after it ends the prefix, so capitalised
  // modifiers before it belong to the title ("Opposition Leader Bill Shorten").
  for (let m = k; m < to - 1; m++) {
    const t = tokens[m] as Token;
    if (isTitle(t) || (m === from && jobAtStart)) {
      lastTitle = m;
      honorific ||= HONORIFICS.has(low(t));
    } else if (PERSON_TAG.some((x) => t.tags.has(x)) && !t.tags.has('Honorific')) break;
  }
  const nameStart = lastTitle >= 0 ? lastTitle + 1 : k;
  let nameEnd = nameStart;
  while (
    nameEnd < to &&
    (!notNameWord(tokens[nameEnd] as Token) ||
      monthFirstName(tokens, nameEnd) ||
      pluralSurname(tokens, nameStart, nameEnd) ||
      // "Pellow-Danes": the second half of a hyphenated surname.
      (nameEnd > nameStart &&
        (tokens[nameEnd - 1] as Token).post === '-' &&
        /^\p{Lu}\p{Ll}/u.test((tokens[nameEnd] as Token).text)) ||
      // "Abdel Fattah el-Sisi": the tagger calls "el" an article.
      (nameEnd > nameStart &&
        nameEnd + 1 < to &&
        PARTICLES.has((tokens[nameEnd] as Token).text))) &&
    !isTitle(tokens[nameEnd] as Token)
  )
    nameEnd++;
  if (nameEnd <= nameStart) return [];
  // "Harvard University", "Bagnoud Center": an organisation, not a person.
  for (let m = nameEnd; m < to; m++) if (ORG_WORDS.has(low(tokens[m] as Token))) return [];
  return [{ titleStart: lastTitle >= 0 ? k : nameStart, nameStart, nameEnd, honorific }];
}

/**
 * "Ji-yeon", "Joon-ho", "Mei-ling": the lower-case half of a hyphenated given name, a
 * short syllable that is no English word ("Seoul-based", "Kick-off" are not names).
 */
export function givenNameHalf(prev: Token, cur: Token): boolean {
  return (
    prev.post === '-' &&
    isCap(prev) &&
    /^\p{Ll}{1,5}$/u.test(cur.text) &&
    cur.post !== '-' &&
    !commonWord(cur.text) &&
    !/(?:ed|ing|ly|er|or|ist|ian|man)$/.test(cur.text)
  );
}

/**
 * "Tyrell Banks, 19,", "Ada Fields said": a surname the tagger reads as a plural noun,
 * kept when it ends a name and an age or a verb of speech follows.
 */
function pluralSurname(tokens: Token[], nameStart: number, k: number): boolean {
  const t = tokens[k] as Token;
  const next = tokens[k + 1];
  if (k === nameStart || !t.tags.has('Plural') || !isCap(t) || !next) return false;
  if (NOT_NAME.has(low(t)) || ORG_WORDS.has(low(t))) return false;
  const age = /^,\s+$/.test(t.post) && /^\d{1,3}$/.test(next.text) && /^,/.test(next.post);
  return age || (/^\s+$/.test(t.post) && /^(?:said|says|told)$/.test(next.text));
}

/** Quotation marks join a name only around one capitalised word between two name words. */
function nicknameOk(prev: Token): boolean {
  return isCap(prev) && prev.text.length > 1;
}

const PEERAGE =
  /^(?:Duke|Duchess|Earl|Countess|Baron|Baroness|Marquess|Marchioness|Viscount|Viscountess|Prince|Princess)$/;

/**
 * "the Duchess of Harrowgate", "the Earl of Wessex": a peer named by a title and a
 * place, one person. The run spans the title, "of" and the place.
 */
export function peerageRuns(tokens: Token[]): NameRun[] {
  const out: NameRun[] = [];
  for (let i = 0; i + 2 < tokens.length; i++) {
    const t = tokens[i] as Token;
    const of = tokens[i + 1] as Token;
    const place = tokens[i + 2] as Token;
    if (!PEERAGE.test(bare(t.text)) || of.text !== 'of' || !/^\s+$/.test(t.post)) continue;
    if (!/^\s+$/.test(of.post) || !isCap(place) || place.sentence !== t.sentence) continue;
    let end = i + 3;
    while (
      end < tokens.length &&
      isCap(tokens[end] as Token) &&
      /^\s+$/.test((tokens[end - 1] as Token).post)
    )
      end++;
    out.push({ titleStart: i, nameStart: i, nameEnd: end, honorific: true });
  }
  return out;
}

/**
 * "June Carter", "May Tan", "Jun Watanabe": a month's name used as a first name, before a
 * surname the tagger knows. Not after a preposition, an adjective, a determiner or a
 * number ("In May Johnson said", "Last May Smith resigned", "12 June Smith").
 */
function monthFirstName(tokens: Token[], k: number): boolean {
  const t = tokens[k] as Token;
  const next = tokens[k + 1];
  const prev = tokens[k - 1];
  if (
    !/^(?:April|May|June|Jun|August)$/.test(t.text) ||
    !next ||
    !/^\s+$/.test(t.post) ||
    next.sentence !== t.sentence
  )
    return false;
  if (
    prev &&
    prev.sentence === t.sentence &&
    (prev.tags.has('Preposition') ||
      prev.tags.has('Adjective') ||
      prev.tags.has('Determiner') ||
      /\d/.test(prev.text) ||
      /^(?:last|next|this|early|late|mid|since|until|during|every)$/i.test(prev.text))
  )
    return false;
  return (
    isCap(next) &&
    (next.tags.has('LastName') || next.tags.has('Person')) &&
    !next.tags.has('Month') &&
    !next.tags.has('Date')
  );
}

/**
 * Where the text after a name goes on: past a short bracketed aside right after it ("(SPP,
 * Franklin)", "(D-Calif.)", "(LCA)"), else at `nameEnd` itself.
 */
export function asideEnd(tokens: Token[], nameEnd: number): number {
  const last = tokens[nameEnd - 1];
  const open = tokens[nameEnd];
  if (!last || !open || !/^\s+$/.test(last.post) || !/\($/.test(open.pre)) return nameEnd;
  for (let k = nameEnd; k < tokens.length && k - nameEnd < 5; k++) {
    const t = tokens[k] as Token;
    if (t.sentence !== last.sentence) break;
    if (/^\)/.test(t.post)) return k + 1;
    if (/[()]/.test(t.post)) break;
  }
  return nameEnd;
}
