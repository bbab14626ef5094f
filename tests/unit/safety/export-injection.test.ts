import { describe, expect, it } from 'vitest';
import { pageToMarkdown } from '@/utils/export/markdown';
import { toNativeExport } from '@/utils/export/native';
import { parseImport } from '@/utils/export/parse-import';
import { toW3cCollection } from '@/utils/export/w3c';
import { ferryAnnotation } from '../../fixtures/safety/annotations';

/**
 * Markup a reader types into a note, or a page carries in its text and title, stays inert
 * text in every export format: JSON strings in the native and W3C files (and back unchanged
 * on import), backslash-escaped in Markdown so no renderer turns it into HTML or a link.
 */
const PAYLOADS = [
  '<img src=x onerror=alert(1)>',
  '<script>alert(document.cookie)</script>',
  '[click me](javascript:alert(1))',
  '<javascript:alert(1)>',
  '"><svg onload=alert(1)>',
  '</textarea><iframe src=javascript:alert(1)>',
  'a \\<b> already escaped',
];

const hostile = (payload: string) =>
  ferryAnnotation({
    note: `${payload}\nsecond line ${payload}`,
    title: `${payload} title`,
    speaker: payload,
    target: {
      ...ferryAnnotation().target,
      quote: { ...ferryAnnotation().target.quote, exact: `quoted ${payload}` },
    },
  });

/** Markdown's backslash escapes undone: what a renderer shows as text. */
const unescape = (line: string) => line.replace(/\\([!-/:-@[-`{-~])/g, '$1');

describe.each(PAYLOADS)('the payload %s', (payload) => {
  it('round-trips as a JSON string through the native export and import', () => {
    const a = hostile(payload);
    const text = JSON.stringify(toNativeExport([a]), null, 2);
    const parsed = parseImport(text, 'native.json');
    expect(parsed.ok && parsed.annotations).toEqual([a]);
  });

  it('round-trips as a JSON string through the W3C export and import', () => {
    const a = hostile(payload);
    const text = JSON.stringify(toW3cCollection([a]), null, 2);
    expect(JSON.parse(text)).toBeTruthy();
    const parsed = parseImport(text, 'w3c.jsonld');
    expect(parsed.ok).toBe(true);
    const back = parsed.ok ? parsed.annotations[0] : undefined;
    expect(back?.note).toBe(a.note);
    expect(back?.target.quote.exact).toBe(a.target.quote.exact);
  });

  it('has every HTML and link character escaped in Markdown, and reads back as typed', () => {
    const a = hostile(payload);
    const lines = pageToMarkdown([a]).split('\n');
    const quoted = lines.filter((l) => l.startsWith('> ')).map((l) => l.slice(2));
    const noted = lines.filter((l) => l.startsWith('- ')).map((l) => l.slice(2));
    for (const line of [...quoted, ...noted]) {
      // An unescaped < > [ ] is one with an even number of backslashes before it.
      expect(line).not.toMatch(/(^|[^\\])(\\\\)*[<>[\]]/);
    }
    expect(quoted.map(unescape)).toEqual([`quoted ${payload}`]);
    expect(noted.map(unescape)).toEqual([payload, `second line ${payload}`]);
    const heading = lines.find((l) => l.startsWith('## '))!;
    expect(heading).not.toMatch(/(^|[^\\])(\\\\)*<(?!https:)/);
  });
});
