/**
 * Scores the analyzer on the project's own held-out-style articles
 * (tests/fixtures/analysis/heldout-style: pages/*.html and hand labels gold/*.json) with
 * the metrics of ../shared/eval/score-pages.mjs:
 *   npm run -s score:heldout              the scorer's summary
 *   npm run -s score:heldout -- --misses  and every disagreement with the labels
 *   npm run -s score:heldout -- --json    one JSON line
 * Other gold/pages directories: --gold DIR --pages DIR.
 */
import { join } from 'node:path';
import { scoreGold } from './lib/gold-score';

const args = process.argv.slice(2).filter((a) => a !== '--');
const opt = (k: string, d: string): string => {
  const i = args.indexOf(k);
  return i >= 0 ? (args[i + 1] ?? d) : d;
};
const HERE = join(import.meta.dirname, '..', 'tests', 'fixtures', 'analysis', 'heldout-style');
const t0 = performance.now();
const { scores: r, misses } = scoreGold(
  opt('--gold', join(HERE, 'gold')),
  opt('--pages', join(HERE, 'pages')),
);
const ms = Math.round(performance.now() - t0);
if (args.includes('--misses'))
  for (const m of misses) console.log(`${m.page.padEnd(24)} ${m.kind.padEnd(18)} ${m.detail}`);
if (args.includes('--json')) console.log(JSON.stringify({ ...r, ms }));
else {
  console.log(`sentences ${r.sentences} (not found in output: ${r.missing})`);
  for (const k of ['attributed', 'hedged', 'people'] as const)
    console.log(
      `${k.padEnd(11)} P ${r[k].p}  R ${r[k].r}  F1 ${r[k].f1}   (tp ${r[k].tp} fp ${r[k].fp} fn ${r[k].fn})`,
    );
  console.log(
    `speaker accuracy ${r.speaker_acc} over ${r.speaker_n} attributed sentences with a named speaker`,
  );
  console.log(`numbers recall ${r.numbers_recall}  precision ${r.numbers_precision}`);
  console.log(`analyzer wall time ${ms} ms`);
}
