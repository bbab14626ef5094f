import type { RawAttribution } from './attribution';
import type { Person } from './people';
import type { QuoteInfo } from './quotes';
import type { Source } from './sources';

/** Resolved attribution of one sentence. */
export interface Attribution {
  attributed: boolean;
  /** Canonical person name, or a source as written, or null. */
  speaker: string | null;
  cues: string[];
  quote: boolean;
}

/** Per-sentence facts the resolver needs, computed beforehand. */
export interface SentenceFacts {
  raw: RawAttribution | null;
  quote: QuoteInfo;
  /** People mentioned in the sentence, in order, and where each is first named. */
  people: Person[];
  peopleStarts: number[];
  /** The first person named as a subject (not after a verb or preposition, not possessive). */
  subject: Person | null;
  /** Paragraph number, and whether the block is a list item. */
  paragraph: number;
  listItem: boolean;
  /** The page told us which blocks are list items, so no guessing from lengths. */
  knownLists: boolean;
  /** Sentences in the same paragraph. */
  paragraphSize: number;
  endsWithColon: boolean;
  /** In a question-and-answer interview: the interviewer's question or an answer. */
  qa?: 'q' | 'a' | null;
  /** The organisation that opens the sentence ("The Bank of Canada held rates …"). */
  subjectOrg?: string | null;
  /** The person whose initials or surname label the paragraph ("DF: …"). */
  turn?: Person | null;
  /** Opens with "I" or "We" outside quotation marks. */
  firstPerson: boolean;
  /** Says "I", "me" or "my" outside quotation marks. */
  writerI: boolean;
  length: number;
}

/** Cues that name whose judgement the words before were ("That was the verdict of X"). */
const VERDICT = /^(?:verdict|view|assessment|judge?ment|opinion|conclusion)\b/i;

/** True if offset `at` lies inside one of the sentence's quotations. */
const quotedAt = (f: SentenceFacts, at: number): boolean =>
  f.quote.ranges.some((r) => at >= r.start && at < r.end);

/** A relative named by their relation to someone: "her brother", "his sister". */
const KIN =
  /^(?:his|her|their) (sister|brother|mother|father|daughter|son|wife|husband|partner|grandmother|grandfather|aunt|uncle|niece|nephew|cousin)$/i;

/** How far back (in sentences) a pronoun or a bare quotation looks for its speaker. */
const REACH = 4;
/** How far back a pronoun looks for an earlier speaker when nobody nearer fits. */
const WIDE_REACH = 10;

/**
 * Resolves speakers in reading order: pronouns ("he added") to the last person who
 * spoke or was named, quotations without a cue to the cue that closes them
 * ("…," he said) or to the speaker of the neighbouring sentence, and the items of a
 * list introduced by "X said:" to X.
 */
export function resolveSpeakers(facts: SentenceFacts[]): Attribution[] {
  const out: Attribution[] = [];
  const people = [...new Set(facts.flatMap((f) => f.people))];
  type Seen = { name: string | null; person: boolean; at: number; p?: Person };
  let lastSpeaker: Seen | null = null;
  let lastGroup: string | null = null;
  let lastPersonSpeaker: Seen | null = null;
  // Every person who has spoken, in order: the last of them may not be the one a pronoun means.
  const recentPeople: Seen[] = [];
  let list: { speaker: string | null; paragraph: number } | null = null;
  // The writer has spoken as "I" ("I think they are wrong", "she told me"): from then on an
  // unquoted "I" is the writer, not the last speaker.
  let writerSpeaks = false;
  // The interviewee of a Q&A: the first person the introduction names.
  const firstQ = facts.findIndex((f) => f.qa === 'q');
  const interviewee =
    firstQ > 0 ? (facts.slice(0, firstQ).find((f) => f.people.length)?.people[0] ?? null) : null;
  const resolve = (s: Source | null, at: number, cueAt = Infinity): Seen | null => {
    if (!s) return null;
    if (s.kind === 'person') return { name: s.person.name, person: true, at, p: s.person };
    // "“I always assumed …,” the 68-year-old says": whoever the text gave that age.
    const age = s.kind === 'group' && s.epithet ? /\b(\d{1,3})-year-old\b/.exec(s.text) : null;
    const aged = age ? people.filter((p) => p.age === Number(age[1])) : [];
    if (aged.length === 1 && aged[0]) return { name: aged[0].name, person: true, at, p: aged[0] };
    // "Amorim said … . “We created chances,” the Portuguese said": the person just quoted.
    // Only in the same paragraph or the very next sentence, and only if the sex fits.
    if (s.kind === 'group' && s.epithet && lastPersonSpeaker) {
      const sex = /woman$/.test(s.text) ? 'f' : /man$/.test(s.text) ? 'm' : null;
      const near =
        at - lastPersonSpeaker.at === 1 ||
        (at - lastPersonSpeaker.at <= 2 &&
          facts[lastPersonSpeaker.at]?.paragraph === facts[at]?.paragraph);
      const gender = lastPersonSpeaker.p?.gender;
      if (near && (!sex || !gender || gender === sex)) return { ...lastPersonSpeaker, at };
    }
    // "Her brother says", "said his sister": the one person the text gives that relation
    // ("her brother, Euan"), or, for a sister or brother, the one other person who shares
    // the named sibling's surname.
    const kin = s.kind === 'group' ? KIN.exec(s.text)?.[1]?.toLowerCase() : undefined;
    if (kin) {
      const related = people.filter((p) => p.role?.toLowerCase().split(/\s+/).includes(kin));
      if (related.length === 1 && related[0])
        return { name: related[0].name, person: true, at, p: related[0] };
    }
    // The first quotation of a profile: "the 68-year-old says" is the paragraph's subject.
    if (s.kind === 'group' && s.epithet) {
      for (let k = at - 1; k >= 0 && at - k <= 3; k--) {
        const g = facts[k] as SentenceFacts;
        if (g.paragraph !== facts[at]?.paragraph) break;
        if (g.subject) return { name: g.subject.name, person: true, at, p: g.subject };
      }
    }
    if (s.kind === 'group') return { name: s.text, person: false, at };
    if (/^(?:he|she|him|her|i)$/.test(s.word)) {
      const want = /^(?:he|him)$/.test(s.word) ? 'm' : /^(?:she|her)$/.test(s.word) ? 'f' : null;
      const fits = (p?: Person): boolean => !want || !p?.gender || p.gender === want;
      // The latest person to speak who may be meant.
      const recentSpeaker = (): Seen | null => {
        for (let k = recentPeople.length - 1; k >= 0; k--) {
          const r = recentPeople[k] as Seen;
          if (at - r.at > WIDE_REACH) break;
          if (fits(r.p) && !namedInQuote(r.p)) return { ...r, at };
        }
        return null;
      };
      // "“Pádraic is very kind,” she says": whoever the quotation names is not its speaker.
      const here = facts[at] as SentenceFacts;
      const namedInQuote = (p?: Person): boolean =>
        !!p && here.people.some((x, n) => x === p && quotedAt(here, here.peopleStarts[n] ?? -1));
      if (
        lastSpeaker?.person &&
        at - lastSpeaker.at <= REACH &&
        fits(lastSpeaker.p) &&
        !namedInQuote(lastSpeaker.p)
      ) {
        // "Marta said … . Born in Porto, Ms Carvalho moved … . It was there, she recalled":
        // a narrative sentence about someone else who fits comes between.
        for (let j = at - 1; j > lastSpeaker.at; j--) {
          const g = facts[j] as SentenceFacts;
          if (!g.raw && g.subject && fits(g.subject) && g.subject.name !== lastSpeaker.name)
            return { name: g.subject.name, person: true, at, p: g.subject };
        }
        // "… with help from Siân Yelverton, a succession adviser. She says …": someone the
        // sentence before introduces, with a role, is who a new "she says" turns to.
        const prev = facts[at - 1];
        const spoke = lastSpeaker;
        const introduced =
          prev && !prev.raw && prev.paragraph === here.paragraph && at - 1 > spoke.at
            ? prev.people.find((x) => x.role && x.mentions[0]?.sentence === at - 1 && x !== spoke.p)
            : undefined;
        if (introduced && fits(introduced) && cueAt !== Infinity)
          return { name: introduced.name, person: true, at, p: introduced };
        // "Corrigeen says … . He believes …": a pronoun that speaks, in a sentence naming nobody,
        // right after one where only that person was named and spoke, tells their sex, which
        // the name alone did not (the people found are this analysis's own objects).
        const prevFacts = facts[at - 1];
        if (
          want &&
          lastSpeaker.p &&
          !lastSpeaker.p.gender &&
          lastSpeaker.at === at - 1 &&
          prevFacts?.people.length === 1 &&
          cueAt !== Infinity &&
          here.people.length === 0
        )
          lastSpeaker.p.gender = want;
        return { ...lastSpeaker, at };
      }
      // Otherwise the subject (first person named) of the latest sentence naming someone who fits.
      for (let j = at; j >= 0 && at - j <= REACH; j--) {
        const g = facts[j] as SentenceFacts;
        // In the pronoun's own sentence only people named before the cue can be meant; never
        // someone named inside a quotation ("“My mother, Dervla, used to say …,” she recalls").
        const p = g.people.find(
          (x, n) =>
            fits(x) &&
            !quotedAt(g, g.peopleStarts[n] ?? -1) &&
            !namedInQuote(x) &&
            (j < at || (g.peopleStarts[n] ?? Infinity) < cueAt),
        );
        if (p) return { name: p.name, person: true, at, p };
      }
      // A profile's subject, quoted again after a stretch about someone or something else.
      return recentSpeaker() ?? { name: null, person: true, at };
    }
    // "The Bank of Canada held rates. It said …": "it" is the organisation the sentence
    // before opened with, if no group has spoken since.
    if (s.word === 'it') {
      for (let k = at - 1; k >= 0 && at - k <= 2; k--) {
        const g = facts[k] as SentenceFacts;
        if (g.raw?.source?.kind === 'group') break;
        if (g.subjectOrg) return { name: g.subjectOrg, person: false, at };
      }
    }
    return { name: lastGroup, person: false, at };
  };
  for (let i = 0; i < facts.length; i++) {
    const f = facts[i] as SentenceFacts;
    const q = f.quote;
    // Scare quotes ("uncontrolled escalation") do not make a sentence a quotation.
    const quoted = q.continues || q.firstOpen === 0 || q.quotedChars >= f.length * 0.5;
    let raw = f.raw;
    // A quotation with no cue of its own: the cue that closes it, later in the span.
    if (!raw && quoted) {
      for (let j = i + 1; j < facts.length && j - i <= 6; j++) {
        const g = facts[j] as SentenceFacts;
        if (!g.quote.continues) break;
        if (g.raw) {
          raw = g.raw;
          break;
        }
      }
    }
    // '"We were outplayed." That was the verdict of coach Ines Varga': a judgement named in
    // the next sentence of the paragraph is the quotation's source.
    const next = facts[i + 1];
    if (
      !raw &&
      quoted &&
      next?.raw &&
      next.paragraph === f.paragraph &&
      !next.quote.quotedChars &&
      VERDICT.test(next.raw.cue)
    )
      raw = next.raw;
    let res = raw ? resolve(raw.source, i, raw === f.raw ? raw.at : Infinity) : null;
    let attributed = !!raw;
    const cues = raw ? [raw.cue] : [];
    // Only a sentence that opens or continues a quotation borrows its neighbour's speaker.
    const standalone = q.continues || q.firstOpen === 0;
    // Unquoted first person right after a speaker's sentence is that speaker talking
    // (transcribed speech): "He said that …. I think they will …".
    const samePara = i > 0 && (facts[i - 1] as SentenceFacts).paragraph === f.paragraph;
    const spoken =
      f.firstPerson && samePara && lastSpeaker?.person && i - lastSpeaker.at === 1 && !writerSpeaks;
    if (f.writerI && !quoted && !spoken) writerSpeaks = true;
    const near: Seen | null =
      lastPersonSpeaker && i - lastPersonSpeaker.at <= 3 ? lastPersonSpeaker : lastSpeaker;
    if (!raw && (spoken || (standalone && near && i - near.at <= 3))) {
      res = near;
      attributed = true;
    }
    // A sentence that is one whole quotation is someone's words even when nobody is named
    // near it ('"We expect the next two quarters to be difficult."').
    if (!attributed && q.firstOpen === 0 && q.quotedChars >= f.length * 0.85) attributed = true;
    // An answer in a Q&A is the interviewee's own words, as a quotation is.
    const answer = f.qa === 'a' && !raw && !!interviewee;
    if (answer && interviewee) {
      res = { name: interviewee.name, person: true, at: i, p: interviewee };
      attributed = true;
    }
    // "DF: Tabitha said no.": the labelled speaker's words, whatever they report.
    if (f.turn) {
      res = { name: f.turn.name, person: true, at: i, p: f.turn };
      attributed = true;
    }
    const item = f.knownLists ? f.listItem : f.paragraphSize === 1 && f.length < 300;
    if (list && item && f.paragraph > list.paragraph) {
      // Items of a list introduced by "X said:" are X's, whatever cue they carry.
      if (!raw) {
        res = { name: list.speaker, person: true, at: i };
        attributed = true;
      }
      list.paragraph = f.paragraph;
    } else if (list && f.paragraph > list.paragraph) list = null;
    if (attributed && f.endsWithColon)
      list = { speaker: res?.name ?? null, paragraph: f.paragraph };
    if (res) {
      lastSpeaker = { ...res, at: i };
      if (res.person && res.name) {
        lastPersonSpeaker = lastSpeaker;
        recentPeople.push(lastSpeaker);
      }
      if (!res.person && res.name) lastGroup = res.name;
    }
    out.push({
      attributed,
      speaker: res?.name ?? null,
      cues,
      quote: quoted || answer || !!f.turn,
    });
  }
  return out;
}
