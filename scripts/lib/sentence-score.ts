/**
 * Scores the analyzer on single labelled sentences, the shape public corpora take
 * (hedge-cue sentences, attribution sentences): each text is analysed on its own, with no
 * headline or context, exactly as `npm run -s analyze -- --jsonl` does. A text that
 * splits into several statements counts as attributed or hedged if any of them is; its
 * speaker is the first attributed statement's.
 */
import { readFileSync } from 'node:fs';
import { analyze } from '../../utils/analysis';
import { nameMatch, type Prf } from './gold-score';

/** One labelled sentence; `null` means the label is not scored (ambiguous). */
export interface LabelledSentence {
  id: string;
  attributed: boolean | null;
  hedged: boolean | null;
  speaker: string | null;
  text: string;
}

export interface SentenceScores {
  sentences: number;
  attributed: Prf;
  hedged: Prf;
  speaker_acc: number;
  speaker_n: number;
}

const flag = (s: string): boolean | null => (s === '1' ? true : s === '0' ? false : null);

/** Reads `id | attributed | hedged | speaker | text` lines; `#` starts a comment line. */
export function readSentences(file: string): LabelledSentence[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'))
    .map((l) => {
      const [id = '', a = '', h = '', speaker = '', ...rest] = l.split(' | ');
      return {
        id: id.trim(),
        attributed: flag(a.trim()),
        hedged: flag(h.trim()),
        speaker: speaker.trim() === '-' ? null : speaker.trim(),
        text: rest.join(' | ').trim(),
      };
    });
}

const round = (x: number): number => +x.toFixed(3);
function prf(tp: number, fp: number, fn: number): Prf {
  const p = tp / (tp + fp || 1);
  const r = tp / (tp + fn || 1);
  return { p: round(p), r: round(r), f1: round(p + r ? (2 * p * r) / (p + r) : 0), tp, fp, fn };
}

/** Scores every sentence; `misses` lists each disagreement as one readable line. */
export function scoreSentences(items: LabelledSentence[]): {
  scores: SentenceScores;
  misses: string[];
} {
  const att = { tp: 0, fp: 0, fn: 0 };
  const hed = { tp: 0, fp: 0, fn: 0 };
  const spk = { right: 0, all: 0 };
  const misses: string[] = [];
  for (const item of items) {
    const stmts = analyze(item.text).statements;
    const first = stmts.find((s) => s.attributed);
    const pa = !!first;
    const ph = stmts.some((s) => s.label === 'speculation');
    const cues = [...new Set(stmts.flatMap((s) => s.cues))];
    const show = `${item.id} ${item.text}  [speaker ${JSON.stringify(first?.speaker ?? null)}, cues ${JSON.stringify(cues)}]`;
    const count = (gold: boolean | null, pred: boolean, c: typeof att, kind: string): void => {
      if (gold === null) return;
      if (gold && pred) c.tp++;
      else if (pred) {
        c.fp++;
        misses.push(`${kind} fp  ${show}`);
      } else if (gold) {
        c.fn++;
        misses.push(`${kind} fn  ${show}`);
      }
    };
    count(item.attributed, pa, att, 'attributed');
    count(item.hedged, ph, hed, 'hedged');
    if (item.attributed && pa && item.speaker) {
      spk.all++;
      if (nameMatch(first.speaker, [item.speaker])) spk.right++;
      else misses.push(`speaker     ${show} (gold ${item.speaker})`);
    }
  }
  return {
    scores: {
      sentences: items.length,
      attributed: prf(att.tp, att.fp, att.fn),
      hedged: prf(hed.tp, hed.fp, hed.fn),
      speaker_acc: round(spk.right / (spk.all || 1)),
      speaker_n: spk.all,
    },
    misses,
  };
}
