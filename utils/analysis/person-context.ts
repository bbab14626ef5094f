import { ORG_HEADS } from './firm-evidence';
import { ORG_WORDS } from './lexicon';
import { bare, givenNameHalf, low, type NameRun } from './names';
import { isJobWord } from './roles';
import { KIN, NOT_FIRST, NOT_SURNAME } from './person-words';
import { commonWord, type Token } from './tokens';

/** True when the word at `at` ends "of|on|for X and <word>", the tail of an organisation's name. */
export function inCoordinatedOrgName(tokens: Token[], at: number): boolean {
  const and = tokens[at - 1];
  const partner = tokens[at - 2];
  const link = tokens[at - 3];
  return (
    !!and &&
    /^(?:and|&)$/.test(low(and)) &&
    !!partner &&
    /^\p{Lu}/u.test(partner.text) &&
    !!link &&
    /^(?:of|on|for)$/.test(low(link))
  );
}

/**
 * "its ambassador, Khamphoui Sisavath.": a lower-case job set off by a comma before a
 * full name that ends there. Kinds of company ("its lender, …") are left out.
 */
export function jobComma(tokens: Token[], run: NameRun, end = run.nameEnd): boolean {
  const comma = tokens[run.titleStart - 1];
  // "the speaker of the lower house, Anouk Teeuwen,": the job before its "of" phrase.
  const before =
    comma && /^,\s+$/.test(comma.post) ? (jobBeforeOf(tokens, run.titleStart - 1) ?? comma) : comma;
  const last = tokens[end - 1] as Token;
  return (
    !!before &&
    !!comma &&
    /^,\s+$/.test(comma.post) &&
    // "The Opposition Leader, Angus Threlwick-Oastler,": a capitalised title after "the" too.
    (/^[a-z]/.test(before.text) ||
      (before !== comma ? isJobWord(before) : titleAfterThe(tokens, run.titleStart - 1))) &&
    (isJobWord(before) || KIN.test(low(before))) &&
    !ORG_HEADS.has(low(before)) &&
    // "the developer, Tūranga Build,": trades that are firms as often as people.
    !/^(?:developer|builder|contractor|supplier|partner|owner|buyer|seller)$/.test(low(before)) &&
    /^\)?[,.;]/.test(last.post) &&
    // "the processor, Clearwave Payments, which …": "which" is for a firm.
    tokens[end]?.text !== 'which'
  );
}

/** "The Opposition Leader", "the Deputy Premier": a capitalised job word one or two words after "the". */
function titleAfterThe(tokens: Token[], k: number): boolean {
  const a = tokens[k - 1];
  const b = tokens[k - 2];
  if (a && /^the$/i.test(a.text) && /^\s+$/.test(a.post)) return true;
  return (
    !!a && !!b && /^\p{Lu}/u.test(a.text) && /^the$/i.test(b.text) && /^\s+$/.test(a.post + b.post)
  );
}

/**
 * The job word of "the head of the agency" when `end` is that phrase's last word: "the" or a
 * possessive, a lower-case job word, then "of" or "at" and the rest of the phrase, no more
 * than five words back and with no punctuation inside ("the speaker of the lower house").
 */
function jobBeforeOf(tokens: Token[], end: number): Token | undefined {
  for (let j = end - 1; j >= 1 && end - j <= 5; j--) {
    const t = tokens[j] as Token;
    if (t.sentence !== (tokens[end] as Token).sentence || /[,;:.]/.test(t.post)) return undefined;
    if (!/^(?:of|at|for)$/.test(low(t))) continue;
    const job = tokens[j - 1] as Token;
    const det = tokens[j - 2];
    // "the Minister for Primary Industries": a title written in capitals after "the" too.
    if (
      det &&
      /^(?:the|its|his|her|their)$/i.test(det.text) &&
      (/^[a-z]/.test(job.text) || isJobWord(job))
    )
      return job;
    return undefined;
  }
  return undefined;
}

/**
 * "Kazakhstan’s Dariga Nurlanovna", "Sporting Albarra’s Kwame Asante-Doyle": a country's
 * or club's possessive before a full name made of words that are no common words.
 */
export function countryOwner(tokens: Token[], run: NameRun): boolean {
  const before = tokens[run.titleStart - 1];
  const first = tokens[run.nameStart] as Token;
  const last = tokens[run.nameEnd - 1] as Token;
  // "Paris’s Boulevard Montmartre": a street or a place, not a person.
  if (NOT_FIRST.has(low(first)) || NOT_SURNAME.has(low(last))) return false;
  return (
    !!before &&
    run.titleStart === run.nameStart &&
    /['’]s$/.test(before.text) &&
    /^\s+$/.test(before.post) &&
    (before.tags.has('Country') ||
      before.tags.has('Place') ||
      (run.nameEnd - run.nameStart >= 2 && /^\p{Lu}/u.test(before.text))) &&
    tokens
      .slice(run.nameStart, run.nameEnd)
      .every(
        (t) => !commonWord(bare(t.text)) && !t.tags.has('Organization') && !ORG_WORDS.has(low(t)),
      )
  );
}

/**
 * "Park Ji-yeon", "Joon-ho Bae": a hyphenated given name with a lower-case second half;
 * "Mohd Rizal bin Yusof", "Ali ibn Hassan": a patronymic particle between two names.
 */
export function nameShape(name: Token[]): boolean {
  const n = name.length;
  if (n >= 2 && name.some((t, k) => k > 0 && givenNameHalf(name[k - 1] as Token, t))) return true;
  return (
    n >= 3 && name.some((t, k) => k > 0 && k < n - 1 && /^(?:bin|binti|bint|ibn)$/.test(t.text))
  );
}

/** "20-year-old Tomos Pritchard", "Juan Ortiz, 62,", "Tarasenko, 65,": an age with a name. */
export function agedName(tokens: Token[], run: NameRun): boolean {
  const first = tokens[run.nameStart] as Token;
  const last = tokens[run.nameEnd - 1] as Token;
  const before = tokens[run.titleStart - 1];
  const after = tokens[run.nameEnd];
  if (run.nameEnd - run.nameStart < 2 && commonWord(bare(first.text))) return false;
  const yearOld =
    !!before &&
    /^old$/i.test(before.text) &&
    /^\s+$/.test(before.post) &&
    /^year$/i.test(tokens[run.titleStart - 2]?.text ?? '') &&
    /^\d{1,3}$/.test(tokens[run.titleStart - 3]?.text ?? '');
  const commaAge =
    /^,\s+$/.test(last.post) &&
    !!after &&
    /^\d{1,3}$/.test(after.text) &&
    // "before waking wife Tracey, 58.": the age may end the sentence after a known first
    // name ("Liverpool, 3." is a score).
    (/^,/.test(after.post) ||
      (/^[.;]/.test(after.post) &&
        after.sentence === last.sentence &&
        first.tags.has('FirstName')));
  return yearOld || commaAge;
}

/**
 * "Ennahda members", "Obama administration", "Te Awa housing deal": a name used as a
 * modifier of a lower-case noun. "Tony Abbott's office" is a person's office.
 */
export function usedAsModifier(tokens: Token[], run: NameRun): boolean {
  const last = tokens[run.nameEnd - 1] as Token;
  const after = tokens[run.nameEnd];
  const next = tokens[run.nameEnd + 1];
  if (!after || /['’]s?$/.test(last.text) || !/^\s+$/.test(last.post)) return false;
  if (/^\p{Lu}/u.test(after.text)) return false;
  if (after.tags.has('Noun') && !after.tags.has('Verb')) return true;
  return (
    after.tags.has('Gerund') &&
    /^\s+$/.test(after.post) &&
    !!next?.tags.has('Noun') &&
    /^[a-z]/.test(next.text)
  );
}

/**
 * "Low-dose" opening a headline where the article writes "low-dose": a hyphenated word
 * the text also writes in lower case is a common word, not a given name like "Ji-yeon".
 */
export function hyphenLower(tokens: Token[], name: Token[]): boolean {
  const [a, b] = name;
  if (name.length !== 2 || !a || !b || a.post !== '-') return false;
  const first = a.text.toLowerCase();
  return tokens.some(
    (t, i) => t.text === first && t.post === '-' && tokens[i + 1]?.text === b.text,
  );
}
