import { analyze } from '../../../utils/analysis';
import type { Statement } from '../../../utils/analysis';

/** The statement whose text contains `needle` (fails loudly when there is none). */
export function statementWith(text: string, needle: string): Statement {
  const s = analyze(text).statements.find((x) => x.text.includes(needle));
  if (!s) throw new Error(`no statement contains ${JSON.stringify(needle)}`);
  return s;
}
