/**
 * `npm run report:bundle`: what the content script's minified bundle is made of. Builds the
 * Chrome extension once more with source maps (into .output/bundle-report, leaving the
 * ordinary build alone), counts each byte of content-scripts/article.js towards the source
 * file its mapping points to, and sums the files by npm package or project folder. Prints
 * one JSON line last.
 *
 * A byte counts towards the last mapping before it, so a long literal with no mapping of its
 * own (the inlined ui.css) counts towards the code just before it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'wxt';

const OUT = '.output/bundle-report';
const BUNDLE = join(OUT, 'chrome-mv3/content-scripts/article.js');
const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

interface SourceMap {
  sources: string[];
  mappings: string;
}

/** The numbers of one source map segment (base64 VLQ, 5 bits a digit, sign in the lowest bit). */
function decodeSegment(segment: string): number[] {
  const values: number[] = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = BASE64.indexOf(char);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
      continue;
    }
    values.push(value & 1 ? -(value >>> 1) : value >>> 1);
    value = 0;
    shift = 0;
  }
  return values;
}

/** Where each mapped stretch of the generated code starts (byte offset) and its source. */
function mappedStarts(code: string, map: SourceMap): { at: number; source: string }[] {
  const lines = code.split('\n');
  const starts: { at: number; source: string }[] = [];
  let lineStart = 0;
  let sourceIndex = 0;
  map.mappings.split(';').forEach((line, lineNumber) => {
    const text = lines[lineNumber] ?? '';
    let column = 0;
    for (const segment of line.split(',')) {
      if (!segment) continue;
      const [columnDelta = 0, sourceDelta] = decodeSegment(segment);
      column += columnDelta;
      if (sourceDelta === undefined) continue; // a stretch that maps to no source
      sourceIndex += sourceDelta;
      const at = lineStart + Buffer.byteLength(text.slice(0, column));
      starts.push({ at, source: map.sources[sourceIndex] ?? '(unknown)' });
    }
    lineStart += Buffer.byteLength(text) + 1;
  });
  return starts.sort((a, b) => a.at - b.at);
}

/** Bytes of `code` per source file; bytes before the first mapping count as '(unmapped)'. */
function bytesPerSource(code: string, map: SourceMap): Map<string, number> {
  const total = Buffer.byteLength(code);
  const starts = mappedStarts(code, map);
  const bytes = new Map<string, number>([['(unmapped)', starts[0]?.at ?? total]]);
  starts.forEach(({ at, source }, i) => {
    const end = starts[i + 1]?.at ?? total;
    bytes.set(source, (bytes.get(source) ?? 0) + end - at);
  });
  return bytes;
}

/** The npm package or project folder of a source path. */
function groupOf(source: string): string {
  const inPackage = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source);
  if (inPackage) return inPackage[1]!;
  const parts = source.split('/');
  return parts.length > 1 ? parts.slice(0, -1).join('/') : source;
}

function printTable(title: string, rows: Map<string, number>): void {
  console.log(`\n${title}`);
  for (const [name, bytes] of [...rows].sort((a, b) => b[1] - a[1]))
    console.log(`${String(bytes).padStart(7)}  ${name}`);
}

async function main() {
  await build({ browser: 'chrome', outDir: OUT, vite: () => ({ build: { sourcemap: true } }) });
  const code = readFileSync(BUNDLE, 'utf8').replace(/\n\/\/# sourceMappingURL=\S*\s*$/, '');
  const map = JSON.parse(readFileSync(`${BUNDLE}.map`, 'utf8')) as SourceMap;
  const perFile = new Map<string, number>();
  for (const [source, bytes] of bytesPerSource(code, map)) {
    const file = source.replace(/^(\.\.\/)+/, '');
    perFile.set(file, (perFile.get(file) ?? 0) + bytes);
  }
  const perGroup = new Map<string, number>();
  for (const [file, bytes] of perFile) {
    const group = groupOf(file);
    perGroup.set(group, (perGroup.get(group) ?? 0) + bytes);
  }
  printTable('bytes by package or folder', perGroup);
  printTable('bytes by file', perFile);
  console.log(
    JSON.stringify({
      report: 'bundle',
      bytes: Buffer.byteLength(code),
      groups: Object.fromEntries([...perGroup].sort((a, b) => b[1] - a[1])),
    }),
  );
}

void main();
