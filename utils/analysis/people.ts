import { REPORTING_VERBS, ROLE_NOUNS, TITLES } from './lexicon';
import { bare, low, nameRuns, type NameRun } from './names';
import { linkNominals } from './nominals';
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
}

/** Nouns that introduce an organisation's name, not a person's. */
const ORG_HEADS = new Set(
  'group company firm agency organisation organization charity newspaper magazine network party band team club website startup brand channel station outlet publication tribe movement coalition'.split(
    ' ',
  ),
);
const CREDIT =
  /^(?:video|photos?|photograph|pictures?|images?|illustrations?|graphics?|reporting|edited|written|produced|filmed|animation)$/i;
/** First words of places and things named after people. */
const NOT_FIRST = new Set(
  'santa san los las saint st fort port mount mt lake cape new north south east west upper lower greater'.split(
    ' ',
  ),
);
/** Last words of places and things that start with a first name. */
const NOT_SURNAME = new Set(
  'cross plan beach valley street avenue square bridge park lake river island islands mountain mountains cup prize award act doctrine center centre hall hospital airport station road way trail canal bay falls springs hills heights gardens tower building stadium arena memorial foundation lisa county city town state province district desert sea ocean strait gulf peninsula'.split(
    ' ',
  ),
);
const PERSON_TAGS = ['Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName'];
const hasPersonTag = (t: Token): boolean =>
  PERSON_TAGS.some((x) => t.tags.has(x)) && !t.tags.has('Acronym');
const placeLike = (t: Token): boolean =>
  t.tags.has('Place') ||
  t.tags.has('Organization') ||
  t.tags.has('Demonym') ||
  t.tags.has('Country');
/** Verbs after a lone surname that show it is a person acting ("Shoigu discussed"). */
const PERSON_VERBS = new Set([
  'spoke',
  'speaks',
  'discussed',
  'met',
  'meets',
  'refused',
  'visited',
  'wrote',
  'added',
]);

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
        p = { name: fullName, role: null, mentions: [] };
        people.push(p);
      }
    }
    if (!p) {
      p = {
        name: run.honorific && words.length === 1 ? mention.text : fullName,
        role: null,
        mentions: [],
      };
      people.push(p);
      bySurname.set(surname, p);
    } else if (words.length > 1 && fullName.length > p.name.length) p.name = fullName;
    p.role ??= findRole(tokens, run.titleStart, run.nameStart, run.nameEnd);
    p.mentions.push(mention);
    for (let k = run.titleStart; k < run.nameEnd; k++) used.add(k);
  };
  const runs = nameRuns(tokens);
  const later: NameRun[] = [];
  for (const run of runs) {
    if (isPerson(tokens, run)) add(run);
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
  linkNominals(tokens, people);
  for (const p of people) p.mentions.sort((a, b) => a.start - b.start);
  return people;
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

function isPerson(tokens: Token[], run: NameRun): boolean {
  const name = tokens.slice(run.nameStart, run.nameEnd);
  const n = name.length;
  if (n > 4) return false;
  const hasTitle = run.titleStart < run.nameStart;
  const before = tokens[run.titleStart - 1];
  // Credits ("Video by Jane Doe", "Additional reporting by …") name staff, not figures.
  if (before && low(before) === 'by' && CREDIT.test(tokens[run.titleStart - 2]?.text ?? ''))
    return false;
  // A title outranks the tagger's guess that "Amy Park" is a place.
  if (hasTitle && !name.some((t) => t.tags.has('Organization') && !hasPersonTag(t))) return true;
  const first = name[0] as Token;
  const last = name[n - 1] as Token;
  // "Santa Monica", "Victoria Cross", "Marshall Plan": a first name inside a place or thing.
  if (n >= 2 && NOT_FIRST.has(low(first))) return false;
  const knownFirst = n >= 2 && first.tags.has('FirstName');
  if (
    !knownFirst &&
    (name.every(placeLike) || name.some((t) => t.tags.has('Organization') && !hasPersonTag(t)))
  )
    return false;
  if (hasTitle) return true;
  const after = tokens[run.nameEnd];
  // A job noun right before the name: known ones, or an agent noun the tagger calls a
  // noun ("whale whisperer Hori Parata", "skipper Wade Bassi").
  const roleBefore =
    !!before && /^\s+$/.test(before.post) && /^[a-z]/.test(before.text) && isJobWord(before);
  const lastPost = (tokens[run.nameEnd - 1] as Token).post;
  const verbAfter =
    !!after &&
    /^\s+$/.test(lastPost) &&
    (REPORTING_VERBS.has(low(after)) || PERSON_VERBS.has(low(after)));
  const verbBefore = !!before && /^(?:said|says|told|added)$/.test(low(before));
  // "The head of the port authority, Kwame Asante, condemned …": a name set off by
  // commas right before a reporting verb.
  const commaVerb =
    !!after &&
    /^,\s/.test(lastPost) &&
    !!before &&
    /,\s*$/.test(before.post) &&
    REPORTING_VERBS.has(low(after));
  // An appositive only says "person" when it names a job: "X, a military analyst".
  const appositive =
    !!after &&
    /^,\s/.test(lastPost) &&
    /^(?:a|an|the|who|one)$/i.test(after.text) &&
    tokens
      .slice(run.nameEnd + 1, run.nameEnd + 5)
      .some((t) => ROLE_NOUNS.has(low(t)) || TITLES.has(low(t)));
  // "Ennahda members", "Obama administration": a name used as a modifier.
  const modifier =
    !!after &&
    /^\s+$/.test(lastPost) &&
    after.tags.has('Noun') &&
    !/^\p{Lu}/u.test(after.text) &&
    !after.tags.has('Verb');
  // "the Study of War", "Bank of America": the end of an organisation's name;
  // "rescue group Project Jonah": named after an organisation noun.
  const orgHead = !!before && ORG_HEADS.has(low(before));
  const ofBefore = orgHead || (!!before && /^(?:of|for)$/.test(low(before)));
  // "Ngātiwai believe …": a plural verb means a group, not one person.
  const pluralVerb =
    !!after &&
    after.tags.has('PresentTense') &&
    !/s$/.test(after.text) &&
    !after.tags.has('PastTense');
  if (n >= 2) {
    if (orgHead) return false;
    // The tagger calls "Plan" a surname after "Marshall": such words need other evidence.
    if (NOT_SURNAME.has(low(last))) return roleBefore || verbAfter || appositive || commaVerb;
    if (hasPersonTag(name[0] as Token) || name.some((t) => t.tags.has('LastName')))
      return !modifier || roleBefore;
    if (name.some(placeLike) || modifier || ofBefore) return false;
    if (roleBefore || appositive || commaVerb) return true;
    // A verb alone is weak evidence: companies speak too ("Whole Foods said").
    const plain =
      name.every((t) => !t.tags.has('Adjective') && !t.tags.has('Verb')) &&
      !/s$/.test(bare((name[n - 1] as Token).text));
    return (verbAfter || verbBefore) && plain;
  }
  const t = name[0] as Token;
  if (placeLike(t) || t.tags.has('Adjective') || modifier || ofBefore || pluralVerb) return false;
  // A lone capitalised word that speaks ("Shoigu discussed", "Zelenskyy said") is a
  // person unless the tagger knows it as a common word (verbs, plurals and places are out).
  return roleBefore || ((verbAfter || appositive) && !t.tags.has('Verb') && !t.tags.has('Adverb'));
}
