import type { TextTarget } from '../anchoring/types';
import type { Annotation } from '../db/types';
import { NATIVE_FORMAT, NATIVE_VERSION, type NativeExport } from './schema';

/**
 * The native JSON export. Every object is rebuilt key by key, so the file has the same key
 * order whatever order Dexie or an edit left the properties in (diffable backups), and
 * carries nothing that is not part of the format (no stray runtime properties).
 */
export function toNativeExport(
  annotations: readonly Annotation[],
  now: Date = new Date(),
): NativeExport {
  return {
    format: NATIVE_FORMAT,
    version: NATIVE_VERSION,
    exportedAt: now.toISOString(),
    annotations: annotations.map(canonicalAnnotation),
  };
}

/** An annotation with its keys in the documented order. */
export function canonicalAnnotation(a: Annotation): Annotation {
  return {
    id: a.id,
    url: a.url,
    site: a.site,
    title: a.title,
    target: canonicalTarget(a.target),
    label: a.label,
    note: a.note,
    speaker: a.speaker,
    origin: a.origin,
    createdAt: a.createdAt,
    updatedAt: a.updatedAt,
  };
}

function canonicalTarget(t: TextTarget): TextTarget {
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: t.quote.exact,
      prefix: t.quote.prefix,
      suffix: t.quote.suffix,
    },
    position: { type: 'TextPositionSelector', start: t.position.start, end: t.position.end },
  };
}
