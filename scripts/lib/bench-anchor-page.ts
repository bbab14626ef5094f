/**
 * The code the anchoring benchmark runs inside the page (bundled with esbuild): the
 * content script's own PageText and AnnotationLayer, and the per-annotation baseline.
 */
import search from 'approx-string-match';
import { AnnotationLayer } from '@/entrypoints/article.content/annotation-layer';
import { PageText } from '@/entrypoints/article.content/page-text';
import { contextAgreement } from '@/utils/anchoring/context-score';
import { describeSpan } from '@/utils/anchoring/describe';
import { anchorAll } from '@/utils/anchoring/anchor-all';
import { MATCH_TUNING } from '@/utils/anchoring/match';
import { buildTextIndex, rangeFromSpan, spanFromRange } from '@/utils/anchoring/text-index';
import type { TextSpan, TextTarget } from '@/utils/anchoring/types';
import type { Annotation } from '@/utils/db/types';

/** What one run reports back to Node. */
export interface RunResult {
  ms: number;
  /** From the start of the run to the next rendered frame (highlights on screen). */
  frameMs: number;
  /** The text each annotation now covers ('' for an orphan) and its paragraph. */
  found: { text: string; p: number | null }[];
}

const LABELS = ['speculation', 'reported', 'note'] as const;

/** Selectors for each [from, to) word range, described on the page as loaded (the save). */
function describeWords(words: { p: number; from: number; to: number }[]): TextTarget[] {
  const index = buildTextIndex(document.body);
  return words.map(({ p, from, to }) => {
    const paragraph = document.querySelector(`[data-p="${p}"]`)!;
    const range = document.createRange();
    const textNode = paragraph.firstChild as Text;
    const starts = [...textNode.data.matchAll(/\S+/g)];
    range.setStart(textNode, starts[from]!.index);
    const last = starts[to - 1]!;
    range.setEnd(textNode, last.index + last[0].length);
    return describeSpan(index.text, spanFromRange(index, range)!);
  });
}

function toAnnotations(targets: TextTarget[]): Annotation[] {
  return targets.map(
    (target, i) =>
      ({
        id: `a${i}`,
        url: location.href,
        target,
        label: LABELS[i % 3],
        note: '',
        origin: 'reader',
      }) as unknown as Annotation,
  );
}

function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

function report(ranges: (Range | null | undefined)[]): RunResult['found'] {
  return ranges.map((range) => {
    const p = range?.startContainer.parentElement?.closest('[data-p]')?.getAttribute('data-p');
    return {
      text: range ? range.toString().replace(/\s+/g, ' ').trim() : '',
      p: p == null ? null : Number(p),
    };
  });
}

let layer: AnnotationLayer | undefined;

/** What the extension does on page load: index the page once, anchor all, paint. */
async function runOurs(targets: TextTarget[]): Promise<RunResult> {
  layer?.dispose();
  const annotations = toAnnotations(targets);
  const start = performance.now();
  const text = new PageText();
  layer = new AnnotationLayer(text);
  layer.reset(annotations);
  const ms = performance.now() - start;
  await nextFrame();
  const frameMs = performance.now() - start;
  return { ms, frameMs, found: report(annotations.map((a) => layer!.rangeOf(a.id))) };
}

/**
 * The per-annotation approach (Hypothesis's client): each annotation on its own searches
 * the whole text with the approximate matcher, scores every candidate on quote, prefix,
 * suffix and position, and converts the winner to a Range. Deliberately generous to the
 * baseline: it gets our prebuilt text index (one pass, not one per annotation), our error
 * bound (a quarter of the quote; Hypothesis allows half, which is slower) and our fast
 * offset-to-Range lookup.
 */
async function runBaseline(targets: TextTarget[]): Promise<RunResult> {
  layer?.dispose();
  layer = undefined;
  const highlight = new Highlight();
  CSS.highlights.set('bench-baseline', highlight);
  const start = performance.now();
  const index = buildTextIndex(document.body);
  const { text } = index;
  const ranges = targets.map((target) => {
    const { exact, prefix, suffix } = target.quote;
    const maxErrors = Math.floor(exact.length * MATCH_TUNING.maxErrorRate);
    let best: { span: TextSpan; score: number } | null = null;
    for (const match of search(text, exact, maxErrors)) {
      const span = { start: match.start, end: match.end };
      const context = contextAgreement(text, span, { prefix, suffix });
      const position = 1 - Math.abs(span.start - target.position.start) / text.length;
      const score =
        50 * (1 - match.errors / exact.length) + 20 * context.prefix + 20 * context.suffix;
      const total = score + 2 * position;
      if (!best || total > best.score) best = { span, score: total };
    }
    const range =
      best && best.score / 92 >= MATCH_TUNING.minFuzzyScore
        ? rangeFromSpan(index, best.span)
        : null;
    if (range) highlight.add(range);
    return range;
  });
  const ms = performance.now() - start;
  await nextFrame();
  const frameMs = performance.now() - start;
  CSS.highlights.delete('bench-baseline');
  return { ms, frameMs, found: report(ranges) };
}

/**
 * Times the refresh after text arrives at the end of the article (infinite scroll): the
 * index patched from the mutation records, the annotations near the change re-checked and
 * everything repainted, as the content script does. Reports where every annotation is.
 */
function runLateText(): {
  ms: number;
  indexMs: number;
  searched: number;
  found: RunResult['found'];
} {
  const current = layer;
  if (!current) throw new Error('run ours first');
  const text = (current as unknown as { text: PageText }).text;
  const observer = new MutationObserver(() => undefined);
  observer.observe(document.body, { childList: true, characterData: true, subtree: true });
  const p = document.createElement('p');
  p.textContent = 'More text arrived after the page loaded, as infinite scroll does.';
  document.querySelector('article')!.append(p);
  const records = observer.takeRecords();
  observer.disconnect();
  const start = performance.now();
  text.noteMutations(records);
  text.current();
  const indexMs = performance.now() - start;
  current.refresh();
  const ms = performance.now() - start;
  const ids = [...Array(current.anchoredIds().length + current.orphanIds().length).keys()];
  return {
    ms,
    indexMs,
    searched: current.lastPass.searched,
    found: report(ids.map((i) => current.rangeOf(`a${i}`))),
  };
}

/** Where the time of one pass goes, stage by stage (printed with PROFILE=1). */
function profile(targets: TextTarget[]): Record<string, number> {
  const t0 = performance.now();
  const index = buildTextIndex(document.body);
  const t1 = performance.now();
  const spans = anchorAll(index.text, targets);
  const t2 = performance.now();
  const ranges = spans.map((span) => span && rangeFromSpan(index, span));
  const t3 = performance.now();
  const highlight = new Highlight();
  for (const range of ranges) if (range) highlight.add(range);
  CSS.highlights.set('bench-profile', highlight);
  const t4 = performance.now();
  CSS.highlights.delete('bench-profile');
  return { indexMs: t1 - t0, anchorMs: t2 - t1, rangesMs: t3 - t2, paintMs: t4 - t3 };
}

/** Words of page text, as the index sees them (the article plus the heading and ad). */
function countWords(): number {
  return buildTextIndex(document.body).text.split(' ').length;
}

function timeIndex(): number {
  const start = performance.now();
  buildTextIndex(document.body);
  return performance.now() - start;
}

Object.assign(globalThis, {
  claimlightBench: {
    describeWords,
    runOurs,
    runBaseline,
    runLateText,
    timeIndex,
    profile,
    countWords,
  },
});
