import { low } from './names';
import type { Person } from './people';
import {
  hasPunctAfter,
  isSourceNoun,
  LINK,
  nounPhrase,
  PARTITIVE,
  STOP,
  type Source,
} from './sources';
import type { Token } from './tokens';

/** Relatives, who can stand in apposition to a name like a job can. */
const KIN =
  /^(?:wife|husband|son|daughter|brother|sister|mother|father|partner|widow|widower|grandson|granddaughter|nephew|niece|cousin|uncle|aunt|friend|neighbou?r|colleague)$/;

const isNoun = (t: Token): boolean => t.tags.has('Noun') && !t.tags.has('Pronoun');

/** The source starting at token `i` (inverted order: "…," said the minister). */
/** Job nouns the role list may lack: "hydrologist", "curator", "librarian", "attendant". */
const JOB_ENDING = /(?:ist|er|or|ian|ant|ent|man|woman|person)$/;

export function sourceStartingAt(
  tokens: Token[],
  i: number,
  personAt: Map<number, Person>,
  sentence: number,
  /** After "according to" any noun phrase is a source ("a White House transcript"). */
  any = false,
): Source | null {
  const t = tokens[i];
  if (!t || t.sentence !== sentence) return null;
  const p = personAt.get(i) ?? personAt.get(i + 1);
  if (p) return { kind: 'person', person: p };
  const w = low(t);
  const next = tokens[i + 1];
  const possessive =
    /^(?:her|his|their|its)$/.test(w) && !!next && next.sentence === sentence && isNoun(next);
  if (/^(?:he|she|they|it|him|her|them)$/.test(w) && !possessive)
    return { kind: 'pronoun', word: w };
  // "by her daughter, Marta Reid,", "said his lawyer, Ann Roe,": a name in apposition to
  // a noun for a person, closed by a comma; not the subject after "According to a
  // transcript, Zelenskyy spoke".
  for (let j = i; j < tokens.length && j - i < 5; j++) {
    const x = tokens[j] as Token;
    if (x.sentence !== sentence || (j > i && x.tags.has('Verb') && !isNoun(x))) break;
    if (!hasPunctAfter(x)) continue;
    // The name may follow a title the person's mentions leave out ("…, Dr Hamish Carrow").
    const first = tokens[j + 1]?.tags.has('Honorific') && !personAt.get(j + 1) ? j + 2 : j + 1;
    const named = /^,\s*$/.test(x.post) ? personAt.get(first) : undefined;
    if (named && (isSourceNoun(x) || KIN.test(low(x)) || JOB_ENDING.test(low(x)))) {
      let e = first;
      while (personAt.get(e + 1) === named) e++;
      const end = tokens[e] as Token;
      if (/^,/.test(end.post) || tokens[e + 1]?.sentence !== sentence)
        return { kind: 'person', person: named };
    }
    break;
  }
  if (any) {
    // After "according to", the whole phrase up to punctuation or a relative clause.
    let e = i;
    while (e + 1 < tokens.length && e - i < 10 && !hasPunctAfter(tokens[e] as Token)) {
      const next = tokens[e + 1] as Token;
      if (next.sentence !== sentence || /^(?:who|which|that|and|but)$/.test(low(next))) break;
      e++;
    }
    const words = tokens.slice(i, e + 1);
    return {
      kind: 'group',
      text: words
        .map((x, n) => x.text + (n < words.length - 1 ? x.post.replace(/\s+/g, ' ') : ''))
        .join(''),
    };
  }
  // Take the noun phrase up to punctuation or a verb.
  let k = i;
  while (k + 1 < tokens.length && k - i < 8) {
    const cur = tokens[k] as Token;
    const next = tokens[k + 1] as Token;
    // "the Chamber of Commerce": "of" inside a capitalised name.
    const ofName = low(next) === 'of' && /^\p{Lu}/u.test(tokens[k + 2]?.text ?? '');
    // "one of the people", "a lawyer at the firm": a quantity or a source noun and what
    // it belongs to.
    const linked =
      LINK.test(low(next)) &&
      ((low(next) === 'of' && (PARTITIVE.test(low(cur)) || cur.tags.has('Value'))) ||
        (isSourceNoun(cur) && !cur.tags.has('Verb')));
    if (
      hasPunctAfter(cur) ||
      next.sentence !== sentence ||
      (STOP.has(low(next)) && !ofName && !linked) ||
      next.tags.has('Verb')
    )
      break;
    k++;
  }
  return nounPhrase(tokens, k, sentence, any);
}
