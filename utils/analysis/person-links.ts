import { ORG_WORDS } from './lexicon';
import { bare, low, type NameRun } from './names';
import { commonWord, type Token } from './tokens';

/** Verbs whose subject and object are usually both people ("Clinton met Yeltsin"). */
const MEET =
  /^(?:met|meets|meet|beat|beats|defeated|defeats|thanked|replaced|succeeded|succeeds|interviewed|married|phoned|telephoned|congratulated)$/;

/**
 * The person a name is tied to in a way that makes it a person too: "Tomasz Wierzbicki
 * and Adaeze Nwachukwu", "Netanyahu and Arafat", "Clinton met Yeltsin", "Sampras beat
 * Agassi". `byEnd` and `byStart` hold the runs already taken for people. A lone word
 * must be one compromise does not know as a common word, place or organisation, and not
 * a modifier ("Ford executives").
 */
export function personPartner(
  tokens: Token[],
  run: NameRun,
  byEnd: Map<number, NameRun>,
  byStart: Map<number, NameRun>,
): NameRun | null {
  const n = run.nameEnd - run.nameStart;
  const name = tokens.slice(run.nameStart, run.nameEnd);
  if (name.some((t) => ORG_WORDS.has(low(t)) || t.tags.has('Organization'))) return null;
  const after = tokens[run.nameEnd];
  const last = name[n - 1] as Token;
  if (after && /^\s+$/.test(last.post) && /^[a-z]/.test(after.text) && after.tags.has('Noun'))
    return null;
  if (
    n === 1 &&
    (commonWord(bare(last.text)) ||
      ['Place', 'Country', 'Demonym', 'City', 'Region'].some((x) => last.tags.has(x)))
  )
    return null;
  const fits = (p: NameRun | undefined): p is NameRun =>
    !!p && (n === 1 || p.nameEnd - p.nameStart >= 2);
  const before = tokens[run.titleStart - 1];
  if (before && /^\s+$/.test(before.post)) {
    const left = byEnd.get(run.titleStart - 1);
    if ((before.text === 'and' || MEET.test(before.text)) && fits(left)) return left;
  }
  // "Teenager Rafael Quintana pulled one back, and Bartek Nowicki headed in the second": the
  // subject of a clause joined to one whose subject is a person.
  if (
    n >= 2 &&
    before?.text === 'and' &&
    /,\s+$/.test(tokens[run.titleStart - 2]?.post ?? '') &&
    after?.tags.has('Verb') &&
    /^\s+$/.test(last.post)
  ) {
    let k = run.titleStart;
    while (
      k > 0 &&
      (tokens[k - 1] as Token).sentence === (tokens[run.titleStart] as Token).sentence
    )
      k--;
    const subject = byStart.get(k);
    if (
      subject &&
      subject.nameEnd - subject.nameStart >= 2 &&
      tokens[subject.nameEnd]?.tags.has('Verb')
    )
      return subject;
  }
  if (after && after.text === 'and' && /^\s+$/.test(last.post) && /^\s+$/.test(after.post)) {
    const right = byStart.get(run.nameEnd + 1);
    // "Canola and wheat grower Lise …": "and" joins the crop to the job's other word, not
    // one person to another.
    if (fits(right) && !/^\p{Ll}/u.test(tokens[right.titleStart]?.text ?? '')) return right;
  }
  return null;
}
