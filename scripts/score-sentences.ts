/**
 * Scores the analyzer on single labelled sentences in the style of public corpora
 * (tests/fixtures/analysis/sentences/sentences.txt):
 *   npm run -s score:sentences              the summary
 *   npm run -s score:sentences -- --misses  and every disagreement with the labels
 *   npm run -s score:sentences -- --json    one JSON line
 * Another file: --file PATH.
 */
import { join } from 'node:path';
import { readSentences, scoreSentences } from './lib/sentence-score';

const args = process.argv.slice(2).filter((a) => a !== '--');
const at = args.indexOf('--file');
const file =
  at >= 0
    ? (args[at + 1] ?? '')
    : join(
        import.meta.dirname,
        '..',
        'tests',
        'fixtures',
        'analysis',
        'sentences',
        'sentences.txt',
      );
const { scores: r, misses } = scoreSentences(readSentences(file));
if (args.includes('--misses')) for (const m of misses) console.log(m);
if (args.includes('--json')) console.log(JSON.stringify(r));
else {
  console.log(`sentences ${r.sentences}`);
  for (const k of ['attributed', 'hedged'] as const)
    console.log(
      `${k.padEnd(11)} P ${r[k].p}  R ${r[k].r}  F1 ${r[k].f1}   (tp ${r[k].tp} fp ${r[k].fp} fn ${r[k].fn})`,
    );
  console.log(
    `speaker accuracy ${r.speaker_acc} over ${r.speaker_n} sentences with a gold speaker`,
  );
}
