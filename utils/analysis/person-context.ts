import { ORG_HEADS } from './firm-evidence';
import { ORG_WORDS } from './lexicon';
import { bare, low, type NameRun } from './names';
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
export function jobComma(tokens: Token[], run: NameRun): boolean {
  const before = tokens[run.titleStart - 1];
  const last = tokens[run.nameEnd - 1] as Token;
  return (
    !!before &&
    /^,\s+$/.test(before.post) &&
    /^[a-z]/.test(before.text) &&
    (isJobWord(before) || KIN.test(low(before))) &&
    !ORG_HEADS.has(low(before)) &&
    // "the developer, Tūranga Build,": trades that are firms as often as people.
    !/^(?:developer|builder|contractor|supplier|partner|owner|buyer|seller)$/.test(low(before)) &&
    /^[,.;]/.test(last.post) &&
    // "the processor, Clearwave Payments, which …": "which" is for a firm.
    tokens[run.nameEnd]?.text !== 'which'
  );
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
