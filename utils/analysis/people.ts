import { bare, low, nameRuns, peerageRuns, type NameRun } from './names';
import { linkNominals } from './nominals';
import { isPerson } from './person-evidence';
import { firmsAmong } from './person-firms';
import { placesAmong } from './person-places';
import { personPartner } from './person-links';
import { namedAsFirm, shopName } from './firm-evidence';
import { namedAsThing } from './thing-names';
import { findRole } from './roles';
import { commonWord, type Token } from './tokens';

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
  /** The age the text gives ("Ifor Siencyn, 68,"), so that "the 68-year-old" finds them. */
  age?: number;
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
      .map(
        (t, i, all) =>
          // 'Robert “Bobby” Tanaka': keep the marks around a nickname.
          (i > 0 ? t.pre : '') +
          (i === all.length - 1
            ? bare(t.text)
            : t.text + (t.post === '-' ? '-' : t.post.replace(/\s+/g, ' '))),
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
      !nickname(p.name, fullName) &&
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
    p.age ??= ageOf(tokens, run);
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
  // Names the text calls an organisation somewhere ("Harwood Blaine, a London firm").
  const firmNames = new Set<string>();
  const accepted = new Map<number, NameRun>();
  // A name taken for a person only for its partner's sake, and that partner.
  const partners = new Map<string, string>();
  // "HMS Prince of Wales" is a ship, not the heir.
  for (const run of peerageRuns(tokens)) if (!namedAsThing(tokens, run)) add(run);
  for (const run of runs) {
    if (used.has(run.nameStart)) continue;
    if (
      namedAsFirm(tokens, run) ||
      shopName(tokens, run.nameEnd - 1) ||
      namedAsThing(tokens, run)
    ) {
      firmNames.add(runKey(tokens, run));
      // Not a lone surname either: "Pemberton’s, the grocer" is not Richard Pemberton.
      for (let k = run.titleStart; k < run.nameEnd; k++) used.add(k);
    } else if (isPerson(tokens, run, lowerWords)) {
      add(run);
      accepted.set(run.nameEnd, run);
    } else later.push(run);
  }
  // "founded by Tomasz Wierzbicki and Adaeze Nwachukwu", "Clinton met Yeltsin": a name
  // tied to a person's is another person's.
  const byStart = new Map([...accepted.values()].map((r) => [r.titleStart, r]));
  for (const run of later) {
    const partner = personPartner(tokens, run, accepted, byStart);
    if (partner && !firmNames.has(runKey(tokens, run))) {
      add(run);
      partners.set(runKey(tokens, run), runKey(tokens, partner));
    }
  }
  // Second pass: lone surnames ("Kortström's", "Mr. Bashir") of people found anywhere.
  for (const run of later) {
    // A lone word the text also uses as a firm's name stays ambiguous: leave it.
    if (used.has(run.nameStart) || firmNames.has(runKey(tokens, run))) continue;
    const last = tokens[run.nameEnd - 1] as Token;
    if (bySurname.has(low(last)) && run.nameEnd - run.nameStart <= 2) add(run);
  }
  // How many people named in full have each first name (counted once: the pass below only
  // adds mentions to people already found).
  const firstNames = new Map<string, number>();
  for (const p of people) {
    const first = p.name.split(' ')[0] ?? '';
    if (isFull(p.name)) firstNames.set(first, (firstNames.get(first) ?? 0) + 1);
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (used.has(i) || !/^\p{Lu}/u.test(t.text)) continue;
    // "Fenwick Marr": the first word of another name is not a lone surname.
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    if (
      (next &&
        /^\s+$/.test(t.post) &&
        /^\p{Lu}/u.test(next.text) &&
        next.sentence === t.sentence) ||
      (prev &&
        /^\s+$/.test(prev.post) &&
        /^\p{Lu}/u.test(prev.text) &&
        prev.sentence === t.sentence &&
        !used.has(i - 1))
    )
      continue;
    if (bySurname.has(low(t)) && !firmNames.has(low(t)))
      add({ titleStart: i, nameStart: i, nameEnd: i + 1, honorific: false });
    // "“Pádraic is very kind,” she says": the first name of exactly one person named in full,
    // when it is no common word, place or firm.
    else if (
      !firmNames.has(low(t)) &&
      !commonWord(bare(t.text)) &&
      !['Place', 'Country', 'City', 'Region', 'Organization', 'Demonym'].some((x) =>
        t.tags.has(x),
      ) &&
      firstNames.get(bare(t.text)) === 1
    )
      add({ titleStart: i, nameStart: i, nameEnd: i + 1, honorific: false });
  }
  mergeGivenNames(people);
  const firms = firmsAmong(tokens, people, used, firmNames);
  // "Morgan Stanley and Goldman Sachs": the partner of a firm is a firm.
  const firmKeys = new Set(firms.map((p) => p.name.toLowerCase()));
  for (const p of people) {
    const partner = partners.get(p.name.toLowerCase());
    if (partner && firmKeys.has(partner)) firms.push(p);
  }
  // "Lavaria" beside "Lavarian gas": a country the tagger does not know.
  firms.push(...placesAmong(tokens, people));
  const kept = people.filter((p) => !firms.includes(p));
  linkNominals(tokens, kept);
  for (const p of kept) p.mentions.sort((a, b) => a.start - b.start);
  return kept;
}

/**
 * "Te Kaurinui" and "Te Kaurinui Robert Parata", "José Luis" and "José Luis Ábalos": a name of
 * two words or more that is how exactly one longer name begins gives that person's first
 * names, not another person. Merges each such pair in place.
 */
function mergeGivenNames(people: Person[]): void {
  // Longest first, so that "Te Kaurinui Robert" has joined the full name before "Te Kaurinui" looks.
  const byLength = [...people].sort((a, b) => b.name.length - a.name.length);
  for (const short of byLength) {
    if (!isFull(short.name)) continue;
    const start = short.name.toLowerCase() + ' ';
    const longer = people.filter((p) => p.name.toLowerCase().startsWith(start));
    const full = longer[0];
    if (longer.length !== 1 || !full) continue;
    full.mentions.push(...short.mentions);
    full.role ??= short.role;
    full.gender ??= short.gender;
    people.splice(people.indexOf(short), 1);
  }
}

/** 'Robert “Bobby” Tanaka' and 'Bobby Tanaka': one name carries the other's first as a nickname. */
function nickname(a: string, b: string): boolean {
  const quoted = (x: string): string[] =>
    [...x.matchAll(/[“"]([^”"]+)[”"]/g)].map((m) => (m[1] ?? '').toLowerCase());
  const first = (x: string): string => (x.split(' ')[0] ?? '').toLowerCase();
  return quoted(a).includes(first(b)) || quoted(b).includes(first(a));
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

/** "Ifor Siencyn, 68, …", "the 68-year-old Ifor Siencyn": the age given with a name. */
function ageOf(tokens: Token[], run: NameRun): number | undefined {
  const after = tokens[run.nameEnd];
  if (after && /^,\s/.test((tokens[run.nameEnd - 1] as Token).post) && /^\d{1,3}$/.test(after.text))
    return /^[,.;)]/.test(after.post) ? Number(after.text) : undefined;
  const before = /^(\d{1,3})-year-old$/.exec(tokens[run.titleStart - 1]?.text ?? '');
  return before ? Number(before[1]) : undefined;
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
    .map(
      (t, i, all) =>
        (i > 0 ? t.pre : '') +
        (i === all.length - 1 ? bare(t.text) : t.text + t.post.replace(/\s+/g, ' ')),
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

/** The lower-cased name of a run, as people are keyed ("harwood blaine"). */
function runKey(tokens: Token[], run: NameRun): string {
  return tokens
    .slice(run.nameStart, run.nameEnd)
    .map((t) => bare(t.text).toLowerCase())
    .join(' ');
}
