/**
 * Throughput of the analyzer against compromise's bare parse of the same texts, in the
 * same run: `npm run bench:analyze`. Article text is extracted first (not timed), then
 * each side runs over every text the same number of rounds, text by text, so that machine
 * load affects both alike, and each side's fastest time per text counts (a round slowed by
 * other work on the machine says nothing about the code). The last line is one JSON object:
 *   {"bench":"analyze","kbPerS":…,"baseKbPerS":…,"ratio":…}
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import nlp from 'compromise';
import { parseHTML } from 'linkedom';
import { analyze } from '../utils/analysis';
import { extractArticle } from '../utils/article';

const SHARED_PAGES = join(import.meta.dirname, '..', '..', 'shared', 'pages');
const OWN_FIXTURES = join(import.meta.dirname, '..', 'tests', 'fixtures', 'analysis');
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 10);

function loadTexts(): { name: string; text: string }[] {
  const dir = existsSync(SHARED_PAGES) ? SHARED_PAGES : OWN_FIXTURES;
  if (dir === OWN_FIXTURES)
    console.log(`../shared/pages not found: using the project's fixtures in ${dir}`);
  const out: { name: string; text: string }[] = [];
  for (const f of readdirSync(dir).sort()) {
    const raw = readFileSync(join(dir, f), 'utf8');
    if (f.endsWith('.html')) {
      const article = extractArticle(parseHTML(raw).document);
      if (article) out.push({ name: f, text: article.text });
    } else if (f.endsWith('.txt')) out.push({ name: f, text: raw });
  }
  return out;
}

/** compromise's bare parse: tokenise, tag, and serialise, with no rules on top. */
const base = (text: string): unknown => nlp(text).json();

/** Milliseconds one call of `fn` on `text` takes. */
function timeOne(fn: (text: string) => unknown, text: string): number {
  const t0 = performance.now();
  fn(text);
  return performance.now() - t0;
}

const items = loadTexts();
const texts = items.map((x) => x.text);
const kb = texts.reduce((n, t) => n + Buffer.byteLength(t, 'utf8'), 0) / 1024;
// Warm up both over every text (compromise builds its lexicon on first use; the engine
// compiles what runs).
for (const t of texts) timeOne(base, t);
for (const t of texts) timeOne(analyze, t);
// Each text is timed on both sides back to back, the order swapped every round, and each
// side's fastest time per text counts: a slow stretch of the machine (seconds long here,
// while other work runs) then costs both sides alike and drops out of the minimum.
const fastestBase = texts.map(() => Infinity);
const fastestOurs = texts.map(() => Infinity);
for (let r = 0; r < ROUNDS; r++) {
  texts.forEach((text, i) => {
    const sides = [
      () => (fastestBase[i] = Math.min(fastestBase[i]!, timeOne(base, text))),
      () => (fastestOurs[i] = Math.min(fastestOurs[i]!, timeOne(analyze, text))),
    ];
    if (r % 2) sides.reverse();
    for (const side of sides) side();
  });
}
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const ours = sum(fastestOurs);
const theirs = sum(fastestBase);
const kbPerS = kb / (ours / 1000);
const baseKbPerS = kb / (theirs / 1000);
console.log(
  `${items.length} articles, ${kb.toFixed(1)} KB of article text, fastest of ${ROUNDS} rounds per article`,
);
console.log(`analyze:           ${kbPerS.toFixed(1)} KB/s`);
console.log(`compromise parse:  ${baseKbPerS.toFixed(1)} KB/s`);
const round = (x: number): number => Math.round(x * 100) / 100;
console.log(
  JSON.stringify({
    bench: 'analyze',
    kbPerS: round(kbPerS),
    baseKbPerS: round(baseKbPerS),
    ratio: round(kbPerS / baseKbPerS),
  }),
);
