import type { NameRun } from './names';
import type { Token } from './tokens';

/** Titles that take a portfolio after "of"/"for": "Secretary of State", "Minister for Health". */
const OFFICE_HEADS = new Set(
  'secretary minister chief director commissioner head governor chancellor undersecretary justice clerk'.split(
    ' ',
  ),
);

/**
 * Words a portfolio is made of ("State", "Mines and Energy", "Public Prosecutions", "Staff"):
 * capitalised like a name, so without this list "Secretary of State Antony Blinken" reads as
 * the name "State Antony Blinken" with no title.
 */
const PORTFOLIO = new Set(
  `state finance defence defense health education justice interior foreign affairs home labour
  labor energy environment transport transportation agriculture commerce trade industry treasury
  housing culture tourism economy economic security homeland staff police public prosecutions
  communications information mines mining planning development works infrastructure immigration
  veterans sport sports science technology digital women children family families youth employment
  welfare pensions revenue customs budget water fisheries forestry land lands resources natural human
  services social care rights legal intelligence operations research national international
  communities local government regional urban rural policy strategy investment investments
  markets enterprise exchequer cabinet office war navy army air force media arts heritage climate
  change equality equalities safety emergency management audit statistics peace courts deeds`.split(
    /\s+/,
  ),
);

/** Small words inside a portfolio ("Health and Human Services", "State for Trade"). */
const JOINERS = new Set(['and', '&', 'for', 'of', 'the']);

const isCap = (t: Token | undefined): t is Token => !!t && /^\p{Lu}/u.test(t.text);
const spaced = (t: Token): boolean => /^\s+$/.test(t.post);

/**
 * "Secretary of State Antony Blinken", "Minister of Mines and Energy Carlos Duarte",
 * "Chief of Staff Susie Wiles": a title, "of"/"for", its portfolio, then the name. `head` is
 * the title word right before the "of"; `titleStart` the first word of the title
 * ("Deputy" in "Deputy Secretary of State"). Gives the run with the whole office as title,
 * or null when no name follows the portfolio (or it cannot be told from the portfolio).
 */
export function officeRun(tokens: Token[], titleStart: number, head: number): NameRun | null {
  const headToken = tokens[head];
  const link = tokens[head + 1];
  if (!headToken || !link || !spaced(headToken) || !spaced(link)) return null;
  if (!OFFICE_HEADS.has(headToken.text.toLowerCase())) return null;
  if (link.text !== 'of' && link.text !== 'for') return null;
  // The capitalised words (and small joiners) after the link, in one sentence, one phrase.
  const words: number[] = [];
  for (let k = head + 2; k < tokens.length && words.length < 9; k++) {
    const t = tokens[k] as Token;
    if (t.sentence !== headToken.sentence) break;
    const joiner = JOINERS.has(t.text) && isCap(tokens[k + 1]);
    if (!isCap(t) && !joiner) break;
    words.push(k);
    if (!spaced(t)) break;
  }
  // Split the words into portfolio and name: after the portfolio's own words...
  let split = 0;
  while (split < words.length && portfolioWord(tokens[words[split] as number] as Token)) split++;
  const run = nameAfter(tokens, titleStart, words, split);
  if (run) return run;
  // ...or, past a portfolio named after a body ("of the Bank of Lestria"), at a first name.
  const first = words.findIndex((k, i) => i > 0 && firstName(tokens[k]));
  return first > 0 ? nameAfter(tokens, titleStart, words, first) : null;
}

const portfolioWord = (t: Token): boolean =>
  PORTFOLIO.has(t.text.toLowerCase()) || JOINERS.has(t.text);

/** The name made of `words` from `split` on, if they can be one. */
function nameAfter(
  tokens: Token[],
  titleStart: number,
  words: number[],
  split: number,
): NameRun | null {
  const nameWords = words.slice(split);
  const nameStart = words[split];
  if (nameStart === undefined || nameWords.length > 4) return null;
  // A joiner right before the name, or one inside it, means this was no name after all.
  if (JOINERS.has((tokens[nameStart - 1] as Token).text)) return null;
  if (nameWords.some((k) => !isCap(tokens[k]))) return null;
  return { titleStart, nameStart, nameEnd: nameStart + nameWords.length, honorific: false };
}

function firstName(t: Token | undefined): boolean {
  return !!t && (t.tags.has('FirstName') || t.tags.has('MaleName') || t.tags.has('FemaleName'));
}
