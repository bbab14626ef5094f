import { NOT_NAME, ORG_WORDS, ROLE_NOUNS } from './lexicon';
import { bare, low } from './names';
import { commonWord, type Token } from './tokens';
import type { Span } from './types';

/** An organisation and where it is named. */
export interface Organization {
  name: string;
  mentions: string[];
  spans: Span[];
}

const SINGLE_ORGS = new Set(
  'pentagon kremlin congress parliament senate nato reuters bbc cnn interpol europol unesco unicef opec'.split(
    ' ',
  ),
);
/** Lower-case words that make "<Name> government" one organisation. */
const LOWER_ORG = new Set(
  'government administration authorities ministry army police military party council court agency department intelligence museum parliament embassy forces navy'.split(
    ' ',
  ),
);
const CONNECTORS = new Set(['of', 'for', 'and', 'the', 'de', '&']);
/** Acronyms that are places or ordinary words, not organisations. */
const NOT_ORG_ACRONYM = new Set([
  'US',
  'UK',
  'U.S.',
  'U.K.',
  'I',
  'A',
  'OK',
  'TV',
  'AM',
  'PM',
  'CEO',
  'GDP',
  'ID',
  'II',
  'III',
  'IV',
  'DC',
  // Letters after a name ("Ann Roe MP", "Helen Marchetti KC").
  'MP',
  'MPs',
  'MEP',
  'MSP',
  'KC',
  'QC',
  'OBE',
  'MBE',
  'CBE',
]);

/**
 * Finds organisations: capitalised runs that end in an organisation word
 * ("Institute for the Study of War", "Interior Ministry", "White House"), runs the
 * tagger marks as organisations, and well-formed acronyms (EU, NATO, BBC).
 */
export function findOrganizations(tokens: Token[]): Organization[] {
  const byName = new Map<string, Organization>();
  const add = (a: number, b: number): void => {
    const first = tokens[a] as Token;
    const last = tokens[b - 1] as Token;
    let name = tokens
      .slice(a, b)
      .map((t, i, all) =>
        i === all.length - 1 ? bare(t.text) : t.text + t.post.replace(/\s+/g, ' '),
      )
      .join('');
    name = name.replace(/^the /i, '');
    // Datelines ("WASHINGTON (AP)") are places in capitals, not organisations.
    if (name.length < 2 || /^\p{Lu}{6,}\b/u.test(name)) return;
    const key = name.toLowerCase();
    let o = byName.get(key);
    if (!o) byName.set(key, (o = { name, mentions: [], spans: [] }));
    if (!o.mentions.includes(name)) o.mentions.push(name);
    o.spans.push({
      start: first.start,
      end: last.end - (last.text.length - bare(last.text).length),
    });
  };
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i] as Token;
    if (!/^\p{Lu}/u.test(t.text) || t.tags.has('Determiner') || t.tags.has('Pronoun')) {
      i++;
      continue;
    }
    let j = i + 1;
    let orgWord = ORG_WORDS.has(low(t)) || t.tags.has('Organization');
    while (j < tokens.length) {
      const prev = tokens[j - 1] as Token;
      const cur = tokens[j] as Token;
      if (!/^\s+$/.test(prev.post) || cur.sentence !== prev.sentence || /[’']s$/.test(prev.text))
        break;
      // "Office for National Statistics (ONS)": the bracket opens an abbreviation.
      if (/[([]/.test(cur.pre)) break;
      // "Bardo National Museum on Wednesday": a date ends the name; so does a title
      // ("Senate Majority Leader Tom Reyes" is a person with an organisation in the title).
      if (
        cur.tags.has('Date') ||
        ((ROLE_NOUNS.has(low(cur)) || low(cur) === 'speaker') && !ORG_WORDS.has(low(cur)))
      )
        break;
      if (/^\p{Lu}/u.test(cur.text)) {
        orgWord ||= ORG_WORDS.has(low(cur)) || cur.tags.has('Organization');
        j++;
      } else if (
        CONNECTORS.has(cur.text) &&
        /^\p{Lu}/u.test(tokens[j + 1]?.text ?? '') &&
        /^\s+$/.test(cur.post)
      )
        j++;
      else break;
    }
    // "Inspector-General of Intelligence and Security": the rest of a hyphenated title
    // is no organisation's name.
    if (tokens[i - 1]?.post === '-' && /^\p{L}/u.test(tokens[i - 1]?.text ?? '')) {
      i = j;
      continue;
    }
    // "and" joins words inside one name ("Health and Human Services") only when the name
    // ends in an organisation word; otherwise it lists two ("Kroger and Costco").
    const andAt = tokens.slice(i, j).findIndex((x) => x.text === 'and');
    if (andAt > 0 && !ORG_WORDS.has(low(tokens[j - 1] as Token))) {
      j = i + andAt;
      orgWord = tokens.slice(i, j).some((x) => ORG_WORDS.has(low(x)) || x.tags.has('Organization'));
    }
    // Sentence-initial function words are not part of the name ("But the Obama …").
    let a = i;
    while (
      a < j - 1 &&
      /Preposition|Conjunction|Determiner/.test([...(tokens[a] as Token).tags].join())
    )
      a++;
    // "Shares of Rivian Automotive": a common word capitalised only to open the sentence.
    const opener = tokens[a] as Token;
    if (
      (a === 0 || (tokens[a - 1] as Token).sentence !== opener.sentence) &&
      commonWord(opener.text) &&
      !ORG_WORDS.has(low(opener)) &&
      /^(?:of|for)$/.test(tokens[a + 1]?.text ?? '') &&
      a + 2 < j
    )
      a += 2;
    // "Hiroshi Tanabe of Kyoto University": a person's name before "of" is not part of it.
    const of = tokens.slice(a, j).findIndex((x) => x.text === 'of') + a;
    if (
      of > a &&
      ['FirstName', 'Person'].some((x) => (tokens[a] as Token).tags.has(x)) &&
      !tokens.slice(a, of).some((x) => ORG_WORDS.has(low(x)) || x.tags.has('Organization'))
    )
      a = of + 1;
    const head = tokens[a] as Token;
    // "the Obama administration", "the Sudanese government": a name plus a lower-case
    // organisation word is one organisation.
    const next = tokens[j];
    if (
      next &&
      next.sentence === head.sentence &&
      LOWER_ORG.has(next.text) &&
      /^\s+$/.test((tokens[j - 1] as Token).post)
    ) {
      add(a, j + 1);
      i = j + 1;
      continue;
    }
    const only = j === a + 1;
    // Acronyms are short; a longer all-capitals word is a dateline ("LONDON —").
    // "DOHA —", "HANOI, June 12 —": a short place in a dateline is no acronym.
    const dateline =
      /^\s*[—–]/.test(head.post) ||
      (/^,\s+$/.test(head.post) && !!tokens[a + 1]?.tags.has('Month'));
    // "A HIGH-powered team": a capitalised first half of a compound word is no acronym.
    const compound = /^-$/.test(head.post) && /^\p{Ll}/u.test(tokens[a + 1]?.text ?? '');
    const acronym =
      only &&
      /^(?:\p{Lu}\.?){2,5}$/u.test(bare(head.text)) &&
      !NOT_ORG_ACRONYM.has(bare(head.text)) &&
      !dateline &&
      !compound;
    const placeOnly =
      !ORG_WORDS.has(low(tokens[j - 1] as Token)) &&
      tokens.slice(a, j).every((x) => x.tags.has('Place') || x.tags.has('Demonym'));
    // A lone capitalised word is an organisation only when it names one on its own
    // (Pentagon, Kremlin) or the tagger knows it as one and as nothing else.
    const taggedAlone =
      head.tags.has('Organization') &&
      !ORG_WORDS.has(low(head)) &&
      !NOT_ORG_ACRONYM.has(bare(head.text)) &&
      ![
        'Place',
        'Demonym',
        'Person',
        'Country',
        'FirstName',
        'LastName',
        'Adjective',
        'Date',
        'WeekDay',
        'Month',
      ].some((x) => head.tags.has(x));
    const single = only && !(SINGLE_ORGS.has(low(head)) || taggedAlone);
    // A dateline's place in capitals, or a lone function word the tagger merged into a
    // name ("DOHA — The bank"), is no organisation.
    const stray = only && ((dateline && /^\p{Lu}+$/u.test(head.text)) || NOT_NAME.has(low(head)));
    if (((orgWord && !placeOnly && !single) || acronym) && !stray) add(a, j);
    i = j;
  }
  return [...byName.values()];
}
