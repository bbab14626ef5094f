import * as v from 'valibot';

const MAX_QUOTE = 20_000;
const MAX_NOTE = 100_000;
/** About a million words: more than any article; longer texts are refused, not truncated silently. */
const MAX_ARTICLE = 6_000_000;

const LabelSchema = v.picklist(['speculation', 'reported', 'note']);

const TargetSchema = v.strictObject({
  quote: v.strictObject({
    type: v.literal('TextQuoteSelector'),
    exact: v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_QUOTE)),
    prefix: v.pipe(v.string(), v.maxLength(64)),
    suffix: v.pipe(v.string(), v.maxLength(64)),
  }),
  position: v.pipe(
    v.strictObject({
      type: v.literal('TextPositionSelector'),
      start: v.pipe(v.number(), v.integer(), v.minValue(0)),
      end: v.pipe(v.number(), v.integer(), v.minValue(0)),
    }),
    v.check((p) => p.start <= p.end, 'start must not be after end'),
  ),
});

const HttpUrlSchema = v.pipe(
  v.string(),
  v.maxLength(4096),
  v.regex(/^https?:\/\//i, 'must be an http(s) URL'),
);

/** Payload schemas of every background message, keyed by message type. */
export const backgroundPayloadSchemas = {
  listAnnotations: v.strictObject({ url: HttpUrlSchema }),
  createAnnotation: v.strictObject({
    url: HttpUrlSchema,
    title: v.pipe(v.string(), v.maxLength(2000)),
    target: TargetSchema,
    label: LabelSchema,
    note: v.pipe(v.string(), v.maxLength(MAX_NOTE)),
    speaker: v.optional(v.nullable(v.pipe(v.string(), v.maxLength(500)))),
    origin: v.optional(v.picklist(['reader', 'suggestion'])),
  }),
  updateAnnotation: v.strictObject({
    id: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
    changes: v.strictObject({
      label: v.optional(LabelSchema),
      note: v.optional(v.pipe(v.string(), v.maxLength(MAX_NOTE))),
    }),
  }),
  deleteAnnotation: v.strictObject({ id: v.pipe(v.string(), v.minLength(1), v.maxLength(100)) }),
  analyzeArticle: v.strictObject({
    url: HttpUrlSchema,
    text: v.pipe(v.string(), v.maxLength(MAX_ARTICLE)),
    blocks: v.pipe(
      v.array(
        v.strictObject({
          start: v.pipe(v.number(), v.integer(), v.minValue(0)),
          end: v.pipe(v.number(), v.integer(), v.minValue(0)),
          tag: v.pipe(v.string(), v.maxLength(20)),
        }),
      ),
      v.maxLength(100_000),
    ),
  }),
};

/** Validates a payload; returns the first problem as "field: message", or null when valid. */
export function payloadProblem<K extends keyof typeof backgroundPayloadSchemas>(
  type: K,
  data: unknown,
): string | null {
  const result = v.safeParse(backgroundPayloadSchemas[type], data);
  if (result.success) return null;
  const issue = result.issues[0];
  const path = issue.path?.map((p) => String(p.key)).join('.') ?? '';
  return `${type}: ${path ? path + ': ' : ''}${issue.message}`;
}
