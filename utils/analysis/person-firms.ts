import { ORG_WORDS, REPORTING_VERBS } from './lexicon';
import { low } from './names';
import type { Person, PersonMention } from './people';
import { isJobWord } from './roles';
import { PERSON_VERBS } from './person-words';
import type { Token } from './tokens';

/**
 * The people found so far who are in fact companies, clubs or parties named like
 * people: a name the text calls an organisation elsewhere (`firmNames`), one used the
 * way companies are ("shares of X", "analysts at X", "X, which"), one-word names used
 * before a job and another name ("Marlow winger Tiago Lemos") or as the start of a longer
 * name ("Vantrell Pharma"), and, in an article, a one-word name nothing marks as a person.
 */
export function firmsAmong(
  tokens: Token[],
  people: Person[],
  used: Set<number>,
  firmNames: Set<string>,
): Person[] {
  // "Sir Alan Fenwick", "Gov. Ann Roe": a title or form of address marks a person.
  const titled = (m: PersonMention): boolean => titledMention(tokens, m);
  // Names that look like people but are used as a company's, a club's or a party's.
  // A lone lower-case job before a club's name is often a verb ("Belgrove host Ravensby").
  const weakRole = (p: Person): boolean => !p.role || /^[a-z]+$/.test(p.role);
  const single = people.filter((p) => weakRole(p) && !p.name.includes(' '));
  const teams = single.length > 0 ? modifierNames(tokens) : new Set<string>();
  if (single.length > 0) {
    for (const w of orgFirstWords(tokens)) teams.add(w);
    for (const w of memberModifiers(tokens)) teams.add(w);
    // "Vantrell Pharma", "Clearwave Payments": a one-word "person" that elsewhere starts a
    // longer capitalised name nobody took for a person is that organisation's short name.
    const names = new Set(single.map((p) => p.name.toLowerCase()));
    for (let i = 0; i + 1 < tokens.length; i++) {
      const t = tokens[i] as Token;
      const next = tokens[i + 1] as Token;
      if (!names.has(low(t)) || t.tags.has('FirstName') || !/^\s+$/.test(t.post)) continue;
      if (next.sentence !== t.sentence || used.has(i + 1) || !/^\p{Lu}\p{Ll}/u.test(next.text))
        continue;
      if (['Date', 'Month', 'WeekDay', 'Honorific'].some((x) => next.tags.has(x))) continue;
      teams.add(low(t));
    }
  }
  return people.filter(
    (p) =>
      (!p.role && p.mentions.some((m) => companyContext(tokens, m))) ||
      (weakRole(p) && !p.name.includes(' ') && teams.has(p.name.toLowerCase())) ||
      (firmNames.has(p.name.toLowerCase()) && !p.mentions.some(titled)) ||
      onceUnknown(tokens, p, titled) ||
      // "Al Rayan" after "Al Rayan Capital": the start of a business's full name.
      (!p.role && !p.mentions.some(titled) && businessStarts(tokens).has(p.name.toLowerCase())),
  );
}

/**
 * Single capitalised words used before a job and a name ("Santos winger Caio Mendes",
 * "Harbourline economist Ann Roe"): teams, firms and parties that employ people.
 */
function modifierNames(tokens: Token[]): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 2 < tokens.length; i++) {
    const t = tokens[i] as Token;
    const job = tokens[i + 1] as Token;
    const name = tokens[i + 2] as Token;
    const prev = tokens[i - 1];
    if (!/^\p{Lu}\p{Ll}/u.test(t.text) || /['’]s?$/.test(t.text)) continue;
    // A single word: not the end of a longer name ("New York Times reporter").
    if (
      prev &&
      prev.sentence === t.sentence &&
      /^\p{Lu}/u.test(prev.text) &&
      /^\s+$/.test(prev.post)
    )
      continue;
    if (!/^\s+$/.test(t.post) || !/^\s+$/.test(job.post) || !/^[a-z]/.test(job.text)) continue;
    if (
      isJobWord(job) &&
      /^\p{Lu}/u.test(name.text) &&
      (name.tags.has('Person') || name.tags.has('ProperNoun'))
    )
      out.add(low(t));
  }
  return out;
}

/** First words of capitalised names that end in an organisation word ("Hearthmill Foods"). */
function orgFirstWords(tokens: Token[]): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!/^\p{Lu}\p{Ll}/u.test(t.text) || ORG_WORDS.has(low(t))) continue;
    let j = i;
    while (
      j + 1 < tokens.length &&
      j - i < 3 &&
      /^\s+$/.test((tokens[j] as Token).post) &&
      /^\p{Lu}/u.test((tokens[j + 1] as Token).text)
    )
      j++;
    if (j > i && ORG_WORDS.has(low(tokens[j] as Token))) out.add(low(t));
    i = j;
  }
  return out;
}

/**
 * True where a name is used as a company's: "shares of Morgan Stanley", "Charles Schwab,
 * which reports on Friday", "an analyst at Goldman Sachs", "Wells Fargo shares fell".
 */
function companyContext(tokens: Token[], m: PersonMention): boolean {
  const before = tokens[m.tokenStart - 1];
  const before2 = tokens[m.tokenStart - 2];
  const last = tokens[m.tokenEnd - 1] as Token;
  const after = tokens[m.tokenEnd];
  if (before && /^\s+$/.test(before.post)) {
    const b = low(before);
    if (b === 'at' && !/['’]s?$/.test(last.text)) return true;
    if (
      /^(?:of|in)$/.test(b) &&
      before2 &&
      /^(?:shares?|stakes?|stock|shareholders?|subsidiary|unit|division)$/i.test(before2.text)
    )
      return true;
  }
  if (after && /^,\s+$/.test(last.post) && low(after) === 'which') return true;
  // "Hartwell Abbott funds", "Wells Fargo shares": what a firm has, right after its name.
  if (
    after &&
    /^\s+$/.test(last.post) &&
    /^(?:shares|stock|funds|clients|customers|staff|employees|investors|shareholders|branches|stores|subsidiaries)$/.test(
      after.text,
    )
  )
    return true;
  if (
    after &&
    /['’]s$/.test(last.text) &&
    /^(?:shares|stock|profits?|revenues?|earnings|results|quarterly|shareholders)$/i.test(
      after.text,
    )
  )
    return true;
  return false;
}

/** Last words of business names, not of things named in someone's memory (foundations, prizes). */
const BUSINESS_TAIL =
  /^(?:capital|group|holdings|partners|bank|securities|ventures|industries|motors|airlines|pharmaceuticals|technologies|logistics|insurance|properties|resources|energy|foods|systems|brands|llp|plc|inc|corp|ltd|llc|company)$/;

/** Lower-cased starts of capitalised names ending in a business word ("al rayan" of "Al Rayan Capital"). */
function businessStarts(tokens: Token[]): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    if (!/^\p{Lu}/u.test((tokens[i] as Token).text)) continue;
    let j = i;
    while (
      j + 1 < tokens.length &&
      j - i < 4 &&
      /^\s+$/.test((tokens[j] as Token).post) &&
      /^\p{Lu}/u.test((tokens[j + 1] as Token).text)
    )
      j++;
    if (j > i && BUSINESS_TAIL.test(low(tokens[j] as Token)))
      for (let e = i + 1; e <= j; e++)
        out.add(
          tokens
            .slice(i, e)
            .map((t) => low(t))
            .join(' '),
        );
    i = j;
  }
  return out;
}

/** "Sir Alan Fenwick", "Gov. Ann Roe": a mention whose title or form of address comes first. */
export function titledMention(tokens: Token[], m: PersonMention): boolean {
  return m.start < (tokens[m.tokenStart] as Token).start;
}

/**
 * ", Spotify said.": one word named once, with no role, title or first name anywhere and
 * unknown to the tagger as a name, in an article. News introduces a person by full name or job, so a
 * lone word that only speaks is a brand or firm.
 */
function onceUnknown(tokens: Token[], p: Person, titled: (m: PersonMention) => boolean): boolean {
  const m = p.mentions[0];
  if (p.role || p.name.includes(' ') || p.mentions.length !== 1 || !m || titled(m)) return false;
  // In a sentence on its own ("Lebed said he would fly south.") the full name may be elsewhere.
  if ((tokens[tokens.length - 1]?.sentence ?? 0) - (tokens[0]?.sentence ?? 0) < 3) return false;
  const t = tokens[m.tokenStart] as Token;
  // Only the bare speaker: an appositive or a clause after the name is evidence of its own.
  const after = tokens[m.tokenEnd];
  // "Zelenskyy spoke with …", "met", "visited": verbs of a person, not a press office.
  if (!after || !/^\s+$/.test(t.post) || !REPORTING_VERBS.has(low(after))) return false;
  if (PERSON_VERBS.has(low(after))) return false;
  return !['Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName'].some((x) => t.tags.has(x));
}

/** Plural nouns for the people an organisation is made of. */
const MEMBERS =
  /^(?:partners|members|executives|shareholders|staff|employees|workers|directors|investors|owners|customers|clients|subscribers|players|squad|board)$/;

/**
 * "the Coolmore partners", "the Ennahda members": a lone capitalised word the tagger does
 * not know as a name, between "the" and the people an organisation is made of.
 */
function memberModifiers(tokens: Token[]): Set<string> {
  const out = new Set<string>();
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i] as Token;
    const the = tokens[i - 1] as Token;
    const next = tokens[i + 1] as Token;
    if (!/^the$/i.test(the.text) || !/^\p{Lu}\p{Ll}/u.test(t.text) || !/^\s+$/.test(t.post))
      continue;
    if (!MEMBERS.test(next.text) || next.sentence !== t.sentence) continue;
    if (['Person', 'FirstName', 'LastName'].some((x) => t.tags.has(x))) continue;
    out.add(low(t));
  }
  return out;
}
