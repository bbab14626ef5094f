import * as v from 'valibot';
import { ANNOTATION_LABELS, type Annotation } from '../db/types';
import { expected } from './issue-format';

/** The native file's self-description; bump NATIVE_VERSION on any breaking change. */
export const NATIVE_FORMAT = 'claimlight';
export const NATIVE_VERSION = 1;

/**
 * Upper bounds for imported strings: generous for real use (a whole article as a quote, a
 * long essay as a note) but small enough that a hostile file cannot make the review page
 * render megabytes per row.
 */
export const LIMITS = {
  id: 128,
  url: 8192,
  site: 253,
  title: 2000,
  quote: 100_000,
  context: 256,
  note: 100_000,
  speaker: 300,
  annotations: 100_000,
} as const;

const ORIGINS = ['reader', 'suggestion'] as const;

const text = (max: number, what = 'a string') =>
  v.pipe(
    v.string(expected(what)),
    v.maxLength(max, (issue) => `expected at most ${max} characters, got ${issue.received}`),
  );

const offset = v.pipe(
  v.number(expected('a whole number ≥ 0')),
  v.integer(expected('a whole number ≥ 0')),
  v.minValue(0, expected('a whole number ≥ 0')),
  v.maxValue(Number.MAX_SAFE_INTEGER, expected('a smaller number')),
);

function isHttpUrl(value: string): boolean {
  try {
    const { protocol } = new URL(value);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * isoTimestamp() checks the shape only; this rejects 2025-02-30 and friends. A value without
 * a date shape passes here: isoTimestamp() already reported it, once is clearer than twice.
 * Only the first ten characters (`yyyy-mm-dd`) matter.
 */
function isCalendarDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}/.test(value)) return true;
  const [year, month, day] = value.slice(0, 10).split('-').map(Number);
  if (!year || !month || !day) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * A check that remembers its answers. An import of 100,000 annotations has them on a few
 * thousand pages and days: parsing each URL and date once instead of once per record saves
 * about a fifth of the schema's time. It holds up to 20,000 answers (a cache smaller than
 * the number of pages would miss every time when records cycle through the pages), values
 * over 1,000 characters are not kept (20 MB in the worst case, a few hundred KB for real
 * URLs), and it forgets everything when full.
 */
function remembered(check: (value: string) => boolean, key = (value: string) => value) {
  const known = new Map<string, boolean>();
  return (value: string): boolean => {
    const k = key(value);
    if (k.length > 1000) return check(k);
    let answer = known.get(k);
    if (answer === undefined) {
      answer = check(k);
      if (known.size >= 20_000) known.clear();
      known.set(k, answer);
    }
    return answer;
  };
}

const isHttpUrlRemembered = remembered(isHttpUrl);
const isCalendarDate = remembered(isCalendarDay, (value) => value.slice(0, 10));

/** An ISO 8601 timestamp with time and zone, like `2025-03-04T10:15:00.000Z`. */
export const IsoTimestampSchema = v.pipe(
  v.string(expected('an ISO 8601 timestamp')),
  v.isoTimestamp(expected('an ISO 8601 timestamp like 2025-03-04T10:15:00.000Z')),
  v.check(isCalendarDate, expected('a real calendar date')),
);

/** Only web pages: a `javascript:` or `data:` URL must never become a link in the review page. */
export const HttpUrlSchema = v.pipe(
  text(LIMITS.url),
  v.check(isHttpUrlRemembered, expected('an http(s) URL')),
);

export const TextTargetSchema = v.strictObject({
  quote: v.strictObject({
    type: v.literal('TextQuoteSelector', expected('"TextQuoteSelector"')),
    exact: v.pipe(text(LIMITS.quote), v.minLength(1, expected('a non-empty quote'))),
    prefix: text(LIMITS.context),
    suffix: text(LIMITS.context),
  }),
  position: v.pipe(
    v.strictObject({
      type: v.literal('TextPositionSelector', expected('"TextPositionSelector"')),
      start: offset,
      end: offset,
    }),
    v.check(
      (p) => p.start <= p.end,
      (issue) => {
        const p = issue.input as { start: number; end: number };
        return `expected start ≤ end, got start ${p.start} and end ${p.end}`;
      },
    ),
  ),
});

/** One annotation record exactly as stored and exported; unknown keys are rejected. */
export const AnnotationSchema = v.strictObject({
  id: v.pipe(text(LIMITS.id), v.minLength(1, expected('a non-empty id'))),
  url: HttpUrlSchema,
  site: text(LIMITS.site),
  title: text(LIMITS.title),
  target: TextTargetSchema,
  label: v.picklist(ANNOTATION_LABELS, expected(`one of ${ANNOTATION_LABELS.join(', ')}`)),
  note: text(LIMITS.note),
  speaker: v.nullable(text(LIMITS.speaker, 'a string or null')),
  origin: v.picklist(ORIGINS, expected(`one of ${ORIGINS.join(', ')}`)),
  createdAt: IsoTimestampSchema,
  updatedAt: IsoTimestampSchema,
});

/** The native file with its records left unchecked, so they can be checked one at a time. */
export const NativeEnvelopeSchema = v.strictObject({
  format: v.literal(NATIVE_FORMAT, expected(`"${NATIVE_FORMAT}"`)),
  version: v.literal(NATIVE_VERSION, expected(String(NATIVE_VERSION))),
  exportedAt: IsoTimestampSchema,
  annotations: v.pipe(
    v.array(v.unknown(), expected('an array of annotations')),
    v.maxLength(LIMITS.annotations, expected(`at most ${LIMITS.annotations} annotations`)),
  ),
});

/** The whole native file, records included. */
export const NativeExportSchema = v.strictObject({
  ...NativeEnvelopeSchema.entries,
  annotations: v.pipe(
    v.array(AnnotationSchema, expected('an array of annotations')),
    v.maxLength(LIMITS.annotations, expected(`at most ${LIMITS.annotations} annotations`)),
  ),
});

export type NativeExport = v.InferOutput<typeof NativeExportSchema>;

// Compile-time guard: the schema and utils/db's Annotation type must not drift apart.
type Equals<A, B> =
  (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Assert<T extends true> = T;
export type AnnotationSchemaMatchesType = Assert<
  Equals<v.InferOutput<typeof AnnotationSchema>, Annotation>
>;
