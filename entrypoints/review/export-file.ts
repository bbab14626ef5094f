import type { ExportFormat } from '@/components/ExportControls';
import type { Annotation } from '@/utils/db/types';
import { toMarkdown } from '@/utils/export/markdown';
import { toNativeExport } from '@/utils/export/native';
import { toW3cCollection } from '@/utils/export/w3c';
import { downloadText, exportFileName } from './download';

const KIND: Record<ExportFormat, { extension: string; type: string }> = {
  json: { extension: 'json', type: 'application/json' },
  w3c: { extension: 'jsonld', type: 'application/ld+json' },
  markdown: { extension: 'md', type: 'text/markdown' },
};

/** Past this many records the JSON is written without indentation: a third smaller, faster. */
const INDENT_LIMIT = 20_000;

/** Writes annotations in a format and starts the download; `scope` names a partial export. */
export function exportAnnotations(
  annotations: readonly Annotation[],
  format: ExportFormat,
  scope = '',
  now = new Date(),
): void {
  const indent = annotations.length > INDENT_LIMIT ? undefined : 2;
  const text =
    format === 'markdown'
      ? toMarkdown(annotations, now)
      : JSON.stringify(
          format === 'w3c' ? toW3cCollection(annotations, now) : toNativeExport(annotations, now),
          null,
          indent,
        );
  const { extension, type } = KIND[format];
  downloadText(exportFileName(now, extension, scope), text, type);
}

/** A short file-name-safe word for a page export: its site. */
export function scopeOfPage(site: string): string {
  return site.replace(/[^a-z0-9.-]+/gi, '-').slice(0, 60);
}
