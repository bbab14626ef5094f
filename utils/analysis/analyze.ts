import { findAttribution } from './attribution';
import { findHedges } from './hedging';
import { interviewTurns, labelledTurns } from './interview-turns';
import { findNumbers } from './numbers';
import { findOrganizations, type Organization } from './organizations';
import { findPeople, type Person } from './people';
import { trackQuotes } from './quotes';
import { plainQuotes } from './plain-quotes';
import { splitSentences } from './sentences';
import { ROLE_NOUNS, TITLES } from './lexicon';
import { resolveSpeakers, type Attribution, type SentenceFacts } from './speakers';
import { tokenize, type Token } from './tokens';
import type { AnalysisResult, Figure, Span, Statement } from './types';

const COGNITIVE_CUE =
  /^(?:believes?|believed|thinks?|thought|fears?|feared|worr(?:y|ies|ied)|expects?|expected|hopes?|hoped|suspects?|suspected|doubts?|doubted|estimates?|estimated|sceptical|skeptical|convinced|confident|optimistic|pessimistic|doubtful)$/i;

const PREDICTIVE_CUE =
  /^(?:warn(?:s|ed)?|predict(?:s|ed)?|forecast(?:s)?|caution(?:s|ed)?|fear(?:s|ed)?|worr(?:y|ies|ied)|expect(?:s|ed)?)$/i;

/** Cues that make what follows a threat or a promise ("warned it would retaliate"). */
const THREAT_CUE = /^(?:warn(?:s|ed)?|threaten(?:s|ed)?|vow(?:s|ed)?|pledge[sd]?)$/i;

/** Reporting verbs in the present tense: "says", "insists", "argue". */
const PRESENT_CUE =
  /^(?:says|tells|insists|argues|claims|maintains|contends|believes|thinks|notes|adds|writes|explains|stresses|admits|acknowledges|suggests|estimates)$/i;

/** Optional hints from the page: which text ranges are list items. */
export interface AnalyzeOptions {
  blocks?: { start: number; end: number; tag: string }[];
}

/**
 * Analyses an article's text: every sentence with its attribution, hedges and
 * suggested label, and the people, organisations and numeric figures it names.
 * Pure (no DOM, no browser APIs); the text is parsed once and every rule reuses it.
 */
export function analyze(original: string, options: AnalyzeOptions = {}): AnalysisResult {
  // Tokenised corpora print quotation marks as words of their own; read them as running
  // text writes them. Same length, so every offset holds; sentences show the original.
  const text = plainQuotes(original);
  const result = analyzeText(text, options);
  if (text !== original) for (const s of result.statements) s.text = original.slice(s.start, s.end);
  return result;
}

function analyzeText(text: string, options: AnalyzeOptions): AnalysisResult {
  const spans = splitSentences(text);
  // Words outside every sentence (a live blog's time stamps) belong to none.
  const tokens = insideSpans(
    tokenize(
      text,
      spans.map((s) => s.start),
    ),
    spans,
  );
  const people = findPeople(tokens);
  const personAt = new Map<number, Person>();
  for (const p of people)
    for (const m of p.mentions) for (let k = m.tokenStart; k < m.tokenEnd; k++) personAt.set(k, p);
  const quotes = trackQuotes(text, spans);
  const organizations = findOrganizations(tokens);
  const facts = sentenceFacts(text, spans, tokens, personAt, quotes, options, organizations);
  const attributions = resolveSpeakers(facts);
  nameDescribedSources(attributions, people);
  const statements: Statement[] = spans.map((s, i) => {
    const a = attributions[i] as NonNullable<(typeof attributions)[number]>;
    const sentence = text.slice(s.start, s.end);
    const q = quotes[i] as (typeof quotes)[number];
    // A Q&A answer is quoted speech with no marks: all of it is the speaker's.
    const quotedRanges =
      q.continues || (a.quote && q.ranges.length === 0)
        ? undefined
        : q.ranges.map((r) => ({ start: r.start - s.start, end: r.end - s.start }));
    // After "warned" or "predicted", a back-shifted "would" is still a forecast.
    // "according to" keeps the writer's grammar, and a present-tense cue ("insists the
    // service would be …") does not shift tenses: their "would" is a real conditional.
    const indirect =
      a.attributed &&
      !a.cues.some((c) => PREDICTIVE_CUE.test(c)) &&
      !(a.cues.length > 0 && a.cues.every((c) => /^according to$/i.test(c) || PRESENT_CUE.test(c)));
    const threat = a.cues.some((c) => THREAT_CUE.test(c));
    // "…, argued X, an analyst, but it would face scrutiny": after a cue that follows its
    // words, a new clause is the writer's again.
    const raw = facts[i]?.raw;
    const cueAt = raw ? raw.at - s.start : -1;
    const indirectUntil =
      raw && cueAt > 0 && invertedCue(sentence, cueAt, raw.cue.length) ? cueAt : undefined;
    const hedges = findHedges(sentence, {
      quoted: a.quote,
      indirect,
      quotedRanges,
      threat,
      indirectUntil,
    });
    // Believing, fearing and expecting are hedges as well as sources ("Residents fear …").
    if (
      a.cues.some((c) => COGNITIVE_CUE.test(c)) &&
      !hedges.some((h) => COGNITIVE_CUE.test(h.split(' ').pop() ?? ''))
    ) {
      hedges.unshift(...a.cues.filter((c) => COGNITIVE_CUE.test(c)));
    }
    const hedged = hedges.length > 0;
    return {
      text: sentence,
      start: s.start,
      end: s.end,
      label: hedged ? 'speculation' : a.attributed ? 'reported' : null,
      attributed: a.attributed,
      speaker: a.attributed ? a.speaker : null,
      quote: a.quote,
      cues: [...new Set([...a.cues, ...hedges])],
    };
  });
  return { statements, figures: figures(text, people, tokens, organizations) };
}

function sentenceFacts(
  text: string,
  spans: { start: number; end: number }[],
  tokens: Token[],
  personAt: Map<number, Person>,
  quotes: ReturnType<typeof trackQuotes>,
  options: AnalyzeOptions,
  organizations: Organization[],
): SentenceFacts[] {
  // "The Bank of Canada held rates …": an organisation that opens its sentence, which a
  // later "It said" may mean.
  const openingOrg = (s: { start: number }): string | null =>
    organizations.find((o) =>
      o.spans.some(
        (sp) => sp.start >= s.start && /^(?:the\s+)?$/i.test(text.slice(s.start, sp.start)),
      ),
    )?.name ?? null;
  // Token range of each sentence.
  const first: number[] = new Array<number>(spans.length).fill(-1);
  const last: number[] = new Array<number>(spans.length).fill(-1);
  tokens.forEach((t, k) => {
    if (first[t.sentence] === -1) first[t.sentence] = k;
    last[t.sentence] = k + 1;
  });
  const paragraphOf: number[] = [];
  let paragraph = 0;
  spans.forEach((s, i) => {
    if (i > 0 && text.slice((spans[i - 1] as { end: number }).end, s.start).includes('\n'))
      paragraph++;
    paragraphOf.push(paragraph);
  });
  const sizes = new Map<number, number>();
  for (const p of paragraphOf) sizes.set(p, (sizes.get(p) ?? 0) + 1);
  const lists = (options.blocks ?? []).filter((b) => b.tag === 'li');
  const qa = interviewTurns(text, spans, paragraphOf);
  const turns = labelledTurns(text, spans, paragraphOf, [...new Set(personAt.values())]);
  return spans.map((s, i) => {
    const a = first[i] ?? -1;
    const b = last[i] ?? -1;
    const q = quotes[i] as (typeof quotes)[number];
    const people: Person[] = [];
    const peopleStarts: number[] = [];
    let subject: Person | null = null;
    for (let k = a; k >= 0 && k < b; k++) {
      const p = personAt.get(k);
      if (p && people[people.length - 1] !== p) {
        people.push(p);
        peopleStarts.push((tokens[k] as Token).start);
        // Someone named inside a quotation is the speaker's topic, not the sentence's subject.
        const start = (tokens[k] as Token).start;
        const quoted = q.ranges.some((r) => start >= r.start && start < r.end);
        subject ??= !quoted && isSubject(tokens, k, a, personAt) ? p : null;
      }
    }
    return {
      raw: a >= 0 ? findAttribution(tokens, a, b, personAt, q.ranges) : null,
      quote: q,
      people,
      peopleStarts,
      subject,
      paragraph: paragraphOf[i] ?? 0,
      listItem: lists.some((l) => s.start >= l.start && s.end <= l.end),
      knownLists: !!options.blocks,
      firstPerson: /^(?:I|We)\b/.test(text.slice(s.start, s.end)),
      writerI: /\b(?:I|me|my)\b/.test(unquoted(text, s, q.continues ? [s] : q.ranges)),
      paragraphSize: sizes.get(paragraphOf[i] ?? 0) ?? 1,
      endsWithColon: /:\s*["”’]?$/.test(text.slice(s.start, s.end)),
      qa: qa[i] ?? null,
      subjectOrg: openingOrg(s),
      turn: turns[i] ?? null,
      length: s.end - s.start,
    };
  });
}

/**
 * True if the person named at token `k` is a subject: not right after a verb or a
 * preposition (an object), not possessive ("Roe's office"), outside quotation marks.
 */
function isSubject(
  tokens: Token[],
  k: number,
  first: number,
  personAt: Map<number, Person>,
): boolean {
  let s = k;
  while (s > first && personAt.get(s - 1) === personAt.get(k)) s--;
  // Skip the title words before the name ("Professor", "Ms").
  while (
    s > first &&
    /^\p{Lu}/u.test((tokens[s - 1] as Token).text) &&
    !/[,.;:]/.test((tokens[s - 1] as Token).post)
  )
    s--;
  let e = k;
  while (personAt.get(e + 1) === personAt.get(k)) e++;
  if (/['’]s?$/.test((tokens[e] as Token).text) || /[“"‘]/.test((tokens[s] as Token).pre))
    return false;
  const before = tokens[s - 1];
  if (!before || s === first) return true;
  return !before.tags.has('Verb') && !before.tags.has('Preposition') && !/[“"‘]/.test(before.post);
}

/**
 * "The deputy head of the regional administration appeared to acknowledge … . Kirill
 * Stremousov, quoted by Ria, said …": a source described before it is named. A definite
 * job description that speaks, followed within two sentences by a person introduced
 * without a role who speaks, is that person, and the description is their role.
 */
function nameDescribedSources(attributions: Attribution[], people: Person[]): void {
  attributions.forEach((a, i) => {
    const desc = a.speaker;
    // "The deputy head of …", "its energy minister": a definite description.
    if (!a.attributed || !desc || !/^(?:the|its|their|his|her)\s/i.test(desc)) return;
    if (people.some((p) => p.name === desc)) return;
    const head = (desc.split(/\s+(?:of|for|at|in)\s+/i)[0] ?? '').split(/\s+/).pop() ?? '';
    if (!(ROLE_NOUNS.has(head.toLowerCase()) || TITLES.has(head.toLowerCase()))) return;
    for (let j = i + 1; j <= i + 2 && j < attributions.length; j++) {
      const b = attributions[j] as Attribution;
      const p = people.find((x) => x.name === b.speaker);
      // Another source speaking in between ("…, the army said.") ends the search.
      if (b.attributed && b.speaker && !p) return;
      if (!b.attributed || !p) continue;
      if ((p.mentions[0]?.sentence ?? -1) !== j) return;
      // A role of their own must name the same job ("Energy Minister" for "its energy
      // minister"); otherwise the description is their role.
      if (p.role && !p.role.toLowerCase().split(/\s+/).includes(head.toLowerCase())) return;
      a.speaker = p.name;
      p.role ??= desc.replace(/^(?:the|its|their|his|her)\s+/i, '');
      return;
    }
  });
}

/**
 * "…, argued Desmond Oyugi, an analyst, …": the cue at `at` follows a comma and its source
 * comes right after it, closed by a comma (not "…, who chaired it, said the authority
 * would …", where a clause follows the cue).
 */
function invertedCue(sentence: string, at: number, length: number): boolean {
  if (!/,\s*$/.test(sentence.slice(0, at))) return false;
  const after = /^\s+((?:[\p{L}.'’-]+\s+){0,4}?[\p{L}.'’-]+),/u.exec(sentence.slice(at + length));
  return (
    !!after &&
    !/\b(?:would|will|could|might|may|was|were|is|are|had|has|have)\b/i.test(after[1] ?? '')
  );
}

/** The tokens that lie within one of the (sorted) sentence spans. */
function insideSpans(tokens: Token[], spans: { start: number; end: number }[]): Token[] {
  let k = 0;
  return tokens.filter((t) => {
    while (k < spans.length && (spans[k] as { end: number }).end <= t.start) k++;
    const s = spans[k];
    return !!s && t.start >= s.start;
  });
}

/** The sentence's text with its quoted stretches blanked out. */
function unquoted(text: string, s: { start: number; end: number }, ranges: Span[]): string {
  let out = '';
  let at = s.start;
  for (const r of ranges) {
    if (r.start > at) out += text.slice(at, r.start);
    at = Math.max(at, r.end);
  }
  return out + text.slice(Math.min(at, s.end), s.end);
}

function figures(
  text: string,
  people: Person[],
  tokens: Token[],
  organizations: Organization[],
): Figure[] {
  const out: Figure[] = [];
  for (const p of people) {
    const mentions: string[] = [];
    for (const m of p.mentions) if (!mentions.includes(m.text)) mentions.push(m.text);
    out.push({
      kind: 'person',
      name: p.name,
      role: p.role,
      mentions,
      spans: p.mentions.map((m) => ({ start: m.start, end: m.end })),
    });
  }
  // A surname the tagger also called an organisation ("Reyes' office") is the person.
  const personWords = new Set(people.flatMap((p) => p.mentions.map((m) => m.text.toLowerCase())));
  // "Minister of Mines and Energy Carlos Duarte": a run that takes in a person's name is
  // no organisation ("Energy Carlos Duarte").
  const names = people.flatMap((p) =>
    p.mentions.map((m) => ({ start: (tokens[m.tokenStart] as Token).start, end: m.end })),
  );
  const onName = (span: Span) => names.some((n) => span.start < n.end && n.start < span.end);
  for (const o of organizations) {
    if (personWords.has(o.name.toLowerCase()) || o.spans.every(onName)) continue;
    out.push({
      kind: 'organization',
      name: o.name,
      role: null,
      mentions: o.mentions,
      spans: o.spans.filter((span) => !onName(span)),
    });
  }
  const numbers = new Map<string, Figure>();
  for (const n of findNumbers(text)) {
    const f = numbers.get(n.text);
    if (f) f.spans.push({ start: n.start, end: n.end });
    else
      numbers.set(n.text, {
        kind: 'number',
        name: n.text,
        role: null,
        mentions: [n.text],
        spans: [{ start: n.start, end: n.end }],
      });
  }
  out.push(...numbers.values());
  return out;
}
