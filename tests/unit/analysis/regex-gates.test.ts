import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { GATED_PATTERNS, GENERATED_FILE, generatedGates } from '../../../scripts/gen-gates';
import { requiredText } from '../../../scripts/gates/required-text';
import { readSentences } from '../../../scripts/lib/sentence-score';
import { splitSentences } from '../../../utils/analysis/sentences';
import { fingerprint, gateScanner } from '../../../utils/analysis/regex-gates';
import { extractArticle } from '../../../utils/article';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'analysis');

describe('requiredText: what a sentence must hold for an expression to match', () => {
  it.each<[RegExp, string[] | null]>([
    [/\bmight\b/g, ['might']],
    // Known pieces in a row join into whole strings, the rarer for being longer.
    [/\bexpect(?:s|ed)? that\b/gi, ['expect that', 'expected that', 'expects that']],
    [/\b(?:is|are) bound to\b/gi, ['are bound to', 'is bound to']],
    // A piece that may be absent ("(?: \w+ly)?") ends a run of known text.
    [/\bmust(?: \w+ly)? have (?:been|\w+ed)\b/gi, [' have ']],
    // Each alternative brings its own: one of them is enough.
    [/\bperhaps\b|\bmaybe\b/gi, ['maybe', 'perhaps']],
    // A positive lookahead's text is in the sentence too; a negative one's is not needed.
    [/(?=expected\b)(?<=\bwith\b[^,.;:]{1,40}?\s)expected\b/gi, ['expected']],
    [/(?<!\bhad\s)\bforecast\b/gi, ['forecast']],
    // Too short to be worth a check, or nothing certain: no gate.
    [/\bif\b/gi, null],
    [/\b\w+ly\b/g, null],
    // "i" with "u" also matches the Kelvin sign for "k": lower-casing would miss it.
    [/\bknown\b/iu, null],
  ])('%s -> %j', (re, gate) => {
    expect(requiredText(re)).toEqual(gate);
  });

  it('replaces a long list by shared parts that every one of its strings holds', () => {
    const gate = requiredText(/\b(?:is|are|was|were) (?:almost |all but )?(?:sure|certain) to\b/gi);
    expect(gate).toEqual([' certain to', ' sure to']);
  });
});

/** Every sentence of the project's own labelled fixtures: thousands, of every register. */
function fixtureSentences(): string[] {
  const out: string[] = [];
  const sentencesDir = join(FIXTURES, 'sentences');
  for (const f of readdirSync(sentencesDir))
    out.push(...readSentences(join(sentencesDir, f)).map((s) => s.text));
  const pagesDir = join(FIXTURES, 'heldout-style', 'pages');
  for (const f of readdirSync(pagesDir)) {
    const article = extractArticle(parseHTML(readFileSync(join(pagesDir, f), 'utf8')).document);
    if (!article) continue;
    for (const s of splitSentences(article.text)) out.push(article.text.slice(s.start, s.end));
  }
  return out;
}

describe('gates', () => {
  it('are current: generated from the expressions as they are now (else npm run gen:gates)', async () => {
    expect(await generatedGates()).toBe(readFileSync(GENERATED_FILE, 'utf8'));
  });

  it('never skip an expression on a sentence it matches', () => {
    const sentences = fixtureSentences();
    expect(sentences.length).toBeGreaterThan(5000);
    const scan = gateScanner(GATED_PATTERNS);
    const missed: string[] = [];
    for (const sentence of sentences) {
      const possible = scan(sentence.toLowerCase());
      for (const re of GATED_PATTERNS) {
        re.lastIndex = 0;
        if (re.test(sentence) && !possible.has(re)) missed.push(`${re.source} in: ${sentence}`);
      }
    }
    expect(missed).toEqual([]);
  });

  it('skip most expressions on an ordinary sentence', () => {
    const scan = gateScanner(GATED_PATTERNS);
    const possible = scan('the council approved the budget on tuesday after a long debate.');
    expect(possible.size).toBeLessThan(GATED_PATTERNS.length / 5);
  });

  it('are looked up by a fingerprint that changes with the text and the flags', () => {
    expect(fingerprint(/might/g)).toBe(fingerprint(/might/g));
    expect(fingerprint(/might/g)).not.toBe(fingerprint(/might/gi));
    expect(fingerprint(/might/g)).not.toBe(fingerprint(/mighty/g));
  });
});
