import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { LABEL_TEXT } from '@/components/labels';
import type { Annotation } from '@/utils/db/types';
import type { Result } from '@/utils/messaging/result';
import { caretAtPoint, isPlainKey } from './dom-utils';
import type { PageSession } from './page-session';
import type { Suggestion, SuggestionLayer } from './suggestion-layer';
import { createUiHost, placeNear, type Position } from './ui-host';
import { annotationCard, deletedCard } from './views/annotation-card';
import type { View } from './views/dom';
import { suggestionCard, type SuggestionCardState } from './views/suggestion-card';

/** What the card shows: a saved annotation, or an automatic highlight. */
type Shown = {
  /** Pinned cards (opened by click, keyboard or the popup) stay until dismissed. */
  pinned: boolean;
  error?: string;
} & (
  | { kind: 'annotation'; annotation: Annotation; deleted?: { range: Range | undefined } }
  | { kind: 'suggestion'; suggestion: Suggestion; kept?: string }
);

/**
 * The card over a highlight when the pointer rests on it or the caret is placed in it.
 * For a saved annotation: its label and note, with Relabel, Edit note and Delete (with
 * undo). For an automatic highlight: what it is and why, with Mark as… and Dismiss.
 */
export function mountHoverCard(
  ctx: ContentScriptContext,
  session: PageSession,
  suggestions: SuggestionLayer,
) {
  const host = createUiHost('claimlight-card');
  let shown: Shown | undefined;
  let hideTimer: ReturnType<typeof setTimeout> | undefined;
  /** The card's view, made for one annotation (deleted or not) or suggestion: see viewKey. */
  let view: (View<Shown> & { key: string }) | undefined;

  const anchorRange = (state: Shown): Range | undefined =>
    state.kind === 'annotation'
      ? (state.deleted?.range ?? session.layer.rangeOf(state.annotation.id))
      : state.suggestion.range;

  const viewKey = (state: Shown) =>
    state.kind === 'annotation'
      ? `${state.annotation.id}${state.deleted ? ' deleted' : ''}`
      : `suggestion ${state.suggestion.key}`;

  /** A new view for what `state` shows; its buttons act on what the card shows when pressed. */
  const createView = (state: Shown): View<Shown> => {
    if (state.kind === 'suggestion') {
      const { suggestion } = state;
      const card = suggestionCard({
        onMark: (label) => void keep(suggestion, label),
        onDismiss: () => {
          suggestions.dismiss(suggestion.key);
          close();
        },
      });
      return {
        element: card.element,
        update(next) {
          if (next.kind === 'suggestion') card.update(suggestionState(next));
        },
      };
    }
    const { id } = state.annotation;
    /** The annotation as the card shows it now (it may have been relabelled since). */
    const current = () => (shown?.kind === 'annotation' ? shown.annotation : state.annotation);
    const card = state.deleted
      ? deletedCard(() => void undo(current()))
      : annotationCard({
          onRelabel: (label) => void apply(() => session.update(id, { label })),
          onSaveNote: (note) => void apply(() => session.update(id, { note })),
          onDelete: () => void remove(current()),
        });
    return {
      element: card.element,
      update(next) {
        if (next.kind === 'annotation') card.update(next);
      },
    };
  };

  const suggestionState = (state: Extract<Shown, { kind: 'suggestion' }>): SuggestionCardState => {
    const { suggestion } = state;
    const people = suggestions.result?.figures.filter((f) => f.kind === 'person') ?? [];
    const speaker = suggestion.statement?.speaker;
    const name = suggestion.figure?.name;
    return {
      category: suggestion.category,
      statement: suggestion.statement,
      figure: suggestion.figure,
      speakerRole: people.find((p) => p.name === speaker)?.role ?? null,
      attributed: name
        ? (suggestions.result?.statements.filter((s) => s.speaker === name) ?? [])
        : [],
      kept: state.kept,
      error: state.error,
    };
  };

  /** Beside the highlight's first line; nothing when the highlight is gone from the page. */
  const position = (state: Shown): Position | undefined => {
    const range = anchorRange(state);
    const rect = range?.getClientRects()[0] ?? range?.getBoundingClientRect();
    return rect && placeNear(rect, { width: 340, height: 140 });
  };

  const render = () => {
    if (!shown) return close();
    const at = position(shown);
    if (!at) return close();
    const key = viewKey(shown);
    if (view?.key !== key) view = { key, ...createView(shown) };
    view.update(shown);
    host.show(view.element, at);
  };

  /** A scroll moves the highlight: the card follows it. */
  const follow = () => {
    if (!shown) return;
    const at = position(shown);
    if (at) host.move(at);
    else close();
  };

  const open = (next: Shown) => {
    clearTimeout(hideTimer);
    const same =
      shown &&
      (next.kind === 'annotation'
        ? shown.kind === 'annotation' && shown.annotation.id === next.annotation.id
        : shown.kind === 'suggestion' && shown.suggestion.key === next.suggestion.key);
    if (same && (shown!.pinned || !next.pinned)) return;
    shown = next;
    render();
  };

  const close = () => {
    clearTimeout(hideTimer);
    shown = undefined;
    view = undefined;
    host.hide();
  };

  const apply = async (change: () => Promise<Result<Annotation>>) => {
    if (shown?.kind !== 'annotation') return;
    const result = await change();
    if (shown?.kind !== 'annotation') return;
    shown = result.ok
      ? { ...shown, annotation: result.value, error: undefined }
      : { ...shown, error: result.error };
    render();
  };

  const remove = async (annotation: Annotation) => {
    const range = session.layer.rangeOf(annotation.id);
    const result = await session.remove(annotation.id);
    if (shown?.kind !== 'annotation') return;
    shown = result.ok
      ? { ...shown, pinned: true, deleted: { range } }
      : { ...shown, error: result.error };
    render();
  };

  const undo = async (annotation: Annotation) => {
    const range = shown?.kind === 'annotation' ? shown.deleted?.range : undefined;
    const result = await session.recreate(annotation, range);
    if (result.ok) shown = { kind: 'annotation', annotation: result.value, pinned: true };
    else if (shown) shown = { ...shown, error: result.error };
    render();
  };

  /** Keeps the sentence of a suggestion as the reader's own annotation (origin "suggestion"). */
  const keep = async (suggestion: Suggestion, label: 'reported' | 'speculation') => {
    const range = suggestion.statementRange;
    const result = range
      ? await session.annotateRange(range, {
          label,
          note: '',
          speaker: suggestion.statement?.speaker ?? null,
          origin: 'suggestion',
        })
      : ({ ok: false, error: 'This sentence is no longer on the page.' } as const);
    if (shown?.kind === 'suggestion') {
      shown = result.ok
        ? { ...shown, pinned: true, kept: LABEL_TEXT[label].toLowerCase(), error: undefined }
        : { ...shown, error: result.error };
    }
    render();
  };

  const find = (x: number, y: number): Shown | undefined => {
    const annotation = session.layer.annotationAtPoint(x, y);
    if (annotation) return { kind: 'annotation', annotation, pinned: false };
    const suggestion = suggestions.at(x, y);
    return suggestion && { kind: 'suggestion', suggestion, pinned: false };
  };

  let frame = 0;
  const onPointerMove = (event: MouseEvent) => {
    // No card while a button is held: the reader is selecting text, and a card under the
    // pointer would take the selection over.
    if (frame || event.buttons !== 0 || !event.isTrusted) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      if (host.contains(event.target as Node)) return clearTimeout(hideTimer);
      const found = find(event.clientX, event.clientY);
      if (found) return open(found);
      if (shown && !shown.pinned) {
        clearTimeout(hideTimer);
        hideTimer = setTimeout(close, 350);
      }
    });
  };

  const onClick = (event: MouseEvent) => {
    // Synthetic clicks from the page must not open (and so expose) a card.
    if (!event.isTrusted || host.contains(event.target as Node)) return;
    const selection = document.getSelection();
    if (selection && !selection.isCollapsed) return;
    const caret = caretAtPoint(event.clientX, event.clientY);
    const annotation = caret && session.layer.annotationAtNode(caret.node, caret.offset);
    const found = annotation
      ? { kind: 'annotation' as const, annotation, pinned: false }
      : find(event.clientX, event.clientY);
    if (found) open({ ...found, pinned: true });
    else if (shown) close();
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (!event.isTrusted || !shown?.pinned || !isPlainKey(event)) return;
    const inCard = host.contains(event.composedPath()[0] as Node);
    if (event.key === 'Escape') {
      close();
    } else if (event.key === 'Tab' && !inCard && !event.shiftKey) {
      event.preventDefault();
      host.root.querySelector<HTMLButtonElement>('button')?.focus();
    }
  };

  ctx.addEventListener(document, 'mousemove', onPointerMove, { passive: true });
  ctx.addEventListener(document, 'click', onClick);
  // A press elsewhere may start a selection: get a hover card out of its way.
  ctx.addEventListener(document, 'mousedown', (event) => {
    if (shown && !shown.pinned && !host.contains(event.target as Node)) close();
  });
  ctx.addEventListener(window, 'keydown', onKeyDown, { capture: true });
  ctx.addEventListener(window, 'scroll', follow, { passive: true, capture: true });
  ctx.onInvalidated(() => {
    clearTimeout(hideTimer);
    cancelAnimationFrame(frame);
    host.destroy();
  });

  return {
    /** Shows the card of one annotation, pinned (used when the popup jumps to it). */
    focus(id: string) {
      const annotation = session.layer.get(id);
      if (annotation) open({ kind: 'annotation', annotation, pinned: true });
    },
    /** Follows changes made elsewhere to the annotation on the card. */
    refresh() {
      if (shown?.kind !== 'annotation' || shown.deleted) return;
      const current = session.layer.get(shown.annotation.id);
      if (!current) return close();
      shown = { ...shown, annotation: current };
      render();
    },
  };
}
