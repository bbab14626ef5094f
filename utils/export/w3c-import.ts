import * as v from 'valibot';
import { ANNOTATION_LABELS, type Annotation, type AnnotationLabel } from '../db/types';
import { siteOf } from '../url/normalize-url';
import { describeValue, formatIssue } from './issue-format';
import { MAX_LISTED_PROBLEMS, type ImportOutcome } from './native-import';
import { AnnotationSchema, LIMITS } from './schema';
import { W3C_TERMS } from './w3c';

/** True for a JSON-LD AnnotationCollection or AnnotationPage (ours or another tool's). */
export function isW3cFile(file: Record<string, unknown>): boolean {
  return file.type === 'AnnotationCollection' || file.type === 'AnnotationPage';
}

/** The annotation records of a W3C file and the path they sit at, or what is wrong. */
export function w3cItems(
  file: Record<string, unknown>,
): { ok: true; items: unknown[]; path: string } | { ok: false; problem: string } {
  if (file.type === 'AnnotationPage') {
    return Array.isArray(file.items)
      ? { ok: true, items: file.items, path: 'items' }
      : {
          ok: false,
          problem: `items: expected an array of annotations, got ${describeValue(file.items)}`,
        };
  }
  const first = file.first;
  if (typeof first === 'object' && first !== null && !Array.isArray(first)) {
    const items = (first as Record<string, unknown>).items;
    if (Array.isArray(items)) return { ok: true, items, path: 'first.items' };
    return {
      ok: false,
      problem: `first.items: expected an array of annotations, got ${describeValue(items)}`,
    };
  }
  if (Array.isArray(file.items)) return { ok: true, items: file.items, path: 'items' };
  return {
    ok: false,
    problem: `first: expected an AnnotationPage with items, got ${describeValue(first)}`,
  };
}

type Converted = { ok: true; annotation: Annotation } | { ok: false; problems: string[] };

const record = (value: unknown): Record<string, unknown> | undefined =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;

const list = (value: unknown): unknown[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

/** `urn:uuid:X` and our own URNs give back the original id; other tools' IRIs are kept whole. */
function idFromIri(iri: string): string {
  if (iri.startsWith('urn:uuid:')) return iri.slice(9);
  if (iri.startsWith('urn:claimlight:annotation:')) {
    try {
      return decodeURIComponent(iri.slice(26));
    } catch {
      return iri;
    }
  }
  return iri;
}

/**
 * One W3C annotation as a Claimlight record, checked with the native schema. `at` is the
 * record's path (`first.items[3]`); every problem names the W3C field it came from.
 */
export function convertW3cItem(item: unknown, at: string): Converted {
  const fields = record(item);
  if (!fields)
    return {
      ok: false,
      problems: [`${at}: expected an annotation object, got ${describeValue(item)}`],
    };
  const problems: string[] = [];
  const target = record(fields.target);
  if (!target)
    problems.push(
      `${at}.target: expected an object with source and selector, got ${describeValue(fields.target)}`,
    );
  const selectors = list(target?.selector);
  const quoteAt = selectors.findIndex((s) => record(s)?.type === 'TextQuoteSelector');
  const positionAt = selectors.findIndex((s) => record(s)?.type === 'TextPositionSelector');
  if (target && quoteAt < 0) problems.push(`${at}.target.selector: expected a TextQuoteSelector`);
  const quote = record(selectors[quoteAt]) ?? {};
  const position = record(selectors[positionAt]);

  let label: AnnotationLabel = 'note';
  const notes: string[] = [];
  list(fields.body).forEach((raw, i) => {
    const body = record(raw);
    if (!body)
      return problems.push(`${at}.body[${i}]: expected a TextualBody, got ${describeValue(raw)}`);
    if (body.purpose === 'tagging') {
      if (!ANNOTATION_LABELS.includes(body.value as AnnotationLabel)) {
        return problems.push(
          `${at}.body[${i}].value: expected one of ${ANNOTATION_LABELS.join(', ')}, got ${describeValue(body.value)}`,
        );
      }
      label = body.value as AnnotationLabel;
    } else if (
      body.purpose === 'commenting' ||
      (body.purpose === undefined && body.type === 'TextualBody')
    ) {
      if (typeof body.value !== 'string')
        return problems.push(
          `${at}.body[${i}].value: expected a string, got ${describeValue(body.value)}`,
        );
      notes.push(body.value);
    }
    return undefined;
  });
  if (problems.length) return { ok: false, problems };

  const url = target?.source;
  const created = fields.created;
  const candidate = {
    id: typeof fields.id === 'string' ? idFromIri(fields.id) : fields.id,
    url,
    site: typeof url === 'string' ? safeSite(url) : '',
    title: fields[W3C_TERMS.title] ?? (typeof url === 'string' ? url.slice(0, LIMITS.title) : ''),
    target: {
      quote: {
        type: 'TextQuoteSelector',
        exact: quote.exact,
        prefix: quote.prefix ?? '',
        suffix: quote.suffix ?? '',
      },
      // The position is only a hint for anchoring: a file without one anchors by quote alone.
      position: position
        ? { type: 'TextPositionSelector', start: position.start, end: position.end }
        : { type: 'TextPositionSelector', start: 0, end: 0 },
    },
    label,
    note: notes.join('\n\n'),
    speaker: fields[W3C_TERMS.speaker] ?? null,
    origin: fields[W3C_TERMS.origin] ?? 'reader',
    createdAt: created,
    updatedAt: fields.modified ?? created,
  };
  const parsed = v.safeParse(AnnotationSchema, candidate);
  if (parsed.success) return { ok: true, annotation: parsed.output };
  return {
    ok: false,
    problems: parsed.issues.map((issue) => {
      const keys = (issue.path ?? []).map((p) => p.key as string | number);
      return `${at}.${w3cField(keys, quoteAt, positionAt)}: ${formatIssue({ ...issue, path: undefined })}`;
    }),
  };
}

function safeSite(url: string): string {
  try {
    return siteOf(url);
  } catch {
    return '';
  }
}

/** Where a native field came from in the W3C record, so the reader can find it in the file. */
function w3cField(keys: (string | number)[], quoteAt: number, positionAt: number): string {
  const [first, second, third] = keys;
  switch (first) {
    case 'url':
    case 'site':
      return 'target.source';
    case 'title':
      return W3C_TERMS.title;
    case 'speaker':
      return W3C_TERMS.speaker;
    case 'origin':
      return W3C_TERMS.origin;
    case 'createdAt':
      return 'created';
    case 'updatedAt':
      return 'modified';
    case 'note':
      return 'body';
    case 'target': {
      const at = second === 'quote' ? quoteAt : positionAt;
      return `target.selector[${Math.max(at, 0)}]${third === undefined ? '' : `.${third}`}`;
    }
    default:
      return String(first ?? '');
  }
}

/**
 * Imports a parsed W3C Web Annotation file (an AnnotationCollection or AnnotationPage), all or
 * nothing; the synchronous twin of the review page's chunked import.
 */
export function importW3c(file: Record<string, unknown>): ImportOutcome {
  const found = w3cItems(file);
  if (!found.ok) return { ok: false, problems: [found.problem], truncated: false };
  if (found.items.length > LIMITS.annotations) {
    return {
      ok: false,
      problems: [`${found.path}: expected at most ${LIMITS.annotations} annotations`],
      truncated: false,
    };
  }
  const annotations: Annotation[] = [];
  const problems: string[] = [];
  const seen = new Map<string, number>();
  for (let i = 0; i < found.items.length && problems.length <= MAX_LISTED_PROBLEMS; i++) {
    const converted = convertW3cItem(found.items[i], `${found.path}[${i}]`);
    if (!converted.ok) {
      problems.push(...converted.problems);
      continue;
    }
    const first = seen.get(converted.annotation.id);
    if (first !== undefined) {
      problems.push(
        `${found.path}[${i}].id: duplicate id ${describeValue(converted.annotation.id)} (first used by ${found.path}[${first}])`,
      );
    }
    seen.set(converted.annotation.id, i);
    annotations.push(converted.annotation);
  }
  if (problems.length) {
    return {
      ok: false,
      problems: problems.slice(0, MAX_LISTED_PROBLEMS),
      truncated: problems.length > MAX_LISTED_PROBLEMS,
    };
  }
  return { ok: true, annotations };
}
