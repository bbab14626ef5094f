import * as v from 'valibot';
import { HttpUrlSchema, LIMITS, TextTargetSchema } from '../export/schema';

/** About a million words: more than any article; longer texts are refused, not truncated silently. */
const MAX_ARTICLE = 6_000_000;

const LabelSchema = v.picklist(['speculation', 'reported', 'note']);
const IdSchema = v.pipe(v.string(), v.minLength(1), v.maxLength(LIMITS.id));
const IdListSchema = v.pipe(v.array(IdSchema), v.maxLength(LIMITS.annotations));

/**
 * Payload schemas of every background message, keyed by message type. Field rules (URLs,
 * selectors, lengths) are the export schema's, so a message can never store what an
 * export could not carry.
 */
export const backgroundPayloadSchemas = {
  listAnnotations: v.strictObject({ url: HttpUrlSchema }),
  createAnnotation: v.strictObject({
    url: HttpUrlSchema,
    title: v.pipe(v.string(), v.maxLength(LIMITS.title)),
    target: TextTargetSchema,
    label: LabelSchema,
    note: v.pipe(v.string(), v.maxLength(LIMITS.note)),
    speaker: v.optional(v.nullable(v.pipe(v.string(), v.maxLength(LIMITS.speaker)))),
    origin: v.optional(v.picklist(['reader', 'suggestion'])),
  }),
  updateAnnotation: v.strictObject({
    url: HttpUrlSchema,
    id: IdSchema,
    changes: v.strictObject({
      label: v.optional(LabelSchema),
      note: v.optional(v.pipe(v.string(), v.maxLength(LIMITS.note))),
    }),
  }),
  deleteAnnotation: v.strictObject({ url: HttpUrlSchema, id: IdSchema }),
  retargetAnnotation: v.strictObject({
    url: HttpUrlSchema,
    id: IdSchema,
    target: TextTargetSchema,
  }),
  reportAnchoring: v.strictObject({
    url: HttpUrlSchema,
    found: IdListSchema,
    missing: IdListSchema,
  }),
  openInPage: v.strictObject({ url: HttpUrlSchema, id: IdSchema }),
  takeFocusRequest: v.strictObject({ url: HttpUrlSchema }),
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
