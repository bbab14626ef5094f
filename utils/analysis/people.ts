import { ORG_WORDS } from './lexicon';
import { bare, low, nameRuns, type NameRun } from './names';
import { linkNominals } from './nominals';
import { isPerson } from './person-evidence';
import { findRole, isJobWord } from './roles';
import type { Token } from './tokens';

/** One place a person is named, as token indices and characters. */
export interface PersonMention {
  /** First token of the name (title excluded) and the exclusive end. */
  tokenStart: number;
  tokenEnd: number;
  start: number;
  end: number;
  /** Mention as written, title included ("Russian Defense Minister Sergei Shoigu"). */
  text: string;
  sentence: number;
}

/** A person named in the text, with every mention linked. */
export interface Person {
  name: string;
  role: string | null;
  mentions: PersonMention[];
  /** From an honorific or a known first name; lets "she said" skip a man named last. */
  gender: 'm' | 'f' | null;
}

/**
 * Finds the people named in the text. A capitalised run counts as a person when it
 * has a title or honorific, a known first name, a job noun before it, an appositive
 * after it, or a reporting verb next to it; lone surnames are then linked to the
 * full name they abbreviate, possessives included.
 */
export function findPeople(tokens: Token[]): Person[] {
  const people: Person[] = [];
  const bySurname = new Map<string, Person>();
  const used = new Set<number>();
  const add = (run: NameRun): void => {
    const words = tokens.slice(run.nameStart, run.nameEnd).map((t) => bare(t.text));
    const surname = (words[words.length - 1] ?? '').toLowerCase();
    const mention = makeMention(tokens, run);
    let p = bySurname.get(surname);
    // A lone word that is nobody's surname may still be someone's first name.
    if (!p && words.length === 1)
      p = people.find((x) => x.name.split(' ')[0]?.toLowerCase() === surname);
    const fullName = tokens
      .slice(run.nameStart, run.nameEnd)
      .map((t, i, all) =>
        i === all.length - 1
          ? bare(t.text)
          : t.text + (t.post === '-' ? '-' : t.post.replace(/\s+/g, ' ')),
      )
      .join('');
    // Relatives share a surname ("Hori Parata" and his son "Te Kaurinui Parata"): a second
    // full name with another first name is another person; the lone surname stays with
    // whoever the article introduced first.
    if (
      p &&
      words.length > 1 &&
      isFull(p.name) &&
      !sameFirst(p.name, fullName) &&
      !suffixOf(p.name, fullName)
    ) {
      const other = people.find(
        (x) =>
          x !== p && isFull(x.name) && sameFirst(x.name, fullName) && lastWord(x.name) === surname,
      );
      p = other;
      if (!p) {
        p = { name: fullName, role: null, mentions: [], gender: null };
        people.push(p);
      }
    }
    if (!p) {
      p = {
        name: run.honorific && words.length === 1 ? mention.text : fullName,
        role: null,
        mentions: [],
        gender: null,
      };
      people.push(p);
      bySurname.set(surname, p);
    } else if (words.length > 1 && fullName.length > p.name.length) p.name = fullName;
    p.role ??= findRole(tokens, run.titleStart, run.nameStart, run.nameEnd);
    p.gender ??= genderOf(tokens, run);
    p.mentions.push(mention);
    for (let k = run.titleStart; k < run.nameEnd; k++) used.add(k);
  };
  const runs = nameRuns(tokens);
  const later: NameRun[] = [];
  // Words the text writes in lower case, gathered the first time a check needs them.
  let lower: Set<string> | null = null;
  const lowerWords = {
    has: (w: string): boolean => {
      if (!lower) {
        lower = new Set<string>();
        for (const t of tokens) {
          const c = t.text.charCodeAt(0);
          if (c >= 97 && c <= 122) lower.add(t.text);
        }
      }
      return lower.has(w);
    },
  };
  for (const run of runs) {
    if (isPerson(tokens, run, lowerWords)) add(run);
    else later.push(run);
  }
  // Second pass: lone surnames ("Kortström's", "Mr. Bashir") of people found anywhere.
  for (const run of later) {
    const last = tokens[run.nameEnd - 1] as Token;
    if (bySurname.has(low(last)) && run.nameEnd - run.nameStart <= 2) add(run);
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (used.has(i) || !/^\p{Lu}/u.test(t.text)) continue;
    if (bySurname.has(low(t)))
      add({ titleStart: i, nameStart: i, nameEnd: i + 1, honorific: false });
  }
  // Names that look like people but are used as a company's, a club's or a party's.
  const single = people.filter((p) => !p.role && !p.name.includes(' '));
  const teams = single.length > 0 ? modifierNames(tokens) : new Set<string>();
  if (single.length > 0) {
    for (const w of orgFirstWords(tokens)) teams.add(w);
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
  const firms = people.filter(
    (p) =>
      !p.role &&
      (p.mentions.some((m) => companyContext(tokens, m)) ||
        (!p.name.includes(' ') && teams.has(p.name.toLowerCase()))),
  );
  const kept = people.filter((p) => !firms.includes(p));
  linkNominals(tokens, kept);
  for (const p of kept) p.mentions.sort((a, b) => a.start - b.start);
  return kept;
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
  if (after && /^\s+$/.test(last.post) && /^(?:shares|stock)$/i.test(after.text)) return true;
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

/** A first name and a surname, not "Mr Obama". */
const isFull = (name: string): boolean =>
  name.includes(' ') && !/^(?:mr|mrs|ms|mx|dr|miss|prof|sir|dame|lord|lady)\.? /i.test(name);
/** "Bin Laden" is the end of "Osama bin Laden": the same person. */
const suffixOf = (a: string, b: string): boolean =>
  a.toLowerCase().endsWith(' ' + b.toLowerCase()) ||
  b.toLowerCase().endsWith(' ' + a.toLowerCase());
const lastWord = (name: string): string => (name.split(' ').pop() ?? '').toLowerCase();
/** True if two full names start alike ("J. Smith" vs "John Smith" count as alike). */
function sameFirst(a: string, b: string): boolean {
  const x = (a.split(' ')[0] ?? '').toLowerCase().replace(/\.$/, '');
  const y = (b.split(' ')[0] ?? '').toLowerCase().replace(/\.$/, '');
  return x === y || (x.length === 1 && y.startsWith(x)) || (y.length === 1 && x.startsWith(y));
}

function genderOf(tokens: Token[], run: NameRun): 'm' | 'f' | null {
  for (let k = run.titleStart; k < run.nameStart; k++) {
    const w = low(tokens[k] as Token);
    if (/^(?:mr|sir|lord|king|prince)$/.test(w)) return 'm';
    if (/^(?:mrs|ms|miss|dame|lady|queen|princess)$/.test(w)) return 'f';
  }
  const first = tokens[run.nameStart] as Token;
  if (run.nameEnd - run.nameStart < 2) return null;
  if (first.tags.has('MaleName') && !first.tags.has('FemaleName')) return 'm';
  if (first.tags.has('FemaleName') && !first.tags.has('MaleName')) return 'f';
  return null;
}

function makeMention(tokens: Token[], run: NameRun): PersonMention {
  const first = tokens[run.titleStart] as Token;
  const last = tokens[run.nameEnd - 1] as Token;
  const end = last.end - (last.text.length - bare(last.text).length);
  const text = tokens
    .slice(run.titleStart, run.nameEnd)
    .map((t, i, all) =>
      i === all.length - 1 ? bare(t.text) : t.text + t.post.replace(/\s+/g, ' '),
    )
    .join('');
  return {
    tokenStart: run.nameStart,
    tokenEnd: run.nameEnd,
    start: first.start,
    end,
    text,
    sentence: first.sentence,
  };
}
