/**
 * `npm run bench:anchor`: re-anchoring and painting 1,000 annotations on a 10,000-word page
 * in real Chromium, against the per-annotation baseline on the same page in the same run.
 * The page is the edited version of the one the annotations were saved on (see
 * scripts/lib/bench-anchor-doc.ts). Prints a JSON line last.
 */
import { build } from 'esbuild';
import { resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { chromiumPath } from './lib/chromium';
import { makeBenchDocument, toHtml, wordsOf } from './lib/bench-anchor-doc';
import type { RunResult } from './lib/bench-anchor-page';
import { startPageServer } from './lib/static-server';

// Over 10,000 so the edited page (two paragraphs deleted) still has 10,000.
const WORDS = 10_300;
const ANNOTATIONS = 1_000;
// Medians of warm runs: the machine may be shared; the first (cold) run is printed too.
const RUNS = 15;
const BASELINE_RUNS = 3;

interface BenchApi {
  describeWords(words: unknown): unknown[];
  runOurs(targets: unknown[]): Promise<RunResult>;
  runBaseline(targets: unknown[]): Promise<RunResult>;
  runLateText(): { ms: number; indexMs: number; searched: number; found: RunResult['found'] };
  timeIndex(): number;
  countWords(): number;
  profile(targets: unknown[]): Record<string, number>;
}
declare const claimlightBench: BenchApi;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1] ?? NaN;
const round = (x: number) => Math.round(x * 10) / 10;

async function bundle(): Promise<string> {
  const result = await build({
    entryPoints: [resolve('scripts/lib/bench-anchor-page.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'chrome120',
    alias: { '@': resolve('.') },
    minify: true,
  });
  return result.outputFiles[0]!.text;
}

/** Right: the expected words in the expected paragraph. Wrong: any other text. */
function grade(result: RunResult, expected: (string | null)[], paragraphs: (number | null)[]) {
  let right = 0;
  let wrong = 0;
  let orphans = 0;
  result.found.forEach((found, i) => {
    if (!found.text) orphans++;
    else if (found.text === expected[i] && found.p === paragraphs[i]) right++;
    else wrong++;
  });
  return { right, wrong, orphans };
}

async function load(page: Page, url: string, script: string): Promise<void> {
  await page.goto(url);
  await page.addScriptTag({ content: script });
}

async function main(): Promise<void> {
  const doc = makeBenchDocument(20261122, WORDS, ANNOTATIONS);
  const page = (html: string) =>
    `<!doctype html><html><head><meta charset="utf-8"><title>bench</title></head><body>${html}</body></html>`;
  const server = await startPageServer({
    '/saved': page(toHtml(doc.original, 'saved')),
    '/edited': page(toHtml(doc.edited, 'edited')),
  });
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const script = await bundle();
    const tab = await browser.newPage();
    await load(tab, `${server.origin}/saved`, script);
    const targets = await tab.evaluate((w) => claimlightBench.describeWords(w), doc.annotations);
    // The common case first: the same page again (a reload).
    const unchanged: RunResult[] = [];
    for (let i = 0; i < RUNS; i++) {
      unchanged.push(await tab.evaluate((t) => claimlightBench.runOurs(t), targets));
    }
    const unchangedRight = unchanged[0]!.found.filter(
      (f, i) => f.text === wordsOf(doc.original, doc.annotations[i]!),
    ).length;

    await load(tab, `${server.origin}/edited`, script);
    const words = await tab.evaluate(() => claimlightBench.countWords());
    const indexMs = await tab.evaluate(() => claimlightBench.timeIndex());
    const paragraphs = doc.annotations.map((a) => doc.moved[a.p] ?? null);
    if (process.env.PROFILE) {
      console.log('profile', await tab.evaluate((t) => claimlightBench.profile(t), targets));
    }
    const ours: RunResult[] = [];
    for (let i = 0; i < RUNS; i++)
      ours.push(await tab.evaluate((t) => claimlightBench.runOurs(t), targets));
    const late = await tab.evaluate(() => claimlightBench.runLateText());
    await load(tab, `${server.origin}/edited`, script);
    const baseline: RunResult[] = [];
    for (let i = 0; i < BASELINE_RUNS; i++) {
      baseline.push(await tab.evaluate((t) => claimlightBench.runBaseline(t), targets));
    }
    const ms = median(ours.map((r) => r.ms));
    const baselineMs = median(baseline.map((r) => r.ms));
    const ourGrade = grade(ours[0]!, doc.expected, paragraphs);
    const baseGrade = grade(baseline[0]!, doc.expected, paragraphs);
    const orphansExpected = doc.expected.filter((e) => e === null).length;
    console.log(
      `page: ${words} words; annotations: ${ANNOTATIONS} (${doc.editedPassages} passages edited, ` +
        `${orphansExpected} in deleted paragraphs); page edited: ad inserted, paragraphs swapped, markup and whitespace changed`,
    );
    console.log(`text index build: ${round(indexMs)} ms`);
    console.log(
      `ours: median ${round(ms)} ms (runs ${ours.map((r) => round(r.ms)).join(', ')}), ` +
        `to next frame ${round(median(ours.map((r) => r.frameMs)))} ms; ` +
        `first (cold) run ${round(ours[0]!.ms)} ms; ` +
        `right ${ourGrade.right}, wrong ${ourGrade.wrong}, orphans ${ourGrade.orphans}`,
    );
    console.log(
      `baseline: median ${round(baselineMs)} ms (runs ${baseline.map((r) => round(r.ms)).join(', ')}), ` +
        `to next frame ${round(median(baseline.map((r) => r.frameMs)))} ms; ` +
        `right ${baseGrade.right}, wrong ${baseGrade.wrong}, orphans ${baseGrade.orphans}`,
    );
    const lateGrade = grade({ ...late, frameMs: 0 }, doc.expected, paragraphs);
    console.log(
      `unchanged page: median ${round(median(unchanged.map((r) => r.ms)))} ms; ` +
        `right ${unchangedRight} of ${ANNOTATIONS}`,
    );
    console.log(
      `late text appended: refresh ${round(late.ms)} ms (index patched in ${round(late.indexMs)} ms ` +
        `instead of a ${round(indexMs)} ms rebuild), ${late.searched} searched; ` +
        `right ${lateGrade.right}, wrong ${lateGrade.wrong}, orphans ${lateGrade.orphans}`,
    );
    console.log(
      JSON.stringify({
        bench: 'anchor',
        annotations: ANNOTATIONS,
        words,
        ms: round(ms),
        baselineMs: round(baselineMs),
        ratio: round(baselineMs / ms),
      }),
    );
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
