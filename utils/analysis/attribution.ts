import { low } from './names';
import type { Person } from './people';
import { cueAt } from './cue-at';
import type { Source } from './sources';
import type { Token } from './tokens';
import type { Span } from './types';

/** A reporting cue found in one sentence and the source it names (unresolved). */
export interface RawAttribution {
  cue: string;
  source: Source | null;
  /** Offset of the cue in the text, to tell "before" from "after" a quotation. */
  at: number;
}

const inRanges = (t: Token, ranges: Span[]): boolean =>
  ranges.some((r) => t.start >= r.start && t.end <= r.end);

/**
 * Finds the first reporting cue of a sentence and its source: "X said", "said X",
 * "X told Y", "according to X", "the publication quoted him as saying", "X, quoted by Y,
 * said". Cues inside quotation marks are the speaker's words, so they are tried last.
 */
export function findAttribution(
  tokens: Token[],
  from: number,
  to: number,
  personAt: Map<number, Person>,
  quoted: Span[],
): RawAttribution | null {
  const sentence: SentenceTokens = { tokens, from, to, personAt, quoted };
  const found = firstCue(sentence);
  // "Blood tests showed he had been poisoned, police said": a cue closing the sentence after
  // a comma frames everything before it, so its source outranks a cue inside the report.
  const closing = found ? closingCue(sentence) : null;
  return closing && found && closing.at > found.at ? closing : found;
}

/** One sentence's tokens (`from` to `to`), the people they name and its quoted stretches. */
interface SentenceTokens {
  tokens: Token[];
  from: number;
  to: number;
  personAt: Map<number, Person>;
  quoted: Span[];
}

/** The sentence's first cue, by the preferences findAttribution describes. */
function firstCue({ tokens, from, to, personAt, quoted }: SentenceTokens): RawAttribution | null {
  let first: RawAttribution | null = null;
  let fallback: RawAttribution | null = null;
  // "According to a transcript, X spoke with Y, who stressed that …": a channel or a
  // conversation gives way to the person whose words follow in the same sentence.
  let channel: RawAttribution | null = null;
  // "The findings suggest that …, the authors wrote": evidence that "suggests" gives way to
  // the people who report it later in the sentence.
  let evidence: RawAttribution | null = null;
  for (let i = from; i < to; i++) {
    const t = tokens[i] as Token;
    const inQuote = inRanges(t, quoted);
    const hit = cueAt(tokens, i, from, personAt);
    if (!hit) continue;
    const pronoun = hit.source?.kind === 'pronoun' ? hit.source.word : '';
    // "I"/"we" are the writer outside quotes and the speaker inside: never a new source.
    if (/^(?:i|we|you)$/.test(pronoun)) continue;
    // Cues inside quotation marks are the speaker's own words ("… for them to tell us"),
    // not the attribution of the quotation.
    if (inQuote) continue;
    if (channel) {
      if (hit.source?.kind === 'person' && low(tokens[i + 1] ?? t) === 'that') return hit;
      continue;
    }
    if (hit.source && hit.source.kind !== 'pronoun' && !first && isChannel(hit)) {
      channel = hit;
      continue;
    }
    if (!first && !evidence && hit.source?.kind === 'group' && EVIDENCE.test(hit.source.text)) {
      evidence = hit;
      continue;
    }
    if (hit.source && hit.source.kind !== 'pronoun') return first ?? hit;
    // A pronoun's pledge ("He vowed to keep trying, but editor Jon Sopel said …") gives
    // way to a named source that follows; a pronoun's claim does not.
    if (!first && low(tokens[i + 1] ?? t) === 'to') {
      fallback ??= hit;
      continue;
    }
    first ??= hit;
  }
  return channel ?? first ?? evidence ?? fallback;
}

/** Verbs that close a reported sentence: "…, police said", "…, her lawyer told reporters". */
const CLOSING_VERB =
  /^(?:said|says|told|tells|added|adds|wrote|writes|stated|noted|insisted|argued|warned)$/i;

/** The cue of a short clause after the sentence's last comma (", X said on Monday."), or null. */
function closingCue({ tokens, from, to, personAt, quoted }: SentenceTokens): RawAttribution | null {
  let k = to - 1;
  while (k > from && !/,\s*$/.test((tokens[k - 1] as Token).post)) k--;
  if (k <= from || to - k > 10) return null;
  // Not a relative or joined clause (", which she said showed …", ", and he added").
  if (
    /^(?:which|who|whom|that|as|and|but|while|although|though|because|so)$/i.test(
      (tokens[k] as Token).text,
    )
  )
    return null;
  for (let i = k; i < to; i++) {
    const t = tokens[i] as Token;
    if (!CLOSING_VERB.test(t.text) || inRanges(t, quoted)) continue;
    // It closes the sentence: what follows the verb is an adjunct ("on Monday", "in a
    // statement", "reporters"), not words it reports (", a description Sollis said she found").
    if (tokens.slice(i + 1, to).some((x) => x.tags.has('Verb') && !x.tags.has('Participle')))
      return null;
    const hit = cueAt(tokens, i, from, personAt);
    return hit?.source ? hit : null;
  }
  return null;
}

/** Things that show rather than say: their "suggest" yields to a person's "wrote". */
const EVIDENCE =
  /\b(?:findings|results|data|evidence|figures|research|study|studies|survey|analysis|observations)$/i;

/** A document quoted by "according to", or "spoke with": who said what comes later. */
function isChannel(hit: RawAttribution): boolean {
  if (/^spoke$/i.test(hit.cue)) return true;
  return (
    hit.cue === 'according to' &&
    hit.source?.kind === 'group' &&
    /\b(?:transcript|readout|recording|record|statement|memo|document|documents|filing|filings|minutes|video|letter|summary)$/i.test(
      hit.source.text,
    )
  );
}
