import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import {
  mutationTouchesText,
  type TextMutation,
} from '@/entrypoints/article.content/anchor-mutations';

const { document } = parseHTML(
  '<html><body><main><p id="p">Words here.</p><script id="s">var x;</script>' +
    '<claimlight-card id="c"><span>Label</span></claimlight-card><div id="d"></div></main></body></html>',
) as unknown as { document: Document };

const el = (id: string) => document.getElementById(id)!;
const html = (markup: string) => {
  const box = document.createElement('div');
  box.innerHTML = markup;
  return box.firstChild!;
};
const list = (...nodes: Node[]) => nodes as unknown as NodeList;
const added = (target: Node, ...nodes: Node[]): TextMutation => ({
  type: 'childList',
  target,
  addedNodes: list(...nodes),
  removedNodes: list(),
});

describe('mutationTouchesText', () => {
  it.each<[string, () => TextMutation, boolean]>([
    ['a paragraph with words added', () => added(el('d'), html('<p>New <b>text</b></p>')), true],
    ['a text node added', () => added(el('p'), document.createTextNode('more')), true],
    [
      'text deep inside an added subtree',
      () => added(el('d'), html('<div><div><i>x</i></div></div>')),
      true,
    ],
    ['an empty element added', () => added(el('d'), html('<div class="ad-slot"></div>')), false],
    ['whitespace added', () => added(el('d'), document.createTextNode('\n   ')), false],
    ['an image added', () => added(el('d'), html('<img src="a.png">')), false],
    ['a script with code added', () => added(el('d'), html('<script>var y = 1;</script>')), false],
    [
      'a subtree whose only text is a style',
      () => added(el('d'), html('<div><style>p{}</style></div>')),
      false,
    ],
    [
      'text changed inside Claimlight UI',
      () => added(el('c'), document.createTextNode('Saved')),
      false,
    ],
    ['text changed inside a script', () => ({ ...added(el('s')), type: 'characterData' }), false],
    [
      'a text node edited in the article',
      () => ({ ...added(el('p').firstChild!), type: 'characterData' }),
      true,
    ],
    [
      'a paragraph removed',
      () => ({
        type: 'childList',
        target: el('d'),
        addedNodes: list(),
        removedNodes: list(html('<p>Gone</p>')),
      }),
      true,
    ],
  ])('%s: %s', (_, record, expected) => {
    expect(mutationTouchesText(record())).toBe(expected);
  });
});
