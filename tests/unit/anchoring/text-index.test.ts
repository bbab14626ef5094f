import { parseHTML } from 'linkedom';
import { seededRandom } from '../../../scripts/lib/seeded-random';
import { describe, expect, it } from 'vitest';
import {
  boundaryPointsFromSpan,
  buildTextIndex,
  rangeFromSpan,
  spanFromRange,
  type RangeLike,
  type TextIndex,
} from '@/utils/anchoring/text-index';

function page(bodyHtml: string): { document: Document; root: Element } {
  const { document } = parseHTML(`<!doctype html><html><body>${bodyHtml}</body></html>`);
  const root = document.querySelector('#root');
  if (!root) throw new Error('fixture needs #root');
  return { document: document as unknown as Document, root: root as Element };
}

/** The text a span's DOM boundary points cover, read back from the Text nodes themselves. */
function domTextOf(index: TextIndex, span: { start: number; end: number }): string | null {
  const points = boundaryPointsFromSpan(index, span);
  if (!points) return null;
  const { startContainer, startOffset, endContainer, endOffset } = points;
  if (startContainer === endContainer) return startContainer.data.slice(startOffset, endOffset);
  let text = startContainer.data.slice(startOffset);
  let node: Node | null = startContainer;
  for (;;) {
    node = node.firstChild ?? nextOut(node);
    if (!node) return null;
    if (node === endContainer) return text + endContainer.data.slice(0, endOffset);
    if (node.nodeType === 3 && index.nodes.has(node as Text)) text += (node as Text).data;
  }
}
function nextOut(node: Node): Node | null {
  for (let n: Node | null = node; n; n = n.parentNode) if (n.nextSibling) return n.nextSibling;
  return null;
}
const collapse = (s: string) => s.replace(/\s+/g, ' ');

const ARTICLE_HTML = `<div id="root">
  <h1>  Pier   vote
    due next week</h1>
  <p>The council <em>said</em> on Monday that the <a href="#">ferry pier</a> may close.</p>
  <script>var tracking = "not prose";</script>
  <style>p { color: red }</style>
  <p>Residents&nbsp;were   told
     in a <b>letter</b>.<claimlight-toolbar>Label as speculation</claimlight-toolbar></p>
  <aside class="ad">Buy a boat today</aside>
  <template><p>hidden</p></template><noscript>Enable scripts</noscript>
  <textarea>draft</textarea>
</div><p id="after">Footer text</p>`;

describe('buildTextIndex', () => {
  const { root } = page(ARTICLE_HTML);
  const index = buildTextIndex(root, { skip: (el) => el.classList.contains('ad') });

  it('collapses whitespace, trims the ends and skips non-prose and claimlight elements', () => {
    expect(index.text).toBe(
      'Pier vote due next week The council said on Monday that the ferry pier may close. ' +
        'Residents were told in a letter.',
    );
  });

  it('keeps one run per linear piece, not per character', () => {
    expect(index.runs.starts.length).toBeLessThan(30);
    expect(index.runs.starts).toEqual([...index.runs.starts].sort((a, b) => a - b));
  });

  it('maps every word back to the same characters in the DOM', () => {
    for (const m of index.text.matchAll(/\S+/g)) {
      const span = { start: m.index, end: m.index + m[0].length };
      expect(domTextOf(index, span)).toBe(m[0]);
    }
  });

  it('maps spans across elements and collapsed whitespace', () => {
    const start = index.text.indexOf('said on Monday');
    const end = index.text.indexOf('may close.') + 'may close.'.length;
    const dom = domTextOf(index, { start, end });
    expect(dom && collapse(dom)).toBe('said on Monday that the ferry pier may close.');
    const wrapped = index.text.indexOf('Pier vote due');
    expect(domTextOf(index, { start: wrapped, end: wrapped + 13 })).toMatch(/^Pier\s+vote\s+due$/);
  });

  it('rejects empty and out-of-range spans', () => {
    expect(boundaryPointsFromSpan(index, { start: 3, end: 3 })).toBeNull();
    expect(boundaryPointsFromSpan(index, { start: -1, end: 3 })).toBeNull();
    expect(boundaryPointsFromSpan(index, { start: 0, end: index.text.length + 1 })).toBeNull();
  });

  it('indexes an empty or all-whitespace root as empty text', () => {
    expect(buildTextIndex(page('<div id="root">  \n <script>x</script> </div>').root).text).toBe(
      '',
    );
  });
});

describe('spanFromRange', () => {
  const { document, root } = page(ARTICLE_HTML);
  const index = buildTextIndex(root);
  const text = (selector: string, nth = 0) => {
    const el = document.querySelector(selector);
    const node = el?.childNodes[nth];
    if (!node) throw new Error(`no text under ${selector}`);
    return node as Text;
  };
  const range = (sc: Node, so: number, ec: Node, eo: number): RangeLike => ({
    startContainer: sc,
    startOffset: so,
    endContainer: ec,
    endOffset: eo,
  });
  const spanText = (r: RangeLike) => {
    const span = spanFromRange(index, r);
    return span && index.text.slice(span.start, span.end);
  };

  it('maps text boundary points, trimming surrounding whitespace', () => {
    const p = text('p');
    expect(spanText(range(p, 3, p, 13))).toBe('council');
    expect(spanText(range(p, 0, p, 4))).toBe('The');
  });

  it('handles element boundary points (a double-clicked or triple-clicked element)', () => {
    const em = document.querySelector('em')!;
    expect(spanText(range(em, 0, em, 1))).toBe('said');
    const p = document.querySelector('p')!;
    expect(spanText(range(p, 0, p, p.childNodes.length))).toBe(
      'The council said on Monday that the ferry pier may close.',
    );
  });

  it('resolves points inside skipped elements to the nearest indexed text', () => {
    const script = text('script');
    const toolbar = text('claimlight-toolbar');
    expect(spanText(range(script, 3, toolbar, 5))).toBe('Residents were told in a letter.');
  });

  it('clamps points outside the root to its start or end', () => {
    const body = document.body;
    const footer = text('#after');
    expect(spanText(range(body, 0, footer, 3))).toBe(index.text);
    expect(spanText(range(text('h1'), 9, body, body.childNodes.length))).toBe(
      index.text.slice(index.text.indexOf('vote')),
    );
  });

  it('maps an offset inside collapsed whitespace to the single space', () => {
    const h1 = text('h1');
    // "  Pier   vote": offset 8 is inside the run of three spaces.
    expect(spanText(range(h1, 8, h1, 13))).toBe('vote');
  });

  it('returns null when only whitespace or skipped text is selected', () => {
    const script = text('script');
    expect(spanFromRange(index, range(script, 0, script, 5))).toBeNull();
    const h1 = text('h1');
    expect(spanFromRange(index, range(h1, 6, h1, 9))).toBeNull();
  });

  it('round-trips spans through DOM boundary points', () => {
    for (const m of index.text.matchAll(/\S+(?: \S+){0,3}/g)) {
      const span = { start: m.index, end: m.index + m[0].length };
      const points = boundaryPointsFromSpan(index, span)!;
      expect(spanFromRange(index, points)).toEqual(span);
    }
  });
});

describe('rangeFromSpan', () => {
  it('creates a Range in the root document with the computed boundary points', () => {
    const { document, root } = page(ARTICLE_HTML);
    const index = buildTextIndex(root);
    // linkedom's Range cannot set boundaries, so record what rangeFromSpan asks for.
    const calls: unknown[][] = [];
    const fake = {
      setStart: (...args: unknown[]) => calls.push(['start', ...args]),
      setEnd: (...args: unknown[]) => calls.push(['end', ...args]),
    };
    (document as unknown as { createRange: () => unknown }).createRange = () => fake;
    const start = index.text.indexOf('ferry pier');
    const range = rangeFromSpan(index, { start, end: start + 'ferry pier'.length });
    const link = document.querySelector('a')!.firstChild;
    expect(range).toBe(fake);
    expect(calls).toEqual([
      ['start', link, 0],
      ['end', link, 10],
    ]);
    expect(rangeFromSpan(index, { start: 5, end: 5 })).toBeNull();
  });
});

describe('buildTextIndex on random whitespace', () => {
  // Words, single spaces, runs, tabs, newlines and no-break spaces, split over nodes at
  // random: the index text is the collapsed text, and every run reads back from its node.
  const PIECES = ['word', 'x', ' ', ' ', ' ', '  ', '\n', '\t', '\u00a0', ' \n ', 'a b'];
  it.each([1, 2, 3, 4, 5, 6, 7, 8])('seed %i', (seed) => {
    const next = seededRandom(seed);
    const nodes = Array.from({ length: 30 }, () =>
      Array.from(
        { length: 1 + Math.floor(next() * 6) },
        () => PIECES[Math.floor(next() * PIECES.length)]!,
      ).join(''),
    );
    const { document } = parseHTML(
      '<!doctype html><html><body><div id="root"></div></body></html>',
    );
    const root = document.querySelector('#root')!;
    for (const data of nodes) {
      const span = document.createElement('span');
      span.append(document.createTextNode(data));
      root.append(span);
    }
    const index = buildTextIndex(root as unknown as Element);
    expect(index.text).toBe(collapse(nodes.join('')).trim());
    const { nodes: runNodes, starts, nodeOffsets } = index.runs;
    starts.forEach((start, i) => {
      const piece = index.text.slice(start, starts[i + 1] ?? index.text.length);
      const fromNode = runNodes[i]!.data.slice(nodeOffsets[i]!, nodeOffsets[i]! + piece.length);
      // A run maps onto consecutive characters of its node: each space in it stands for a
      // whitespace character there, every other character is the node's own.
      expect(fromNode.replace(/\s/g, ' ')).toBe(piece);
    });
  });
});
