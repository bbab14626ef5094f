import { expect } from 'vitest';
import { analyze } from '../../../utils/analysis';
import type { Statement } from '../../../utils/analysis';

/** The statement whose text contains `needle` (fails loudly when there is none). */
export function statementWith(text: string, needle: string): Statement {
  const s = analyze(text).statements.find((x) => x.text.includes(needle));
  if (!s) throw new Error(`no statement contains ${JSON.stringify(needle)}`);
  return s;
}

/**
 * A table row about one text analysed alone, as `analyze --jsonl` does: [what, text,
 * attributed (null: not checked), hedged, speaker of the first attributed statement (null:
 * not checked)].
 */
export type SentenceRow = [string, string, boolean | null, boolean, string | null];

/** Checks a `SentenceRow`'s text against what the row says of it. */
export function expectRow(
  text: string,
  attributed: boolean | null,
  hedged: boolean,
  speaker: string | null,
): void {
  const st = analyze(text).statements;
  const first = st.find((s) => s.attributed);
  const got = {
    attributed: attributed === null ? null : !!first,
    hedged: st.some((s) => s.label === 'speculation'),
    ...(speaker ? { speaker: first?.speaker ?? null } : {}),
  };
  expect(got, JSON.stringify(st.map((s) => s.cues))).toEqual({
    attributed,
    hedged,
    ...(speaker ? { speaker } : {}),
  });
}
