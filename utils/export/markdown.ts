import type { Annotation, AnnotationLabel } from '../db/types';

const LABEL_NAMES: Record<AnnotationLabel, string> = {
  speculation: 'Speculation',
  reported: 'Reported fact',
  note: 'Note',
};

/** Escapes characters that would turn a title into link or emphasis syntax. */
function escapeInline(text: string): string {
  return text
    .replace(/([\\`*_[\]<>#|])/g, '\\$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Makes a reader's note or a page's text inert in Markdown: raw HTML (`<img onerror=…>`,
 * `<script>`), autolinks and link syntax (`[x](javascript:…)`) would otherwise come alive in
 * any renderer that allows them. Backslash escapes keep the characters visible as typed.
 */
function escapeMarkup(text: string): string {
  return text.replace(/([\\<>[\]])/g, '\\$1');
}

/** `<…>` keeps a URL with parentheses or spaces intact as a link destination. */
const linkTarget = (url: string) => `<${url.replace(/[<>\s]/g, encodeURIComponent)}>`;

/** A quote as a block quote; each of its lines prefixed, so a line break cannot end it early. */
function blockQuote(text: string): string {
  return text
    .trim()
    .split(/\r?\n/)
    .map((line) =>
      `> ${escapeMarkup(line).replace(/^(\s*)([#>*+-]|\d+\.)(\s)/, '$1\\$2$3')}`.trimEnd(),
    )
    .join('\n');
}

/**
 * One page as Markdown, for pasting into a notes app: a heading linking to the article,
 * then each passage as a block quote with its label, speaker and note, in reading order.
 */
export function pageToMarkdown(annotations: readonly Annotation[]): string {
  const first = annotations[0];
  if (!first) return '';
  const inOrder = [...annotations].sort(
    (a, b) => a.target.position.start - b.target.position.start,
  );
  const lines = [`## [${escapeInline(first.title || first.url)}](${linkTarget(first.url)})`, ''];
  lines.push(
    `${first.site} · ${annotations.length} ${annotations.length === 1 ? 'passage' : 'passages'}`,
    '',
  );
  for (const a of inOrder) {
    lines.push(blockQuote(a.target.quote.exact), '');
    const meta = [`**${LABEL_NAMES[a.label]}**`];
    if (a.speaker) meta.push(`attributed to ${escapeInline(a.speaker)}`);
    meta.push(a.createdAt.slice(0, 10));
    lines.push(meta.join(' · '), '');
    if (a.note)
      lines.push(
        ...a.note
          .trim()
          .split(/\r?\n/)
          .map((l) => `- ${escapeMarkup(l)}`.trimEnd()),
        '',
      );
  }
  return lines.join('\n');
}

/** Several pages, one section each, in the order their annotations come (newest page first). */
export function toMarkdown(annotations: readonly Annotation[], now: Date = new Date()): string {
  const pages = new Map<string, Annotation[]>();
  for (const a of annotations) {
    const list = pages.get(a.url);
    if (list) list.push(a);
    else pages.set(a.url, [a]);
  }
  const header = `# Claimlight notes (${now.toISOString().slice(0, 10)})\n`;
  return [header, ...[...pages.values()].map(pageToMarkdown)].join('\n');
}
