import { ORG_WORDS, REPORTING_VERBS, ROLE_NOUNS, TITLES } from './lexicon';
import { ORG_HEADS, namedAsFirm, pronounRefers } from './firm-evidence';
import {
  agedName,
  countryOwner,
  hyphenLower,
  inCoordinatedOrgName,
  jobComma,
  nameShape,
  usedAsModifier,
} from './person-context';
import { asideEnd, bare, low, type NameRun } from './names';
import { bareJob, isJobWord, positionAt } from './roles';
import { isSourceWord } from './sources';
import { commonWord, type Token } from './tokens';
import {
  CREDIT,
  kinEndsAt,
  KIN,
  NOT_FIRST,
  NOT_SURNAME,
  PERSON_VERBS,
  BUSINESS_VERB,
  PERSON_PASSIVE,
  TITLE_QUALIFIERS,
} from './person-words';

/** The last word of an address. */
const STREET = /^(?:Street|Road|Avenue|Square|Boulevard|Lane|Plaza)$/;

const PERSON_TAGS = ['Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName'];
const hasPersonTag = (t: Token): boolean =>
  PERSON_TAGS.some((x) => t.tags.has(x)) && !t.tags.has('Acronym');
/** Kinds of firm or outlet whose name follows them: "the broadcaster X", "the lender Y". */
const FIRM_KIND =
  /^(?:broadcaster|network|newspaper|paper|magazine|publisher|outlet|channel|station|tabloid|website|carrier|airline|lender|insurer|retailer|chain|brand|label|app|platform|startup|start-up|supermarket|grocer|brewer|distiller|automaker|carmaker|shipper|operator)$/;

const placeLike = (t: Token): boolean =>
  t.tags.has('Place') ||
  t.tags.has('Organization') ||
  t.tags.has('Demonym') ||
  t.tags.has('Country');

/**
 * Decides whether a capitalised run names a person: a title or honorific, a known first
 * name, a job noun before it, a job appositive after it, or a reporting verb next to it
 * count for; places, organisations, modifiers ("Ennahda members") and credits against.
 */
export function isPerson(
  tokens: Token[],
  run: NameRun,
  /** Words the text also writes in lower case: "Water" opening a sentence is water. */
  lowerWords: { has(word: string): boolean } = new Set<string>(),
): boolean {
  const name = tokens.slice(run.nameStart, run.nameEnd);
  const n = name.length;
  // Particles ("de", "von der") do not count towards a name's length.
  if (name.filter((t) => /^\p{Lu}/u.test(t.text)).length > 4) return false;
  // "Former Pentrose chief": words that only qualify a title are no title on their own.
  const hasTitle = tokens
    .slice(run.titleStart, run.nameStart)
    .some((t) => !TITLE_QUALIFIERS.has(low(t)));
  const before = tokens[run.titleStart - 1];
  const first0 = name[0] as Token;
  // "R-San Diego", "D-Fresno": a party and a place after a lawmaker's name; a lone letter
  // ("X", the platform) is an initial or a brand, never a whole name.
  if (/^[DRI]-\p{Lu}/u.test(first0.text) || (/^[DRI]$/.test(first0.text) && first0.post === '-'))
    return false;
  if (n === 1 && !hasTitle && /^\p{Lu}\.?$/u.test(first0.text)) return false;
  // "Honestly, without Ekow I would …": a sentence adverb, not a name ("Kelly" is a name the
  // tagger knows).
  if (
    n === 1 &&
    !hasTitle &&
    /ly$/.test(first0.text) &&
    (first0.tags.has('Adverb') || commonWord(first0.text.toLowerCase())) &&
    !first0.tags.has('FirstName')
  )
    return false;
  // "Fans have speculated", "Viewers flooded the show": a lone plural of a common noun is a
  // group (the tagger may call it a proper noun at a sentence's start). A surname that is
  // also such a plural, "Banks", comes with a first name or a title at least once.
  if (
    n === 1 &&
    !hasTitle &&
    /^\p{Lu}\p{Ll}+s$/u.test(first0.text) &&
    (commonWord(first0.text.slice(0, -1)) || isSourceWord(first0.text.toLowerCase()))
  )
    return false;
  // "Downing Street said", "Wall Street expects": an address speaking for whoever is there.
  // "Queen Street" is no Queen called Street.
  if (STREET.test((name[n - 1] as Token).text)) return false;
  // "the Garden State Fishermen's Alliance", "St Mary's Hospital": a possessive inside a
  // name that goes on with an organisation word.
  const next0 = tokens[run.nameEnd];
  if (
    /['’]s?$/.test((name[n - 1] as Token).text) &&
    next0 &&
    /^\p{Lu}/u.test(next0.text) &&
    ORG_WORDS.has(low(next0))
  )
    return false;
  // "his wife, Helena,", "a younger brother, Tomas.": a first name in apposition to a
  // relative or to someone's aide.
  if (
    n === 1 &&
    !hasTitle &&
    before &&
    /^,\s+$/.test(before.post) &&
    (kinEndsAt(tokens, run.titleStart - 1) ||
      // "his deputy, Chiara,": someone's aide, named as a relative would be.
      (isJobWord(before) &&
        !ORG_HEADS.has(low(before)) &&
        /^(?:his|her|their)$/i.test(tokens[run.titleStart - 2]?.text ?? ''))) &&
    // "its partner, Nvidia,": a firm's partner is a firm.
    !/^its$/i.test(tokens[run.titleStart - 2]?.text ?? '') &&
    // "Mrs Oyelowo’s son, Femi,": a name the tagger does not know will do too.
    // "Carr’s son, Finn,": a name that is also a common word, read as a proper noun here.
    (first0.tags.has('FirstName') ||
      !commonWord(bare(first0.text)) ||
      (first0.tags.has('ProperNoun') && !placeLike(first0))) &&
    /^[,.;]/.test(first0.post)
  )
    return true;
  // "The Chief Fire Officer", "Chief Medical Officer": a capitalised job after the word makes
  // it part of a title, not a name.
  const jobAfter = tokens[run.nameEnd];
  if (
    n === 1 &&
    jobAfter &&
    /^\s+$/.test(first0.post) &&
    /^\p{Lu}/u.test(jobAfter.text) &&
    /^(?:officer|executive|inspector|secretary|commissioner|minister|engineer|constable|superintendent|director|justice|whip|counsel|coroner|examiner|registrar|surgeon|scientist|economist|medic|warden)$/.test(
      low(jobAfter),
    )
  )
    return false;
  // "the broadcaster Nordkanal", "the carrier Skyvia": a kind of firm before one word names it.
  if (
    n === 1 &&
    !hasTitle &&
    before &&
    FIRM_KIND.test(low(before)) &&
    /^(?:the|a|an|its|their|rival)$/i.test(tokens[run.titleStart - 2]?.text ?? '')
  )
    return false;
  // "Park Ji-yeon", "Mohd Rizal bin Yusof": shapes only people's names take, unless the
  // text writes the word in lower case too ("Low-dose pill …" beside "a low-dose pill").
  if (nameShape(name)) return !hyphenLower(tokens, name);
  // "the Ledger": a name with an article is a title of something, not someone.
  if (n === 1 && !hasTitle && before && /^the$/i.test(before.text)) return false;
  // "the Austin Stallions": an article before a name ending in a plural is a team.
  if (
    !hasTitle &&
    before &&
    /^the$/i.test(before.text) &&
    /[^s]s$/.test(bare(name[n - 1]?.text ?? ''))
  )
    return false;
  // "Water finds its way …": a common word opening a sentence.
  const opens = !before || before.sentence !== first0.sentence;
  if (
    n === 1 &&
    !hasTitle &&
    opens &&
    (first0.tags.has('Uncountable') ||
      lowerWords.has(first0.text.toLowerCase()) ||
      // '"Honestly, I am fine"': an adverb and its comma.
      (/ly$/.test(first0.text) && first0.tags.has('Adverb') && /^,/.test(first0.post)) ||
      // "Affordability is stretched": an abstract noun.
      /\p{Ll}(?:ity|ness|ment|tion|sion|ship|ism)$/u.test(first0.text))
  )
    return false;
  // "His classmate Tamsin Hollowell", "her father Anton Revanche": a relative or friend
  // named right after the word for them.
  if (
    n >= 2 &&
    !hasTitle &&
    before &&
    before.sentence === first0.sentence &&
    KIN.test(low(before)) &&
    /^(?:his|her|their|my|our|your)$/i.test(tokens[run.titleStart - 2]?.text ?? '')
  )
    return true;
  // "the 300-meter Oriana Crest", "a 40,000-tonne Baltic Star": a measured thing, not someone
  // (a person's age, "the 52-year-old", is no measure).
  const measure = tokens[run.titleStart - 2];
  if (
    !hasTitle &&
    before &&
    measure &&
    /^[a-z]+$/.test(before.text) &&
    !/^(?:old|year)$/.test(before.text) &&
    /^\d[\d,.]*$/.test(measure.text) &&
    measure.post === '-' &&
    /^(?:the|a|an)$/i.test(tokens[run.titleStart - 3]?.text ?? '')
  )
    return false;
  // Credits ("Video by Jane Doe", "Additional reporting by …") name staff, not figures.
  if (before && low(before) === 'by' && CREDIT.test(tokens[run.titleStart - 2]?.text ?? ''))
    return false;
  const after0 = tokens[run.nameEnd];
  const lastPost0 = (name[n - 1] as Token).post;
  // "Former Wales captain Gareth Nye", "Rovers manager Ann Roe": a place or team before a
  // lower-case job and another name describes that job.
  if (
    after0 &&
    /^\s+$/.test(lastPost0) &&
    /^[a-z]/.test(after0.text) &&
    isJobWord(after0) &&
    /^\p{Lu}/u.test(tokens[run.nameEnd + 1]?.text ?? '') &&
    (n === 1 || name.every((t) => placeLike(t) && !hasPersonTag(t)))
  )
    return false;
  // "20-year-old Tomos Pritchard", "Juan Ortiz, 62,": an age goes with a person.
  if (agedName(tokens, run)) return true;
  // "Ansar al-Sharia, an al-Qaeda-linked organization", "the law firm Baker Whitlow".
  if (namedAsFirm(tokens, run)) return false;
  // A title outranks the tagger's guess that "Amy Park" is a place.
  // (The tagger calls a possessive name an organisation: "Prime Minister Narendra Modi's office".)
  if (
    hasTitle &&
    !name.some((t) => t.tags.has('Organization') && !hasPersonTag(t) && !t.tags.has('Possessive'))
  )
    return true;
  const first = name[0] as Token;
  const last = name[n - 1] as Token;
  // "Santa Monica", "Victoria Cross", "Marshall Plan": a first name inside a place or thing.
  if (n >= 2 && NOT_FIRST.has(low(first))) return false;
  // A job noun right before the name: known ones, or an agent noun the tagger calls a
  // noun ("whale whisperer Hori Parata", "skipper Wade Bassi"). Like a title, it outranks
  // the tagger's place guess ("press secretary Nina Park").
  const roleBefore =
    !!before &&
    /^\s+$/.test(before.post) &&
    /^[a-z]/.test(before.text) &&
    (isJobWord(before) || positionAt(tokens, run.titleStart - 1));
  const knownFirst = n >= 2 && first.tags.has('FirstName');
  if (
    !knownFirst &&
    !(roleBefore && n >= 2) &&
    (name.every(placeLike) || name.some((t) => t.tags.has('Organization') && !hasPersonTag(t)))
  )
    return false;
  if (hasTitle) return true;
  // "Kirra Waddingham-Prest (SPP, Franklin), told": a party, a seat or a state in brackets
  // after the name stands aside; what follows it is what follows the name.
  // (Only after a full name, and not an organisation's initials: "… Organization (WHO) said".)
  const open = tokens[run.nameEnd];
  const initials =
    !!open &&
    /^\p{Lu}{2,}$/u.test(open.text) &&
    /^\)/.test(open.post) &&
    open.text[0] === first0.text[0];
  const aside = n >= 2 && !initials ? asideEnd(tokens, run.nameEnd) : run.nameEnd;
  const after = tokens[aside];
  const lastPost =
    aside > run.nameEnd
      ? (tokens[aside - 1] as Token).post.replace(/^\)/, '')
      : (tokens[run.nameEnd - 1] as Token).post;
  const verbAfter =
    !!after &&
    /^\s+$/.test(lastPost) &&
    (REPORTING_VERBS.has(low(after)) || PERSON_VERBS.has(low(after)));
  // Pronoun evidence only for words the tagger does not know as common words ("Nobody").
  const properNoun = name.every(
    (t) => !commonWord(bare(t.text)) && !lowerWords.has(bare(t.text).toLowerCase()),
  );
  // A lone word needs a verb of speech: companies agree, report, post and announce too.
  const speechAfter =
    verbAfter && (!BUSINESS_VERB.test(low(after)) || PERSON_VERBS.has(low(after)));
  // "Rabin was assassinated", "Ortiz was arrested": things done to people, not firms.
  const passive =
    !!after &&
    /^(?:was|is|has been|had been)$/.test(low(after)) &&
    PERSON_PASSIVE.test(tokens[run.nameEnd + 1]?.text ?? '');
  // "“…,” wrote Ifeoma Larkspur": a reporting verb right after a quotation.
  const verbBefore =
    !!before &&
    (/^(?:said|says|told|added)$/.test(low(before)) ||
      (REPORTING_VERBS.has(low(before)) &&
        /[,!?]?["”’]\s+$/.test(tokens[run.titleStart - 2]?.post ?? '')));
  // "The head of the port authority, Kwame Asante, condemned …": a name set off by
  // commas right before a reporting verb.
  const commaVerb =
    !!after &&
    /^,\s/.test(lastPost) &&
    !!before &&
    /,\s*$/.test(before.post) &&
    REPORTING_VERBS.has(low(after));
  // An appositive only says "person" when it names a job: "X, a military analyst".
  // "Tarek Oyelaran, who ran the fund": "who" refers to a person ("which" to a firm).
  const who =
    !!after &&
    /^,\s/.test(lastPost) &&
    after.text === 'who' &&
    !(name[n - 1] as Token).tags.has('Plural') &&
    // "Islamists, who held power": a lone plural is a group.
    !(n === 1 && /s$/.test(bare(first0.text))) &&
    !(name[0] as Token).tags.has('Adjective');
  const appositive =
    !!after &&
    /^,\s/.test(lastPost) &&
    // "Ruud Gullit, Chelsea’s player-manager,": a possessive may open the appositive too.
    // "Priya Nair, senior fellow at the Lowy Institute,": a job with no article.
    (bareJob(tokens, run.nameEnd) ||
      /^(?:a|an|the|who|one|its|his|her|their)$/i.test(after.text) ||
      /^\p{Lu}.*['’]s$/u.test(after.text)) &&
    tokens.slice(run.nameEnd + 1, run.nameEnd + 5).some(
      (t) =>
        // "player-manager": a hyphenated job is known by its last part; "one of the four
        // councillors": a job in the plural.
        ROLE_NOUNS.has(low(t).split('-').pop() ?? '') ||
        (after.text === 'one' && ROLE_NOUNS.has(low(t).replace(/s$/, ''))) ||
        TITLES.has(low(t)) ||
        // "Callum, a fisherman who …": trades in -man/-woman.
        (/^[a-z]+(?:man|woman)$/.test(t.text) && t.tags.has('Noun')),
    );
  // "Ennahda members", "Obama administration": a name used as a modifier.
  const modifier = usedAsModifier(tokens, run);
  // "the Study of War", "Bank of America": the end of an organisation's name;
  // "rescue group Project Jonah": named after an organisation noun.
  // (Only in the same sentence: "… a different airline. Naveen Brightlow, a lawyer, said".)
  const sameSentence = !!before && before.sentence === first0.sentence;
  const orgHead = sameSentence && ORG_HEADS.has(low(before));
  const ofBefore = orgHead || (sameSentence && /^(?:of|for)$/.test(low(before)));
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
    if (roleBefore || jobComma(tokens, run, aside) || countryOwner(tokens, run)) return true;
    if (name.some(placeLike) || modifier || ofBefore) return false;
    if (appositive || commaVerb || who) return true;
    // A verb alone is weak evidence: companies speak too ("Whole Foods said").
    const plain =
      name.every((t) => !t.tags.has('Adjective') && !t.tags.has('Verb')) &&
      !/s$/.test(bare((name[n - 1] as Token).text));
    return (
      (verbAfter ||
        verbBefore ||
        passive ||
        (opens && properNoun && pronounRefers(tokens, run.nameStart, run.nameEnd))) &&
      plain
    );
  }
  const t = name[0] as Token;
  if (placeLike(t) || t.tags.has('Adjective') || modifier || ofBefore || pluralVerb) return false;
  // "Center on Poverty and Inequality", "Department of Health and Welfare": the second of
  // two capitalised words joined inside an organisation's name.
  if (inCoordinatedOrgName(tokens, run.titleStart)) return false;
  // A lone capitalised word that speaks ("Shoigu discussed", "Zelenskyy said") is a
  // person unless the tagger knows it as a common word (verbs, plurals and places are out).
  // "Arsenal said they …": a common noun that only speaks is a club or a brand; a surname
  // like "Baker" is linked to its full name elsewhere, not accepted here.
  const nounSpeaks = speechAfter && !(commonWord(bare(t.text)) && !hasPersonTag(t));
  // "Canola and wheat grower Lise …": a word joined to a lower-case noun is a thing.
  const withThing =
    !!after && low(after) === 'and' && /^\p{Ll}/u.test(tokens[run.nameEnd + 1]?.text ?? '');
  return (
    roleBefore ||
    ((nounSpeaks ||
      passive ||
      appositive ||
      who ||
      (opens && properNoun && !withThing && pronounRefers(tokens, run.nameStart, run.nameEnd))) &&
      !((t.tags.has('Verb') || t.tags.has('Adverb')) && commonWord(bare(t.text))))
  );
}
