import { describe, expect, it } from 'vitest';
import { pageToMarkdown, toMarkdown } from '../../../utils/export/markdown';
import { sampleAnnotation } from '../sample-annotation';

const first = sampleAnnotation({
  id: '1',
  title: 'Port [Halden] weighs a *new* wall',
  note: 'Compare with the 2025 budget.\nAsk the council.',
  speaker: 'Mirela Osei',
});
const second = sampleAnnotation({
  id: '2',
  label: 'reported',
  target: {
    ...first.target,
    quote: { ...first.target.quote, exact: 'the tide peaked\n# at 2.9 metres' },
    position: { type: 'TextPositionSelector', start: 10, end: 40 },
  },
});

describe('Markdown export', () => {
  it('writes a page: linked title, quotes in reading order with labels, speakers and notes', () => {
    expect(pageToMarkdown([first, second])).toBe(
      [
        '## [Port \\[Halden\\] weighs a \\*new\\* wall](<https://news.example.org/2026/harbour-wall>)',
        '',
        'news.example.org · 2 passages',
        '',
        '> the tide peaked',
        '> \\# at 2.9 metres',
        '',
        '**Reported fact** · 2026-03-14',
        '',
        '> the wall alone may not be enough',
        '',
        '**Speculation** · attributed to Mirela Osei · 2026-03-14',
        '',
        '- Compare with the 2025 budget.',
        '- Ask the council.',
        '',
      ].join('\n'),
    );
  });

  it('writes one section per page', () => {
    const other = sampleAnnotation({ id: '3', url: 'https://other.example/a', title: 'Other' });
    const text = toMarkdown([first, other, second], new Date('2026-04-01T00:00:00Z'));
    expect(text.startsWith('# Claimlight notes (2026-04-01)')).toBe(true);
    expect(text.match(/^## /gm)).toHaveLength(2);
  });
});
