import type { Person } from './people';

type Spans = { start: number; end: number }[];

/**
 * Turns of a question-and-answer interview: once a paragraph opens with "Q:", each
 * paragraph is a question ("Q:") or the interviewee's answer (the rest, "A:" or not).
 */
export function interviewTurns(
  text: string,
  spans: Spans,
  paragraphOf: number[],
): ('q' | 'a' | null)[] {
  const out: ('q' | 'a' | null)[] = [];
  let turn: 'q' | 'a' | null = null;
  let seenQ = false;
  spans.forEach((s, i) => {
    if (i === 0 || paragraphOf[i] !== paragraphOf[i - 1]) {
      const head = text.slice(s.start, s.start + 4);
      if (/^Q\s*[:.]\s/.test(head)) {
        seenQ = true;
        turn = 'q';
      } else turn = seenQ ? 'a' : null;
    }
    out.push(turn);
  });
  return out;
}

/** A paragraph's opening label: "DF: …", "BLITZER: …", "Fothergill: …". */
const LABEL = /^(\p{Lu}{2,3}|\p{Lu}[\p{L}'’-]{2,})\s*:\s+\S/u;

/**
 * Paragraphs of a joint interview or a transcript that open with their speaker's initials
 * or surname ("DF: I do a rough draft first.", "BLITZER: Welcome back."): every sentence of
 * the paragraph is that person's, whatever it reports inside. Gives the person for each
 * sentence, or null. A label that matches nobody named in the text is no label ("Note: …").
 */
export function labelledTurns(
  text: string,
  spans: Spans,
  paragraphOf: number[],
  people: Person[],
): (Person | null)[] {
  let speaker: Person | null = null;
  return spans.map((s, i) => {
    if (i === 0 || paragraphOf[i] !== paragraphOf[i - 1]) {
      const label = LABEL.exec(text.slice(s.start, s.start + 40))?.[1];
      speaker = label ? (people.find((p) => labels(p, label)) ?? null) : null;
    }
    return speaker;
  });
}

/** Whether `label` is the person's initials ("DF") or surname, in any case. */
function labels(p: Person, label: string): boolean {
  const words = p.name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
  if (words.length < 2) return false;
  const initials = words.map((w) => w[0]).join('');
  const surname = (words[words.length - 1] as string).toLowerCase();
  return (
    label === initials ||
    label === `${words[0]?.[0] ?? ''}${words[words.length - 1]?.[0] ?? ''}` ||
    label.toLowerCase() === surname
  );
}
