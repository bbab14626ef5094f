/**
 * Scores the analyzer against hand-labelled gold files with the metric definitions of
 * ../shared/eval/score-pages.mjs (same normalisation, sentence matching, name matching
 * and counts), but in process: no child process per page, so a test can run it.
 * Pages are extracted from their HTML exactly as `npm run analyze` does.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { analyze, type AnalysisResult, type Statement } from '../../utils/analysis';
import { buildTextIndex } from '../../utils/anchoring/text-index';
import { extractArticle, isLikelyArticle } from '../../utils/article';

export interface GoldSentence {
  key: string;
  attributed: boolean;
  speaker: string | null;
  quote: boolean;
  hedged: boolean;
  cues: string[];
  ambiguous?: boolean;
}

export interface Gold {
  page: string;
  source: string;
  people: { name: string; aliases: string[]; role: string | null }[];
  organizations: { name: string; aliases: string[] }[];
  numbers: { text: string }[];
  sentences: GoldSentence[];
}

export interface Prf {
  p: number;
  r: number;
  f1: number;
  tp: number;
  fp: number;
  fn: number;
}

export interface Scores {
  sentences: number;
  missing: number;
  attributed: Prf;
  hedged: Prf;
  speaker_acc: number;
  speaker_n: number;
  people: Prf;
  numbers_recall: number;
  /** Share of found figures that match a labelled one (same containment test as recall). */
  numbers_precision: number;
}

/** One disagreement with the gold labels, for reading what went wrong. */
export interface Miss {
  page: string;
  kind: string;
  detail: string;
}

const norm = (s: string | null | undefined): string =>
  (s ?? '')
    .replace(/\u00ad/g, '')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
const f1 = (p: number, r: number): number => (p + r ? (2 * p * r) / (p + r) : 0);
const round = (x: number): number => +x.toFixed(3);
const prf = (tp: number, fp: number, fn: number): Prf => {
  const p = tp / (tp + fp || 1);
  const r = tp / (tp + fn || 1);
  return { p: round(p), r: round(r), f1: round(f1(p, r)), tp, fp, fn };
};

/** A predicted name matches a gold one when equal, contained, or sharing the gold surname. */
export function nameMatch(pred: string | null, names: string[]): boolean {
  const p = norm(pred);
  if (!p) return false;
  return names.some((n) => {
    const g = norm(n);
    if (!g) return false;
    if (p === g || p.includes(g) || g.includes(p)) return true;
    const last = g.split(' ').pop() ?? '';
    return last.length > 2 && p.split(' ').includes(last);
  });
}

/** The analysis `npm run analyze` prints for an HTML page (article found as in the extension). */
export function analyzePage(html: string): AnalysisResult {
  const { document } = parseHTML(html);
  const index = document.body ? buildTextIndex(document.body) : undefined;
  const article = isLikelyArticle(document, index) ? extractArticle(document, index) : null;
  if (!article) throw new Error('no article found on this page');
  return analyze(article.text, { blocks: article.blocks });
}

/** Scores every gold file in `goldDir` against its page `<page>.html` in `pagesDir`. */
export function scoreGold(goldDir: string, pagesDir: string): { scores: Scores; misses: Miss[] } {
  const counts = (): { tp: number; fp: number; fn: number } => ({ tp: 0, fp: 0, fn: 0 });
  const att = counts();
  const hed = counts();
  const ppl = counts();
  const num = { hit: 0, all: 0, found: 0, right: 0 };
  const spk = { right: 0, all: 0 };
  let missing = 0;
  let total = 0;
  const misses: Miss[] = [];
  const files = readdirSync(goldDir)
    .filter((f) => f.endsWith('.json'))
    .sort();
  for (const f of files) {
    const gold = JSON.parse(readFileSync(join(goldDir, f), 'utf8')) as Gold;
    const doc = analyzePage(readFileSync(join(pagesDir, gold.page + '.html'), 'utf8'));
    const miss = (kind: string, detail: string): void => {
      misses.push({ page: gold.page, kind, detail });
    };
    const stmts = doc.statements.map((s) => ({ ...s, n: norm(s.text) }));
    for (const g of gold.sentences) {
      if (g.ambiguous) continue;
      total++;
      const k = norm(g.key);
      const s: (Statement & { n: string }) | undefined =
        stmts.find((x) => x.n.includes(k)) ?? stmts.find((x) => k.includes(x.n) && x.n.length > 20);
      if (!s) {
        missing++;
        if (g.attributed) att.fn++;
        if (g.hedged) hed.fn++;
        miss('sentence not found', g.key);
        continue;
      }
      const pa = s.attributed;
      const ph = s.label === 'speculation';
      const show = `${s.text}  [speaker ${JSON.stringify(s.speaker)}, cues ${JSON.stringify(s.cues)}]`;
      if (pa && g.attributed) att.tp++;
      else if (pa) {
        att.fp++;
        miss('attributed fp', show);
      } else if (g.attributed) {
        att.fn++;
        miss('attributed fn', `${show} (gold ${g.speaker})`);
      }
      if (ph && g.hedged) hed.tp++;
      else if (ph) {
        hed.fp++;
        miss('hedged fp', show);
      } else if (g.hedged) {
        hed.fn++;
        miss('hedged fn', `${show} (gold cues ${g.cues.join(', ')})`);
      }
      const person = gold.people.find((p) => p.name === g.speaker);
      if (pa && g.attributed && person) {
        spk.all++;
        if (nameMatch(s.speaker, [person.name, ...person.aliases])) spk.right++;
        else miss('speaker', `${show} (gold ${person.name})`);
      }
    }
    const persons = doc.figures.filter((x) => x.kind === 'person');
    const goldNames = gold.people.map((p) => [p.name, ...p.aliases]);
    const hit = new Set<number>();
    for (const p of persons) {
      const i = goldNames.findIndex(
        (names) => nameMatch(p.name, names) || p.mentions.some((m) => nameMatch(m, names)),
      );
      if (i >= 0) {
        ppl.tp += hit.has(i) ? 0 : 1;
        hit.add(i);
      } else {
        ppl.fp++;
        miss('person fp', `${p.name} ${JSON.stringify(p.mentions)}`);
      }
    }
    ppl.fn += goldNames.length - hit.size;
    goldNames.forEach((names, i) => {
      if (!hit.has(i)) miss('person fn', names[0] ?? '');
    });
    const numbers = doc.figures.filter((x) => x.kind === 'number').map((x) => norm(x.name));
    for (const n of gold.numbers) {
      num.all++;
      const g = norm(n.text);
      if (numbers.some((x) => x.includes(g) || g.includes(x))) num.hit++;
      else miss('number fn', n.text);
    }
    const labelled = gold.numbers.map((n) => norm(n.text));
    for (const x of numbers) {
      num.found++;
      if (labelled.some((g) => x.includes(g) || g.includes(x))) num.right++;
      else miss('number fp', x);
    }
  }
  const scores: Scores = {
    sentences: total,
    missing,
    attributed: prf(att.tp, att.fp, att.fn),
    hedged: prf(hed.tp, hed.fp, hed.fn),
    speaker_acc: round(spk.right / (spk.all || 1)),
    speaker_n: spk.all,
    people: prf(ppl.tp, ppl.fp, ppl.fn),
    numbers_recall: round(num.hit / (num.all || 1)),
    numbers_precision: round(num.right / (num.found || 1)),
  };
  return { scores, misses };
}
