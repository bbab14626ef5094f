import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { buildTextIndex, type TextIndex } from '@/utils/anchoring/text-index';
import {
  regionOfMutation,
  updateTextIndex,
  type ChangedRegion,
} from '@/utils/anchoring/text-index-update';
import { seededRandom } from '../../../scripts/lib/seeded-random';

/**
 * The incremental update must give exactly what a fresh build over the changed DOM gives:
 * same text, same runs, same node offsets. Random documents mix inline and block elements,
 * skipped subtrees and text nodes with leading, trailing and only whitespace (where
 * collapsing depends on the neighbours); random batches insert, remove, move and edit.
 */

const PIECES = [
  'pier',
  'vote',
  ' said',
  'the ',
  '  council ',
  ' ',
  '',
  '\n  ',
  'may',
  'close.',
  '\u00a0',
  'ferry\n',
];
const TAGS = ['p', 'span', 'em', 'div', 'b', 'script', 'claimlight-card'];

type Random = () => number;
const pick = <T>(random: Random, list: readonly T[]): T =>
  list[Math.floor(random() * list.length)] as T;

function fillRandom(doc: Document, parent: Node, random: Random, depth: number): void {
  const count = 1 + Math.floor(random() * 4);
  for (let i = 0; i < count; i++) {
    if (depth < 3 && random() < 0.45) {
      const el = doc.createElement(pick(random, TAGS));
      parent.appendChild(el);
      fillRandom(doc, el, random, depth + 1);
    } else {
      parent.appendChild(doc.createTextNode(pick(random, PIECES) + pick(random, PIECES)));
    }
  }
}

function allNodes(root: Node): Node[] {
  const out: Node[] = [];
  const walk = (n: Node) => {
    for (let c = n.firstChild; c; c = c.nextSibling) {
      out.push(c);
      walk(c);
    }
  };
  walk(root);
  return out;
}

/** Applies one random DOM edit and returns the region a MutationRecord would name. */
function mutate(doc: Document, root: Element, random: Random): ChangedRegion {
  const nodes = allNodes(root);
  const texts = nodes.filter((n) => n.nodeType === 3) as Text[];
  const containers = [root as Node, ...nodes.filter((n) => n.nodeType === 1)];
  const kind = random();
  if (kind < 0.3 && texts.length > 0) {
    const text = pick(random, texts);
    text.data = pick(random, PIECES) + pick(random, PIECES);
    return regionOfMutation({
      type: 'characterData',
      target: text,
      previousSibling: null,
      nextSibling: null,
    });
  }
  if (kind < 0.55 && nodes.length > 0) {
    const victim = pick(random, nodes);
    const parent = victim.parentNode as Node;
    const record = {
      type: 'childList' as const,
      target: parent,
      previousSibling: victim.previousSibling,
      nextSibling: victim.nextSibling,
    };
    parent.removeChild(victim);
    return regionOfMutation(record);
  }
  const parent = pick(random, containers);
  const children = Array.from(parent.childNodes);
  const before =
    random() < 0.3 ? null : (children[Math.floor(random() * (children.length + 1))] ?? null);
  let added: Node;
  if (random() < 0.5) added = doc.createTextNode(pick(random, PIECES) + pick(random, PIECES));
  else {
    added = doc.createElement(pick(random, TAGS));
    fillRandom(doc, added, random, 2);
  }
  const record = {
    type: 'childList' as const,
    target: parent,
    previousSibling: before ? before.previousSibling : parent.lastChild,
    nextSibling: before,
  };
  parent.insertBefore(added, before);
  return regionOfMutation(record);
}

function snapshot(index: TextIndex) {
  return {
    text: index.text,
    runs: index.runs.starts.map((s, i) => [
      s,
      index.runs.nodeOffsets[i],
      index.order.indexOf(index.runs.nodes[i] as Text),
    ]),
    nodes: index.order.map((n) => ({ data: n.data, ...index.nodes.get(n) })),
  };
}

function randomPage(seed: number) {
  const random = seededRandom(seed);
  const { document } = parseHTML(
    '<!doctype html><html><body><div id="root"></div><p>after</p></body></html>',
  );
  const root = document.querySelector('#root') as unknown as Element;
  // Paragraph-like blocks under the root, as in an article: most edits land inside one.
  const blocks = 3 + Math.floor(random() * 4);
  for (let i = 0; i < blocks; i++) {
    const block = document.createElement(random() < 0.5 ? 'p' : 'div');
    root.appendChild(block as unknown as Node);
    fillRandom(document as unknown as Document, block as unknown as Node, random, 1);
  }
  return { document: document as unknown as Document, root, random };
}

describe('updateTextIndex', () => {
  it('gives exactly what a fresh build gives after random batches of edits', () => {
    let patched = 0;
    let batches = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2 ** 31 - 1 }),
        fc.integer({ min: 1, max: 4 }),
        (seed, edits) => {
          const { document, root, random } = randomPage(seed);
          let index = buildTextIndex(root);
          for (let batch = 0; batch < 3; batch++) {
            const regions = Array.from({ length: edits }, () => mutate(document, root, random));
            const before = index;
            index = updateTextIndex(index, regions);
            expect(snapshot(index)).toEqual(snapshot(buildTextIndex(root)));
            batches++;
            // The same node map, updated in place, means the patch path ran (not a rebuild).
            if (index.nodes === before.nodes && index !== before) patched++;
          }
        },
      ),
      { numRuns: 400 },
    );
    expect(patched / batches).toBeGreaterThan(0.6);
  });

  it('re-reads only the changed paragraph and keeps the rest of the index', () => {
    const { document } = parseHTML(
      '<!doctype html><html><body><main><p>One pier.</p> <p id="x">Two <em>ferries</em> wait.</p> <p>Three votes.</p></main></body></html>',
    );
    const root = document.querySelector('main') as unknown as Element;
    const index = buildTextIndex(root);
    const firstNode = index.order[0] as Text;
    const lastNode = index.order[index.order.length - 1] as Text;
    const lastBefore = { ...index.nodes.get(lastNode) };
    const em = document.querySelector('em') as unknown as Element;
    (em.firstChild as Text).data = 'old ferries';
    const updated = updateTextIndex(index, [
      regionOfMutation({
        type: 'characterData',
        target: em.firstChild as Node,
        previousSibling: null,
        nextSibling: null,
      }),
    ]);
    expect(updated.text).toBe('One pier. Two old ferries wait. Three votes.');
    expect(updated.nodes.get(firstNode)?.start).toBe(0);
    expect(updated.nodes.get(lastNode)?.start).toBe((lastBefore.start ?? 0) + 4);
    expect(updated.order[0]).toBe(firstNode);
  });

  it('keeps the old text readable, for diffing against the new one', () => {
    const { document } = parseHTML(
      '<!doctype html><html><body><main><p>Alpha beta.</p></main></body></html>',
    );
    const root = document.querySelector('main') as unknown as Element;
    const index = buildTextIndex(root);
    const p = document.querySelector('p') as unknown as Element;
    const record = {
      type: 'childList' as const,
      target: p,
      previousSibling: p.lastChild,
      nextSibling: null,
    };
    p.appendChild(document.createTextNode(' Gamma.') as unknown as Node);
    const updated = updateTextIndex(index, [regionOfMutation(record)]);
    expect(index.text).toBe('Alpha beta.');
    expect(updated.text).toBe('Alpha beta. Gamma.');
  });

  it('ignores changes outside the root and inside skipped elements', () => {
    const { document } = parseHTML(
      '<!doctype html><html><body><main><p>Alpha.</p><script>x</script></main><p id="out">Out</p></body></html>',
    );
    const root = document.querySelector('main') as unknown as Element;
    const index = buildTextIndex(root);
    const script = document.querySelector('script') as unknown as Element;
    const out = document.querySelector('#out') as unknown as Element;
    const regions = [
      { parent: script, after: null, before: null },
      { parent: out, after: null, before: null },
    ];
    expect(updateTextIndex(index, regions)).toBe(index);
  });
});
