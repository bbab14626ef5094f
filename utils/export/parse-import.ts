import type { Annotation } from '../db/types';
import { MAX_IMPORT_DEPTH, findStructureProblem } from './forbidden-keys';
import { describeValue } from './issue-format';
import { importNative, type ImportOutcome } from './native-import';
import { NATIVE_FORMAT } from './schema';
import { importW3c, isW3cFile } from './w3c-import';

/** What the review page gets back: every annotation in the file, or why none were taken. */
export type ParseImportResult =
  { ok: true; annotations: Annotation[] } | { ok: false; error: string };

/** Larger than any real export (100k long annotations), small enough to refuse quickly. */
export const MAX_IMPORT_CHARS = 200_000_000;

/**
 * One importer per file format, chosen by sniffing the parsed JSON. The W3C Web Annotation
 * (JSON-LD AnnotationCollection) importer slots in here: detect it, map it to Annotation
 * records, and validate those with the same schema.
 */
const IMPORTERS: readonly {
  detect: (file: Record<string, unknown>) => boolean;
  run: (file: Record<string, unknown>) => ImportOutcome;
}[] = [
  { detect: (file) => file.format === NATIVE_FORMAT, run: importNative },
  { detect: isW3cFile, run: importW3c },
];

/**
 * Parses and validates an import file, all or nothing. Errors name the file, the record and
 * the field, e.g. `backup.json: annotations[3].label: expected one of speculation, reported,
 * note, got "maybe"`; up to five problems are listed, one per line.
 */
export function parseImport(jsonText: string, fileName: string): ParseImportResult {
  const fail = (problem: string): ParseImportResult => ({
    ok: false,
    error: `${fileName}: ${problem}`,
  });
  if (jsonText.length > MAX_IMPORT_CHARS)
    return fail('file is too large to be a Claimlight export');

  let file: unknown;
  try {
    // A UTF-8 byte order mark (some editors add one) is not JSON whitespace.
    file = JSON.parse(jsonText.replace(/^\uFEFF/, ''));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return fail(`not valid JSON (${reason})`);
  }
  const structure = findStructureProblem(file);
  if (structure?.kind === 'forbidden-key') return fail(`${structure.path}: forbidden key`);
  if (structure?.kind === 'too-deep') {
    // The full path of a hostile file can be hundreds of `[0]`s: its start says where.
    const path = structure.path.length > 60 ? `${structure.path.slice(0, 60)}…` : structure.path;
    const where = path ? `${path}: ` : '';
    return fail(`${where}nested more than ${MAX_IMPORT_DEPTH} levels deep`);
  }
  if (typeof file !== 'object' || file === null || Array.isArray(file)) {
    return fail(`expected a Claimlight export (a JSON object), got ${describeValue(file)}`);
  }
  const record = file as Record<string, unknown>;

  const importer = IMPORTERS.find((candidate) => candidate.detect(record));
  if (!importer) return fail(unknownFormat(record));
  const outcome = importer.run(record);
  if (outcome.ok) return outcome;
  const lines = outcome.problems.map((problem) => `${fileName}: ${problem}`);
  if (outcome.truncated) lines.push(`${fileName}: (stopped after ${lines.length} problems)`);
  return { ok: false, error: lines.join('\n') };
}

function unknownFormat(file: Record<string, unknown>): string {
  if ('@context' in file || file.type === 'AnnotationCollection') {
    return 'W3C Web Annotation files cannot be imported yet; import a Claimlight export instead';
  }
  if (!('format' in file)) return 'not a Claimlight export (no "format" field)';
  return `format: expected "${NATIVE_FORMAT}", got ${describeValue(file.format)}`;
}
