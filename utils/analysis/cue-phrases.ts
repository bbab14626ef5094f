import type { RawAttribution } from './attribution';
import { low } from './names';
import type { Person } from './people';
import { sourceStartingAt } from './source-after';
import { sourceEndingAt } from './sources';
import type { Token } from './tokens';

/**
 * Reporting cues that are phrases rather than a verb: "in the words of X", "as X put it".
 * Returns the cue starting (or, for "put it", ending) at token `i`, or null.
 */
export function phraseCue(
  tokens: Token[],
  i: number,
  personAt: Map<number, Person>,
): RawAttribution | null {
  const t = tokens[i] as Token;
  if (/^(?:verdict|view|assessment|judge?ment|opinion|conclusion)$/i.test(t.text))
    return verdictCue(tokens, i, personAt);
  if (/^(?:issued|issues|issue|gave|gives|sent|sends)$/i.test(t.text))
    return noticeCue(tokens, i, personAt);
  if (/^(?:expressed|expresses|express|voiced|voices)$/i.test(t.text))
    return feelingCue(tokens, i, personAt);
  if (
    /^(?:puts|putting)$/i.test(t.text) ||
    (/^put$/i.test(t.text) && !/^it$/i.test(tokens[i + 1]?.text ?? ''))
  )
    return estimateCue(tokens, i, personAt);
  // Called for every word: leave at once unless it can open or close a phrase cue.
  if (t.text.length > 3 || !/^(?:in|put)$/i.test(t.text)) return null;
  const sentence = t.sentence;
  const at = (k: number): string => {
    const x = tokens[k];
    return x && x.sentence === sentence ? low(x) : '';
  };
  // "In the words of one former aide, …"
  if (low(t) === 'in' && at(i + 1) === 'the' && at(i + 2) === 'words' && at(i + 3) === 'of') {
    const source = sourceStartingAt(tokens, i + 4, personAt, sentence, true);
    return source ? { cue: 'in the words of', source, at: t.start } : null;
  }
  // "As the minister put it, …": "as" opens the clause, "put it" closes it.
  if (low(t) === 'put' && at(i + 1) === 'it') {
    for (let j = i - 1; j >= 0 && i - j <= 7; j--) {
      if (at(j) !== 'as') continue;
      const before = tokens[j - 1];
      const opens = !before || before.sentence !== sentence || /[,;:—–]\s*$/.test(before.post);
      if (!opens) return null;
      const source = sourceEndingAt(tokens, i - 1, personAt, sentence, true);
      return source ? { cue: 'put it', source, at: t.start } : null;
    }
  }
  return null;
}

/**
 * "The commuters' association expressed doubt that the improvement would last": a feeling
 * stated with its content, from the subject before the verb.
 */
function feelingCue(
  tokens: Token[],
  i: number,
  personAt: Map<number, Person>,
): RawAttribution | null {
  const t = tokens[i] as Token;
  const feeling = tokens[i + 1];
  const that = tokens[i + 2];
  if (!feeling || !that || feeling.sentence !== t.sentence || low(that) !== 'that') return null;
  if (
    !/^(?:doubts?|concerns?|fears?|hopes?|confidence|optimism|scepticism|skepticism|surprise|regret|disappointment)$/.test(
      low(feeling),
    )
  )
    return null;
  const source = sourceEndingAt(tokens, i - 1, personAt, t.sentence, true);
  return source ? { cue: t.text, source, at: t.start } : null;
}

/** What an estimate puts at a figure: "puts the chance of snow at 60%". */
const ESTIMATED =
  /^(?:chances?|odds|probability|likelihood|risk|toll|cost|costs|bill|number|figure|total|value|damage|losses|loss|shortfall|deficit|price|size|count|turnout|growth|inflation|margin|crowd|crowds|attendance|casualties|deaths|dead|injured|depth)$/;

/**
 * "The centre puts the chance of snow at 60%", "The ministry put the death toll at 42": an
 * estimate, from the subject before the verb. The object must be a quantity and "at" must
 * come before a number within a few words.
 */
function estimateCue(
  tokens: Token[],
  i: number,
  personAt: Map<number, Person>,
): RawAttribution | null {
  const t = tokens[i] as Token;
  const sentence = t.sentence;
  const source = sourceEndingAt(tokens, i - 1, personAt, sentence, true);
  if (!source) return null;
  // "The poll … put Sturtevant at 47%", "A poll of 800 adults by Pollwise put …": a poll or a
  // model puts anyone at a figure; its measuring word heads or opens the subject.
  const head = source.kind === 'group' ? (source.head ?? source.text.split(' ').pop() ?? '') : '';
  const measurer =
    MEASURER.test(head.toLowerCase()) ||
    tokens
      .slice(Math.max(0, i - 10), i)
      .some((x) => x.sentence === sentence && MEASURER.test(low(x)));
  if (!measurer && low(tokens[i + 1] ?? t) !== 'the') return null;
  let quantity = measurer;
  for (let j = i + 2; j < tokens.length && j <= i + 20; j++) {
    const x = tokens[j] as Token;
    if (x.sentence !== sentence) return null;
    if (j <= i + 4 && ESTIMATED.test(low(x))) quantity = true;
    // The figure after "at" (a poll's "on": "put Reform UK on 34%"): "at 60%", "at roughly
    // 10%", "at plus or minus 3.5 points".
    const plusMinus = low(tokens[j + 1] ?? x) === 'plus' && low(tokens[j + 2] ?? x) === 'or';
    const figure = plusMinus
      ? tokens[j + 4]
      : QUALIFIER.test(low(tokens[j + 1] ?? x))
        ? tokens[j + 2]
        : tokens[j + 1];
    const at = low(x) === 'at' || (measurer && low(x) === 'on');
    if (at && quantity && figure?.tags.has('Value')) return { cue: t.text, source, at: t.start };
  }
  return null;
}

/** A word between "at" and the figure: "at roughly 10%". */
const QUALIFIER = /^(?:about|around|roughly|nearly|almost|approximately|some|just|only|between)$/;

/** Things that measure: their "puts X at 47%" is an estimate of anything. */
const MEASURER =
  /^(?:poll|polls|survey|surveys|study|model|models|estimate|estimates|projection|projections|forecast|forecasts|census|count|analysis)$/;

/**
 * "The agency issued a warning that the river could burst its banks": a notice with its
 * words, from the subject before the verb. Without "that" (an amber warning for the coast)
 * nothing is reported.
 */
function noticeCue(
  tokens: Token[],
  i: number,
  personAt: Map<number, Person>,
): RawAttribution | null {
  const sentence = (tokens[i] as Token).sentence;
  for (let j = i + 1; j < tokens.length && j <= i + 5; j++) {
    const x = tokens[j] as Token;
    if (x.sentence !== sentence) return null;
    if (/^(?:warnings?|statements?|notices?|alerts?)$/i.test(x.text)) {
      const next = tokens[j + 1];
      if (!next || next.sentence !== sentence || low(next) !== 'that') return null;
      const source = sourceEndingAt(tokens, i - 1, personAt, sentence, true);
      return source ? { cue: x.text, source, at: x.start } : null;
    }
    if (x.tags.has('Verb') || /[,;:]/.test(x.post)) return null;
  }
  return null;
}

/**
 * "That was the verdict of Professor Lucia Brandt, a cardiologist …": the judgement just
 * given, and whose it is. Only a person's ("the view of the harbour" names no one).
 */
function verdictCue(
  tokens: Token[],
  i: number,
  personAt: Map<number, Person>,
): RawAttribution | null {
  const t = tokens[i] as Token;
  const before = tokens[i - 1];
  const of = tokens[i + 1];
  if (!before || !of || low(before) !== 'the' || low(of) !== 'of' || of.sentence !== t.sentence)
    return null;
  const source = sourceStartingAt(tokens, i + 2, personAt, t.sentence);
  return source?.kind === 'person' ? { cue: `${t.text} of`, source, at: t.start } : null;
}
