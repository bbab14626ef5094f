/**
 * Command line over the analyzer the extension uses (see ../shared/docs/ANALYZER.md):
 *   npm run -s analyze -- FILE.html|FILE.txt   one JSON document on stdout
 *   npm run -s analyze -- --jsonl              {"id","text"} lines in, one result line out each
 * Bad input gives a one-line message on stderr and exit code 1, never a stack trace.
 */
import { readFileSync, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseHTML } from 'linkedom';
import { analyze } from '../utils/analysis';
import { analyzeOrUnlabelled } from '../utils/analysis/fallback';
import { buildTextIndex } from '../utils/anchoring/text-index';
import { extractArticle, isLikelyArticle } from '../utils/article';

class InputError extends Error {}

function readText(file: string): string {
  let buf: Buffer;
  try {
    if (!statSync(file).isFile()) throw new InputError(`not a file: ${file}`);
    buf = readFileSync(file);
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? 'error'}`);
  }
  // NUL bytes never occur in text or HTML: the file is binary.
  if (buf.subarray(0, 8192).includes(0))
    throw new InputError(`${file} is a binary file, not text or HTML`);
  const text = buf.toString('utf8').replace(/^\uFEFF/, '');
  if (!text.trim()) throw new InputError(`${file} is empty`);
  return text;
}

function analyzeFile(file: string): object {
  const raw = readText(file);
  if (/\.html?$/i.test(file) || /^\s*<(?:!doctype|html)/i.test(raw)) {
    const { document } = parseHTML(raw);
    // One text index serves both the article check and the extraction, as in the extension.
    const index = document.body ? buildTextIndex(document.body) : undefined;
    const article = isLikelyArticle(document, index) ? extractArticle(document, index) : null;
    if (!article) throw new InputError(`${file}: no article found on this page`);
    return {
      version: 1,
      title: article.title,
      ...analyze(article.text, { blocks: article.blocks }),
    };
  }
  const text = raw.replace(/\r\n?/g, '\n');
  const title = text.trim().split('\n')[0]?.trim() ?? '';
  return { version: 1, title, ...analyze(text) };
}

async function jsonl(): Promise<void> {
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let n = 0;
  for await (const line of rl) {
    n++;
    if (!line.trim()) continue;
    let rec: { id?: unknown; text?: unknown };
    try {
      rec = JSON.parse(line) as typeof rec;
    } catch {
      throw new InputError(`line ${n}: not valid JSON`);
    }
    if (typeof rec.text !== 'string') throw new InputError(`line ${n}: missing "text" string`);
    const id = typeof rec.id === 'string' || typeof rec.id === 'number' ? rec.id : String(n);
    const result = analyzeOrUnlabelled(rec.text, (error) =>
      process.stderr.write(
        `analyze: line ${n}: analysis failed (${error}); sentences left unlabelled\n`,
      ),
    );
    process.stdout.write(JSON.stringify({ id, ...result }) + '\n');
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2).filter((a) => a !== '--');
  if (args.includes('--jsonl')) return jsonl();
  const file = args[0];
  if (!file || args.length > 1)
    throw new InputError('usage: npm run -s analyze -- FILE.html|FILE.txt   or   --jsonl < lines');
  process.stdout.write(JSON.stringify(analyzeFile(file)) + '\n');
}

main().catch((e: unknown) => {
  const msg =
    e instanceof InputError
      ? e.message
      : `analysis failed: ${e instanceof Error ? e.message : String(e)}`;
  process.stderr.write(`analyze: ${msg}\n`);
  process.exit(1);
});
