import { ORG_WORDS, ROLE_NOUNS, TITLES } from './lexicon';
import { asideEnd, low } from './names';
import { KIN } from './person-words';
import type { Token } from './tokens';

const STOP_LEFT = new Set(
  'a an the and or but said says told by with to from as that according against in on at for into over under after before about between among during than when while who which how why what where whether whom whose'.split(
    ' ',
  ),
);
/** Words ending like agent nouns that are not jobs. */
const NOT_AGENT = new Set(
  'order border murder letter matter water number member chapter quarter corner error manner minor major senior junior mirror terror horror honor honour favor favour labor labour color colour motor sector factor actor meteor other either neither whether after under over later rather never ever'.split(
    ' ',
  ),
);

/**
 * True for a job word: a known one ("analyst", "minister") or an agent noun the
 * tagger calls a singular noun ("keeper", "whisperer", "volcanologist").
 */
export function isJobWord(t: Token): boolean {
  // "vice-minister", "co-founder": the last part decides.
  const w = low(t).split('-').pop() ?? '';
  if (ROLE_NOUNS.has(w) || TITLES.has(w)) return true;
  return (
    /^[a-z]+(?:er|ist|or|ian)$/.test(w) &&
    // "takeover", "turnover", "handover" are events, not jobs.
    !w.endsWith('over') &&
    t.tags.has('Singular') &&
    !t.tags.has('Adjective') &&
    !t.tags.has('Preposition') &&
    !t.tags.has('Adverb') &&
    !t.tags.has('Person') &&
    !NOT_AGENT.has(w)
  );
}
/**
 * "tight end", "running back", "point guard": a playing position whose last word is no
 * job on its own. `i` is the index of that last word.
 */
export function positionAt(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  const first = tokens[i - 1];
  return (
    !!t &&
    !!first &&
    /^(?:end|back|guard|forward|half)$/.test(t.text) &&
    /^\s+$/.test(first.post) &&
    /^(?:tight|running|defensive|offensive|point|shooting|power|small|centre|center|scrum|fly)$/.test(
      first.text,
    )
  );
}

/** A job, or a relative ("her son, Gabriel,"): both are the role an article gives. */
const isRoleWord = (t: Token): boolean => isJobWord(t) || KIN.test(low(t));
const isBreak = (t: Token): boolean => /[,.;:!?()"“”‘’]/.test(t.post);

/**
 * The role an article gives a person, looked for in three places:
 * the title before the name ("Russian Defense Minister Sergei Shoigu"), a job noun
 * phrase right before it ("White House press secretary Josh Earnest",
 * "Sudan's president, Omar al-Bashir"), and an appositive after it
 * ("Jack Watling, a military analyst at …, said").
 */
export function findRole(
  tokens: Token[],
  titleStart: number,
  nameStart: number,
  nameEnd: number,
): string | null {
  const text = (a: number, b: number): string =>
    tokens
      .slice(a, b)
      .map((t, i, all) => t.text + (i < all.length - 1 ? t.post.replace(/\s+/g, ' ') : ''))
      .join('')
      .replace(/[\s,]+$/, '');
  // An abbreviated title keeps its full stop ("Sen.", "Lt. Col."), which the token leaves in
  // its trailing punctuation.
  const titleText = (a: number, b: number): string =>
    text(a, b) + (/^\.\s/.test(tokens[b - 1]?.post ?? '') ? '.' : '');
  // 1. Noun phrase to the left, possibly separated by a comma ("the leader of X, Name,").
  const end = titleStart;
  const before = tokens[end - 1];
  const commaBefore = before && /^,\s*$/.test(before.post);
  if (before && (commaBefore || /^\s+$/.test(before.post))) {
    let k = end - 1;
    let crossed = false;
    while (k >= 0 && end - k <= 7) {
      const t = tokens[k] as Token;
      if (t.sentence !== (tokens[nameStart] as Token).sentence) break;
      if (k < end - 1 && isBreak(t)) break;
      // "leader of Ennahda", "spokesman for X" cross the small word; "the work of
      // volcanologist X" does not.
      if (/^(?:of|for|at|to)$/.test(low(t))) {
        const left = tokens[k - 1];
        // "spokesman for the Department of Education": the "of" inside a capitalised name.
        if (left && /^\p{Lu}/u.test(left.text) && /^\p{Lu}/u.test(tokens[k + 1]?.text ?? '')) {
          // "the Minister for Foreign Affairs, Penny Wong": an office, ending in its portfolio.
          crossed ||= isRoleWord(left);
          k--;
          continue;
        }
        if (!(left && isRoleWord(left))) break;
        crossed = true;
        k--;
        continue;
      }
      // "for the Department …": an article inside the phrase, before a capitalised name.
      // "Chief Fire Officer of the state": "the" after a job's "of" too.
      if (
        low(t) === 'the' &&
        k < end - 1 &&
        k > 1 &&
        /^(?:of|for|at|to)$/.test(low(tokens[k - 1] as Token)) &&
        (/^\p{Lu}/u.test(tokens[k + 1]?.text ?? '') || isRoleWord(tokens[k - 2] as Token))
      ) {
        k--;
        continue;
      }
      // A figure ends the phrase ("£1.2bn takeover of …") unless it starts a hyphenated
      // modifier ("his 22-year-old son").
      if (STOP_LEFT.has(low(t)) || (/\d/.test(t.text) && t.post !== '-')) break;
      // "housing spokeswoman": a gerund inside the phrase is a modifier, not a verb.
      if (t.tags.has('Verb') && !isRoleWord(t) && !(t.tags.has('Gerund') && k < end - 1)) break;
      if (t.tags.has('Preposition')) break;
      k--;
    }
    const from = k + 1;
    const head = tokens[end - 1] as Token;
    // "a spokesman for President X": the spokesman is someone else; X is the President.
    if (crossed && titleStart < nameStart && /^\p{Lu}/u.test(tokens[titleStart]?.text ?? '')) {
      const link = tokens[titleStart - 1];
      if (link && /^(?:of|for|at|to)$/.test(low(link))) return titleText(titleStart, nameStart);
    }
    // "a spokesperson for Laila Hartmann": the job is the spokesperson's, not Hartmann's.
    const headIsLink = /^(?:of|for|at|to)$/.test(low(head));
    if (
      from < end &&
      !headIsLink &&
      (isRoleWord(head) || crossed || positionAt(tokens, end - 1)) &&
      (!commaBefore || nameEndsClause(tokens, asideEnd(tokens, nameEnd)))
    ) {
      // Keep the title prefix too ("Russian Defense Minister"), but not a form of address:
      // "Scottish chemist Sir X" is a chemist.
      // "Kenya’s special envoy, Ambassador X": the title after the comma is said again below.
      return text(from, commaBefore ? end : nameStart)
        .replace(/^(?:its|his|her|their|our)\s+/i, '')
        .replace(
          /\s+(?:mr|mrs|ms|mx|dr|miss|prof|sir|dame|lord|lady|alhaji|alhaja|hajia|datuk|dato)\.?$/i,
          '',
        )
        .replace(/[\s,]+$/, '');
    }
  }
  if (titleStart < nameStart) {
    // "Vietnam’s Deputy Prime Minister Nguyen Thi Lan": whose title it is.
    const owner = tokens[titleStart - 1];
    // "Police Chief Harold Dunmore": an organisation word before the title is part of it.
    const from =
      owner &&
      /^\s+$/.test(owner.post) &&
      (/^\p{Lu}.*['’]s$/u.test(owner.text) ||
        (/^\p{Lu}/u.test(owner.text) && ORG_WORDS.has(low(owner))))
        ? titleStart - 1
        : titleStart;
    const titles = titleText(from, nameStart);
    if (
      !/^(?:mr|mrs|ms|mx|dr|miss|prof|sir|dame|lord|lady|alhaji|alhaja|hajia|datuk|dato)\.?$/i.test(
        titles,
      )
    )
      return titles;
  }
  // "has named Olivia Roe as chief executive": the job after "as".
  const as = tokens[nameEnd];
  if (as && as.text === 'as' && /^\s+$/.test((tokens[nameEnd - 1] as Token).post)) {
    let k = nameEnd + 1;
    while (k < tokens.length && k - nameEnd <= 4 && !isBreak(tokens[k] as Token)) k++;
    const words = tokens.slice(nameEnd + 1, k + 1);
    if (words.length > 0 && words.every((t) => /^[a-z]/.test(t.text) && !t.tags.has('Verb')))
      if (isRoleWord(words[words.length - 1] as Token)) return text(nameEnd + 1, k + 1);
  }
  // "Vincent Abruzzese, 56, the owner of …": an age before the appositive.
  const age = tokens[nameEnd];
  if (
    nameEndsWithComma(tokens, nameEnd) &&
    age &&
    /^\d{1,3}$/.test(age.text) &&
    /^,\s/.test(age.post)
  )
    nameEnd++;
  // 3. Appositive: "Name, a/an/the … ," up to the next comma or sentence end.
  if (nameEndsWithComma(tokens, nameEnd)) {
    const first = tokens[nameEnd];
    if (
      first &&
      (/^(?:[Aa]n?|[Tt]he|[Oo]ne|who|now|then|former|its|his|her|their|\p{Lu})/u.test(first.text) ||
        bareJob(tokens, nameEnd)) &&
      !first.tags.has('Verb')
    ) {
      let k = nameEnd;
      let hasRole = false;
      while (k < tokens.length && k - nameEnd < 18) {
        const t = tokens[k] as Token;
        if (t.sentence !== first.sentence) break;
        // "X, the philosopher Anne Kell and …": a list of other people, not X's role.
        const previous = tokens[k - 1] as Token;
        if (
          k > nameEnd &&
          PERSON_NAME_TAGS.some((tag) => t.tags.has(tag)) &&
          /^\p{Lu}/u.test(t.text) &&
          /^[a-z]/.test(previous.text) &&
          isRoleWord(previous)
        )
          return null;
        // "a professor at Purdue University whose research includes …": the job ends where a
        // clause about it begins.
        if (k > nameEnd && /^(?:who|whose|whom|which|that|where)$/.test(low(t))) break;
        if (isRoleWord(t) || /(?:ist|ian|er|or)$/.test(low(t))) hasRole = true;
        if (t.tags.has('Verb') && k > nameEnd && !t.tags.has('Participle') && low(t) !== 'who')
          break;
        k++;
        // "president of Dana F. Kessler Company": an initial's full stop does not end the job.
        const initial = /^\p{Lu}$/u.test(t.text) && /^\.\s+$/.test(t.post);
        if (isBreak(t) && !(initial && /^\p{Lu}/u.test(tokens[k]?.text ?? ''))) break;
      }
      if (hasRole && k > nameEnd)
        return text(nameEnd, k)
          .replace(/^who (?:is|was) /i, '')
          .replace(/\s+(?:who|which|that)$/, '');
    }
  }
  return null;
}

const PERSON_NAME_TAGS = ['FirstName', 'MaleName', 'FemaleName', 'Person'];

/**
 * "Julia Coronado, founder of MacroPolicy Perspectives", "…, chief economist at X": a job
 * with no article, known by a job word followed by "of"/"at"/"for" within three words.
 */
export function bareJob(tokens: Token[], from: number): boolean {
  for (let k = from; k < from + 3; k++) {
    const t = tokens[k];
    const link = tokens[k + 1];
    if (!t || !link || !/^[a-z]/.test(t.text) || !/^\s+$/.test(t.post)) return false;
    if (isRoleWord(t) && /^(?:of|at|for)$/.test(link.text)) return true;
  }
  return false;
}

function nameEndsWithComma(tokens: Token[], nameEnd: number): boolean {
  const last = tokens[nameEnd - 1];
  return !!last && /^,\s/.test(last.post);
}

/**
 * True where the name ends its clause, so a job before it and a comma describes it:
 * "its ambassador, Khamphoui Sisavath.", "Mr. Roe’s lawyer, Daniel Szabo of Baxter Levin,".
 */
function nameEndsClause(tokens: Token[], nameEnd: number): boolean {
  const last = tokens[nameEnd - 1];
  if (!last) return false;
  // "…, Kirra Waddingham-Prest (SPP, Franklin), told": the aside's close counts as the name's.
  if (/^\)?[,.;]/.test(last.post)) return true;
  const next = tokens[nameEnd];
  return !!next && /^\s+$/.test(last.post) && /^(?:of|at|from)$/.test(next.text);
}
