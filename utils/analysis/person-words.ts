import type { Token } from './tokens';

/** Word lists the person rules use: relatives, credits, places named after people, verbs. */

export const CREDIT =
  /^(?:video|photos?|photograph|pictures?|images?|illustrations?|graphics?|reporting|edited|written|produced|filmed|animation)$/i;
/** Relatives and friends, before a first name set off by commas ("his friend, Declan,"). */
export const KIN =
  /^(?:wife|husband|son|daughter|brother|sister|mother|father|partner|widow|widower|fianc[ée]e?|grandson|granddaughter|nephew|niece|cousin|uncle|aunt|grandmother|grandfather|stepson|stepdaughter|stepfather|stepmother|sibling|twin|friend|girlfriend|boyfriend|colleague|neighbour|neighbor|classmate|flatmate)$/;
/** First words of places and things named after people. */
export const NOT_FIRST = new Set(
  'santa san são sao santo sankt los las saint st fort port mount mt lake cape new north south east west upper lower greater boulevard rue avenue via plaza piazza'.split(
    ' ',
  ),
);
/** Last words of places and things that start with a first name. */
export const NOT_SURNAME = new Set(
  'cross plan beach valley street avenue square bridge park lake river island islands mountain mountains cup prize award act doctrine center centre hall hospital airport station road way trail canal bay falls springs hills heights gardens tower building stadium arena memorial foundation lisa rule bench statue medal trophy lecture scholarship amendment syndrome drive lane crescent terrace parkway highway boulevard circle county city town state province district desert sea ocean strait gulf peninsula quay wharf dock docks marina harbour harbor pier vale'.split(
    ' ',
  ),
);
/** Title words that only qualify another title ("Former", "Acting", "Deputy Energy"). */
export const TITLE_QUALIFIERS = new Set(
  'former acting assistant associate executive managing senior state foreign defense defence interior finance health home field deputy vice'.split(
    ' ',
  ),
);
/** Verbs of speech and argument, more often a person's than a company's. */
/** Reporting verbs companies use as often as people: a lone name before them needs more. */
export const BUSINESS_VERB =
  /^(?:agree|report|announce|confirm|disclose|reveal|estimate|expect|find|found|show|post|rule|reject|dismiss|indicate|describe|cite|quote|recommend|advise|answer|respond|state|declare|maintain|suggest|conclude|call|comment|predict|forecast|hope|fear|worr|believ|think|thought|question)/;
/** Verbs after a lone surname that show it is a person acting ("Shoigu discussed"). */
export const PERSON_VERBS = new Set([
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

/** Participles of things done to a person ("was assassinated", "was arrested"). */
export const PERSON_PASSIVE =
  /^(?:assassinated|arrested|jailed|imprisoned|sentenced|born|elected|re-elected|killed|murdered|injured|wounded|detained|kidnapped|abducted|executed|hospitali[sz]ed|knighted|hanged|stabbed|shot|buried|married|divorced|nominated|sworn|appointed|sacked|fired|acquitted|convicted|charged|indicted|extradited|deported|released|freed|pardoned|questioned|interviewed|treated|survived)$/;

/** True if the token at `k` ends a relative: "son", or "law" of "daughter-in-law". */
export function kinEndsAt(tokens: Token[], k: number): boolean {
  const w = (i: number): string => (tokens[i]?.text ?? '').toLowerCase();
  if (KIN.test(w(k))) return true;
  return w(k) === 'law' && w(k - 1) === 'in' && tokens[k - 1]?.post === '-' && KIN.test(w(k - 2));
}
