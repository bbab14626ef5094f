import { ORG_WORDS } from './lexicon';
import { low, type NameRun } from './names';
import type { Token } from './tokens';

/** Nouns that introduce an organisation's name, not a person's. */
export const ORG_HEADS = new Set(
  'group company firm agency housebuilder seller tank think-tank thinktank chain grocer wholesaler gallery organisation organization militia charity newspaper magazine network party band team club website startup start-up brand channel station outlet publication tribe movement coalition operator carrier lender insurer retailer manufacturer maker carmaker automaker drugmaker chipmaker provider supplier distributor utility regulator broker stockbroker brokerage consultancy platform app airline partnership practice duo trio quartet quintet outfit ensemble orchestra choir farm stud'.split(
    ' ',
  ),
);

/** Makers of goods, which are firms ("the Swiss watchmaker Hublot-Vogt"). */
const GOODS_MAKER =
  /^(?:watch|toy|phone|handset|game|tyre|tire|truck|lorry|bus|bike|plane|jet|robot|battery|software|glass|paper|furniture|appliance|chocolate|snack|cereal|vaccine|device|machine|tool|equipment|sportswear|shoe)maker$/;

/** Person-shaped tags: a head like "broker" is a job when the name starts with a first name. */
const AGENT = /(?:er|or)$/;
/** Kinds of organisation that name a person's job as often ("Jane Roe, a stockbroker"). */
const PERSON_TOO = /^(?:broker|stockbroker|operator|carrier|maker|provider|partnership|practice)$/;

/**
 * True where the text itself calls the run an organisation: an appositive naming a kind
 * of organisation ("Harwood Blaine, a London firm", "Ansar al-Sharia, an al-Qaeda-linked
 * organization", "Marlowe Kitt, a stockbroker") or a kind of organisation right before
 * it ("the law firm Baker Whitlow"). A head that is also a job ("broker") only counts
 * when the name does not start with a known first name.
 */
export function namedAsFirm(tokens: Token[], run: NameRun): boolean {
  const first = tokens[run.nameStart] as Token;
  const last = tokens[run.nameEnd - 1] as Token;
  // Before a name, a trade in -er is a person's job when a known first name follows ("the
  // seller Jane Roe"); after it, only a few trades are people's as often as firms'.
  const isKind = (w: Token, after = false): boolean =>
    ORG_WORDS.has(low(w)) ||
    // "watchmaker", "toymaker": a maker of goods is a firm ("playmaker", "lawmaker" are not).
    ((ORG_HEADS.has(low(w)) || GOODS_MAKER.test(low(w))) &&
      !((after ? PERSON_TOO.test(low(w)) : AGENT.test(low(w))) && first.tags.has('FirstName')));
  const before = tokens[run.titleStart - 1];
  if (
    run.titleStart === run.nameStart &&
    before &&
    /^\s+$/.test(before.post) &&
    /^[a-z]/.test(before.text) &&
    isKind(before)
  )
    return true;
  const after = tokens[run.nameEnd];
  if (!/^,\s+$/.test(last.post) || !after || !/^(?:a|an|the)$/i.test(after.text)) return false;
  let head: Token | null = null;
  for (let k = run.nameEnd + 1; k < tokens.length && k - run.nameEnd < 7; k++) {
    const t = tokens[k] as Token;
    if (
      t.sentence !== first.sentence ||
      /^(?:of|for|in|at|with|that|which|who|based)$/i.test(t.text)
    )
      break;
    // The tagger may call "firm" an adjective: a kind of organisation is a head anyway.
    // "the fashion retailer founded by the designer": the head comes before the participle.
    if (t.tags.has('Verb') && !t.tags.has('Noun') && head && !isKind(t, true)) {
      // "Thanks to volunteers like Bettina Kraus, the food bank stayed open": a verb that
      // is no participle makes the phrase a clause's subject, not the name's appositive.
      // "the farm founded by …": a past form before "by" is a participle all the same.
      const participle =
        t.tags.has('Passive') ||
        t.tags.has('Participle') ||
        t.tags.has('Gerund') ||
        tokens[k + 1]?.text === 'by';
      if (!participle) return false;
      break;
    }
    if (t.tags.has('Noun') || isKind(t, true)) head = t;
    if (/[,.;:!?()—–]/.test(t.post)) break;
  }
  return !!head && isKind(head, true);
}

/**
 * True when "he", "she" or "his" later in the sentence (or opening the next one) can
 * only point back to the name at `start`: no other person-like name comes between.
 * Companies are "it"; a subject taken up by "he" is a person ("Okonjo, signed in
 * January, scored when he turned …").
 */
export function pronounRefers(tokens: Token[], start: number, end: number): boolean {
  const s = (tokens[start] as Token).sentence;
  for (let k = end; k < tokens.length && k - end < 40; k++) {
    const t = tokens[k] as Token;
    if (t.sentence > s) return t.sentence === s + 1 && /^(?:He|She)$/.test(t.text);
    // "… won the prize for her debut novel": "her" points back as "his" does.
    if (/^(?:he|she|his|her)$/.test(t.text)) return true;
    if (/^\p{Lu}/u.test(t.text) && ['Person', 'FirstName', 'Honorific'].some((x) => t.tags.has(x)))
      return false;
  }
  return false;
}

/**
 * True for a name written with "'s" that is not a possessive: "Christie’s sold the
 * canvas", "Sainsbury’s said": a business named after its founder. A person's possessive
 * is followed by what they own.
 */
export function shopName(tokens: Token[], at: number): boolean {
  const t = tokens[at] as Token;
  const next = tokens[at + 1];
  if (!/^\p{Lu}/u.test(t.text) || !/['’]s$/.test(t.text)) return false;
  return (
    !!next &&
    /^\s+$/.test(t.post) &&
    next.sentence === t.sentence &&
    next.tags.has('Verb') &&
    !next.tags.has('Noun') &&
    !next.tags.has('Adjective') &&
    !next.tags.has('Participle') &&
    !next.tags.has('Gerund')
  );
}
