import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { annotationCard, deletedCard } from '@/entrypoints/article.content/views/annotation-card';
import { setChildren } from '@/entrypoints/article.content/views/dom';
import { labelToolbar, noteDialog } from '@/entrypoints/article.content/views/label-toolbar';
import { noteField } from '@/entrypoints/article.content/views/note-field';
import { reattachBar } from '@/entrypoints/article.content/views/reattach-bar';
import {
  suggestionCard,
  type SuggestionCardState,
} from '@/entrypoints/article.content/views/suggestion-card';
import type { Statement } from '@/utils/analysis/types';
import { sampleAnnotation } from '../sample-annotation';

/**
 * The content script's toolbar and cards, built with plain DOM calls: what they show, that
 * markup in notes stays text, that their buttons call back with the right label, and that an
 * update keeps the controls (and a note being typed) in place rather than rebuilding them.
 */
const MARKUP = '<img src=x onerror=alert(1)>';

/** linkedom's Event: its elements dispatch only their own kind. */
let DomEvent: typeof Event;

beforeAll(() => {
  const dom = parseHTML('<!doctype html><html><body></body></html>');
  DomEvent = dom.Event as unknown as typeof Event;
  vi.stubGlobal('document', dom.document);
});
afterAll(() => vi.unstubAllGlobals());

/** An element's text nodes joined by spaces, runs of white space collapsed (as the E2E tests read it). */
function text(node: Node): string {
  const parts: string[] = [];
  const collect = (n: Node) => {
    if (n.nodeType === 3) parts.push(n.nodeValue ?? '');
    n.childNodes.forEach(collect);
  };
  collect(node);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}
const buttons = (element: Element) => [...element.querySelectorAll('button')];
const named = (element: Element, name: string) =>
  buttons(element).find((b) => text(b) === name && !b.hidden);

function press(target: Element, key: string, shiftKey = false): Event {
  const event = Object.assign(new DomEvent('keydown', { bubbles: true, cancelable: true }), {
    key,
    shiftKey,
  });
  target.dispatchEvent(event);
  return event;
}

function statement(overrides: Partial<Statement> = {}): Statement {
  return {
    text: 'The wall alone may not be enough.',
    start: 0,
    end: 33,
    label: 'speculation',
    attributed: true,
    speaker: 'Mirela Osei',
    quote: false,
    cues: ['may'],
    ...overrides,
  };
}

describe('setChildren', () => {
  it('keeps nodes that stay, in place, and drops the others', () => {
    const parent = document.createElement('div');
    const a = document.createElement('p');
    const b = document.createElement('button');
    const c = document.createElement('p');
    setChildren(parent, [a, b, c]);
    setChildren(parent, [null, b, 'text', false, undefined, '']);
    expect([...parent.childNodes].map((n) => n.nodeName)).toEqual(['BUTTON', '#text']);
    expect(parent.firstChild).toBe(b);
    expect(a.parentNode).toBeNull();
  });

  it('adds strings as text, never as markup', () => {
    const parent = document.createElement('div');
    setChildren(parent, [MARKUP]);
    expect(parent.querySelector('img')).toBeNull();
    expect(parent.textContent).toBe(MARKUP);
  });
});

describe('note field', () => {
  it('saves the trimmed note on Enter, breaks the line on Shift+Enter, cancels on Escape', () => {
    const onSave = vi.fn();
    const onCancel = vi.fn();
    const field = noteField({ initial: ' first ', onSave, onCancel });
    const box = field.querySelector('textarea')!;
    expect(box.getAttribute('aria-label')).toBe('Note');
    expect(box.value).toBe(' first ');
    expect(press(box, 'Enter', true).defaultPrevented).toBe(false);
    expect(onSave).not.toHaveBeenCalled();
    box.value = `  ${MARKUP}  `;
    expect(press(box, 'Enter').defaultPrevented).toBe(true);
    expect(onSave).toHaveBeenCalledWith(MARKUP);
    press(box, 'Escape');
    expect(onCancel).toHaveBeenCalledOnce();
  });

  it('keeps its keys from the page', () => {
    const field = noteField({ onSave: () => undefined, onCancel: () => undefined });
    const outside = vi.fn();
    field.addEventListener('keydown', outside);
    press(field.querySelector('textarea')!, 's');
    expect(outside).not.toHaveBeenCalled();
  });
});

describe('selection toolbar', () => {
  it('offers the three labels with their keys, and calls back with the one chosen', () => {
    const onChoose = vi.fn();
    const toolbar = labelToolbar(onChoose);
    const panel = toolbar.element;
    expect(panel.getAttribute('role')).toBe('toolbar');
    expect(panel.getAttribute('aria-label')).toBe('Claimlight: label this passage');
    expect(buttons(panel).map(text)).toEqual(['Speculation s', 'Reported fact r', 'Note n']);
    expect(buttons(panel).map((b) => b.getAttribute('aria-keyshortcuts'))).toEqual(['s', 'r', 'n']);
    named(panel, 'Reported fact r')!.click();
    expect(onChoose).toHaveBeenCalledWith('reported');
  });

  it('shows an error as an alert and takes it away again, keeping its buttons', () => {
    const toolbar = labelToolbar(() => undefined);
    const before = buttons(toolbar.element);
    toolbar.update({ error: `Not saved: ${MARKUP}` });
    const alert = toolbar.element.querySelector('[role="alert"]')!;
    expect(text(alert)).toBe(`Not saved: ${MARKUP}`);
    expect(toolbar.element.querySelector('img')).toBeNull();
    toolbar.update({});
    expect(toolbar.element.querySelector('[role="alert"]')).toBeNull();
    expect(buttons(toolbar.element)).toEqual(before);
  });

  it('writes a note in a dialog', () => {
    const onSave = vi.fn();
    const dialog = noteDialog({ onSave, onCancel: () => undefined });
    expect(dialog.element.getAttribute('aria-label')).toBe('Claimlight note');
    const box = dialog.element.querySelector('textarea')!;
    box.value = 'Compare with the 2025 budget.';
    press(box, 'Enter');
    expect(onSave).toHaveBeenCalledWith('Compare with the 2025 budget.');
  });
});

describe('re-attach bar', () => {
  it('asks for a selection, then offers to attach there', () => {
    const onAttach = vi.fn();
    const bar = reattachBar({ onAttach, onCancel: () => undefined });
    const quote = 'x'.repeat(100);
    bar.update({ quote, hasSelection: false });
    expect(text(bar.element.querySelector('.hint-line')!)).toBe(
      `Select the text to attach “${'x'.repeat(80)}…” to.`,
    );
    expect(buttons(bar.element).map(text)).toEqual(['Cancel Esc']);
    bar.update({ quote: 'the wall', hasSelection: true, error: 'Not re-attached: gone' });
    expect(text(bar.element)).toContain('Attach “the wall” here?');
    expect(buttons(bar.element).map(text)).toEqual(['Attach here a', 'Cancel Esc']);
    expect(text(bar.element.querySelector('[role="alert"]')!)).toBe('Not re-attached: gone');
    named(bar.element, 'Attach here a')!.click();
    expect(onAttach).toHaveBeenCalledOnce();
  });
});

describe('annotation card', () => {
  const actions = () => ({ onRelabel: vi.fn(), onSaveNote: vi.fn(), onDelete: vi.fn() });

  it('shows label, speaker and note as text', () => {
    const card = annotationCard(actions());
    card.update({ annotation: sampleAnnotation({ note: MARKUP, speaker: 'Mirela Osei' }) });
    const panel = card.element;
    expect(panel.getAttribute('role')).toBe('dialog');
    expect(panel.getAttribute('aria-label')).toBe('Claimlight: Speculation');
    expect(text(panel.querySelector('.badge.speculation')!)).toBe('Speculation');
    expect(text(panel.querySelector('.speaker')!)).toBe('Speaker: Mirela Osei');
    expect(panel.querySelector('.note')!.textContent).toBe(MARKUP);
    expect(panel.querySelector('img')).toBeNull();
  });

  it('relabels with the two other labels, keeping the same buttons across updates', () => {
    const callbacks = actions();
    const card = annotationCard(callbacks);
    card.update({ annotation: sampleAnnotation({ label: 'speculation' }) });
    const panel = card.element;
    const relabel = [...panel.querySelectorAll('[role="group"] button')];
    expect(panel.querySelector('[role="group"]')!.getAttribute('aria-label')).toBe('Relabel');
    expect(relabel.map(text)).toEqual(['Reported fact', 'Note']);
    named(panel, 'Note')!.click();
    expect(callbacks.onRelabel).toHaveBeenLastCalledWith('note');

    card.update({ annotation: sampleAnnotation({ label: 'note' }) });
    expect([...panel.querySelectorAll('[role="group"] button')]).toEqual(relabel);
    expect(relabel.map(text)).toEqual(['Speculation', 'Reported fact']);
    expect(relabel.map((b) => b.getAttribute('data-action'))).toEqual([
      'relabel-speculation',
      'relabel-reported',
    ]);
    named(panel, 'Speculation')!.click();
    expect(callbacks.onRelabel).toHaveBeenLastCalledWith('speculation');
    expect(panel.getAttribute('aria-label')).toBe('Claimlight: Note');
  });

  it('edits the note in place; an update meanwhile keeps what is being typed', () => {
    const callbacks = actions();
    const card = annotationCard(callbacks);
    card.update({ annotation: sampleAnnotation({ note: 'old' }) });
    const panel = card.element;
    named(panel, 'Edit note')!.click();
    const box = panel.querySelector('textarea')!;
    expect(box.value).toBe('old');
    expect(panel.querySelector('.actions')).toBeNull();
    box.value = 'half typed';
    card.update({ annotation: sampleAnnotation({ note: 'old', label: 'reported' }) });
    expect(panel.querySelector('textarea')).toBe(box);
    expect(box.value).toBe('half typed');
    expect(text(panel.querySelector('.badge')!)).toBe('Reported fact');

    box.value = 'new note';
    press(box, 'Enter');
    expect(callbacks.onSaveNote).toHaveBeenCalledWith('new note');
    expect(panel.querySelector('textarea')).toBeNull();
    expect(named(panel, 'Edit note')).toBeDefined();
  });

  it('cancels an edit with Escape, and deletes', () => {
    const callbacks = actions();
    const card = annotationCard(callbacks);
    card.update({ annotation: sampleAnnotation({ note: 'kept' }) });
    named(card.element, 'Edit note')!.click();
    press(card.element.querySelector('textarea')!, 'Escape');
    expect(card.element.querySelector('textarea')).toBeNull();
    expect(text(card.element.querySelector('.note')!)).toBe('kept');
    expect(callbacks.onSaveNote).not.toHaveBeenCalled();
    named(card.element, 'Delete')!.click();
    expect(callbacks.onDelete).toHaveBeenCalledOnce();
  });

  it('after a delete, offers undo', () => {
    const onUndo = vi.fn();
    const card = deletedCard(onUndo);
    card.update({});
    expect(card.element.getAttribute('aria-label')).toBe('Claimlight annotation deleted');
    expect(text(card.element)).toBe('Annotation deleted. Undo');
    named(card.element, 'Undo')!.click();
    expect(onUndo).toHaveBeenCalledOnce();
    card.update({ error: 'Not restored' });
    expect(text(card.element.querySelector('[role="alert"]')!)).toBe('Not restored');
  });
});

describe('suggestion card', () => {
  const base = (overrides: Partial<SuggestionCardState>): SuggestionCardState => ({
    category: 'claim',
    statement: undefined,
    figure: undefined,
    speakerRole: null,
    attributed: [],
    ...overrides,
  });

  it('explains a claim: its source with their role and the cues; marks it', () => {
    const onMark = vi.fn();
    const card = suggestionCard({ onMark, onDismiss: () => undefined });
    card.update(
      base({
        statement: statement({ label: 'reported', speaker: 'Harbour Authority', cues: ['said'] }),
        speakerRole: 'the port operator',
      }),
    );
    const panel = card.element;
    expect(panel.getAttribute('aria-label')).toBe('Claimlight: Reported claim');
    expect(panel.querySelector('.speaker')!.textContent).toBe(
      'Source: Harbour Authority, the port operator',
    );
    expect(panel.querySelector('.cues')!.textContent).toBe('Cues: “said”');
    expect(buttons(panel).map(text)).toEqual([
      'Mark as reported fact',
      'Mark as speculation',
      'Dismiss',
    ]);
    named(panel, 'Mark as speculation')!.click();
    expect(onMark).toHaveBeenCalledWith('speculation');
    card.update(base({ statement: statement(), kept: 'speculation' }));
    expect(text(panel)).toContain('Kept as speculation.');
    expect(buttons(panel)).toEqual([]);
  });

  it("shows a person's role and the first five statements the page attributes to them", () => {
    const onDismiss = vi.fn();
    const card = suggestionCard({ onMark: () => undefined, onDismiss });
    const said = Array.from({ length: 7 }, (_, i) =>
      statement({ text: `Statement ${i} ${'y'.repeat(i === 0 ? 150 : 0)}`.trim() }),
    );
    card.update(
      base({
        category: 'person',
        figure: {
          kind: 'person',
          name: 'Mirela Osei',
          role: 'coastal engineer',
          mentions: [],
          spans: [],
        },
        attributed: said,
      }),
    );
    const panel = card.element;
    expect(panel.querySelector('p:not(.badge)')!.textContent).toBe('Mirela Osei, coastal engineer');
    const items = [...panel.querySelectorAll('.attributed li')].map(text);
    expect(items).toHaveLength(6);
    expect(items[0]).toMatch(/^\(speculation\) Statement 0 y+…$/);
    expect(items[0]!.length).toBe('(speculation) '.length + 141);
    expect(items[5]).toBe('and 2 more');
    expect(buttons(panel).map(text)).toEqual(['Dismiss']);
    named(panel, 'Dismiss')!.click();
    expect(onDismiss).toHaveBeenCalledOnce();
  });

  it('says when nothing is attributed to a person, and shows a figure', () => {
    const card = suggestionCard({ onMark: () => undefined, onDismiss: () => undefined });
    card.update(base({ category: 'person' }));
    expect(text(card.element)).toContain('Nothing on this page is attributed to them.');
    card.update(
      base({
        category: 'number',
        figure: { kind: 'number', name: '$410 million', role: null, mentions: [], spans: [] },
      }),
    );
    expect(text(card.element)).toBe('Figure $410 million Dismiss');
  });
});
