import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { labelForKey } from '@/components/labels';
import { describeSpan } from '@/utils/anchoring/describe';
import { rangeFromSpan, spanFromRange } from '@/utils/anchoring/text-index';
import type { TextSpan } from '@/utils/anchoring/types';
import type { AnnotationLabel } from '@/utils/db/types';
import { isEditable, isInClaimlightUi, isPlainKey } from './dom-utils';
import type { PageSession } from './page-session';
import { createUiHost, placeNear, type Position } from './ui-host';
import type { Problem, View } from './views/dom';
import { labelToolbar, noteDialog } from './views/label-toolbar';
import { reattachBar, type ReattachState } from './views/reattach-bar';

interface Pending {
  span: TextSpan;
  /** A copy of the selected range, to place the toolbar again after scrolling. */
  range: Range;
  writingNote: boolean;
  error?: string;
}

/** An orphaned annotation the reader chose to re-attach to the next text they select. */
interface Reattach {
  id: string;
  quote: string;
  error?: string;
}

/**
 * Shows the label toolbar beside a text selection and saves the reader's choice.
 * The toolbar never takes focus by itself (the selection must survive); Tab moves into it,
 * and s / r / n label the passage directly. In re-attach mode (started from the popup for
 * an annotation whose text is gone) the next selection is offered as its new text instead.
 */
export function mountSelectionToolbar(ctx: ContentScriptContext, session: PageSession) {
  const host = createUiHost('claimlight-toolbar');
  let pending: Pending | undefined;
  let reattach: Reattach | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;

  // The panels, made when first shown and kept while on screen (so focus and text survive).
  let labels: View<Problem> | undefined;
  let noteBox: View<Problem> | undefined;
  let reattachPanel: View<ReattachState> | undefined;

  /** Where the panel goes: beside the selection, or (re-attach, nothing selected) up top. */
  const position = (): Position | undefined => {
    const rect = pending?.range.getBoundingClientRect();
    if (reattach)
      return rect
        ? placeNear(rect, { width: 340, height: 80 })
        : { top: 12, left: Math.max(12, window.innerWidth / 2 - 170) };
    return rect && placeNear(rect, { width: 340, height: pending?.writingNote ? 110 : 44 });
  };

  const hide = () => {
    labels = noteBox = reattachPanel = undefined;
    host.hide();
  };

  const stopReattach = () => {
    reattach = undefined;
    close();
  };

  const attach = async () => {
    const state = pending;
    const target = reattach;
    if (!state || !target) return;
    const index = session.text.current();
    const range = rangeFromSpan(index, state.span);
    const result = range
      ? await session.retarget(target.id, describeSpan(index.text, state.span), range)
      : ({ ok: false, error: 'The selection is no longer on the page.' } as const);
    if (!result.ok) {
      reattach = { ...target, error: `Not re-attached: ${result.error}` };
      return render();
    }
    void session.reportAnchoring();
    document.getSelection()?.collapseToEnd();
    stopReattach();
  };

  const render = () => {
    const at = position();
    if (reattach) {
      reattachPanel ??= reattachBar({ onAttach: () => void attach(), onCancel: stopReattach });
      reattachPanel.update({
        quote: reattach.quote,
        hasSelection: !!pending,
        error: reattach.error,
      });
      if (at) host.show(reattachPanel.element, at);
      return;
    }
    if (!pending || !at) return hide();
    const panel = pending.writingNote
      ? (noteBox ??= noteDialog({ onSave: (note) => void save('note', note), onCancel: close }))
      : (labels ??= labelToolbar(choose));
    panel.update({ error: pending.error });
    host.show(panel.element, at);
  };

  const close = () => {
    pending = undefined;
    noteBox = undefined;
    if (reattach) render();
    else hide();
  };

  const choose = (label: AnnotationLabel) => {
    if (!pending) return;
    if (label === 'note') {
      pending = { ...pending, writingNote: true, error: undefined };
      render();
    } else {
      void save(label, '');
    }
  };

  const save = async (label: AnnotationLabel, note: string) => {
    const state = pending;
    if (!state) return;
    const result = await session.annotateRange(state.range, { label, note });
    if (!result.ok) {
      pending = { ...state, error: `Not saved: ${result.error}` };
      return render();
    }
    document.getSelection()?.collapseToEnd();
    close();
  };

  const readSelection = () => {
    if (pending?.writingNote) return;
    const selection = document.getSelection();
    if (!selection || selection.isCollapsed || selection.rangeCount === 0) return close();
    const range = selection.getRangeAt(0);
    // A drag that ran into Claimlight's own UI would stretch the passage to the end of the page.
    // (Chromium reports a drag that ends over a shadow host as a point in <html>, hence the body check.)
    const inPage = (node: Node) => document.body.contains(node) && !isInClaimlightUi(node);
    if (!inPage(range.startContainer) || !inPage(range.endContainer)) return close();
    if (isEditable(range.commonAncestorContainer)) return close();
    const span = spanFromRange(session.text.current(), range);
    if (!span || span.end <= span.start) return close();
    pending = { span, range: range.cloneRange(), writingNote: false };
    render();
  };

  const onKeyDown = (event: KeyboardEvent) => {
    // Only the reader's own keys: a page can dispatch synthetic "s" / "r" / "n" events.
    if (!event.isTrusted) return;
    if (reattach && isPlainKey(event) && !isEditable(event.target)) {
      if (event.key === 'Escape') stopReattach();
      if (event.key === 'a') {
        // The selection may be newer than the debounced read: take it now.
        clearTimeout(timer);
        readSelection();
        if (!pending) return;
        event.preventDefault();
        void attach();
      }
      return;
    }
    if (!pending || pending.writingNote || !isPlainKey(event) || isEditable(event.target)) return;
    if (host.contains(event.composedPath()[0] as Node) && event.key === 'Tab') return;
    const label = labelForKey(event.key);
    if (label) {
      event.preventDefault();
      event.stopPropagation();
      choose(label);
    } else if (event.key === 'Tab' && !event.shiftKey) {
      event.preventDefault();
      host.root.querySelector<HTMLButtonElement>('button')?.focus();
    } else if (event.key === 'Escape') {
      close();
    }
  };

  const readSoon = (event?: Event) => {
    if (event && (!event.isTrusted || host.contains(event.target as Node))) return;
    clearTimeout(timer);
    timer = setTimeout(readSelection, 120);
  };

  ctx.addEventListener(document, 'mouseup', readSoon);
  ctx.addEventListener(document, 'keyup', (event) => {
    if (
      event.key.startsWith('Arrow') ||
      event.key === 'Shift' ||
      event.key === 'End' ||
      event.key === 'Home'
    )
      readSoon(event);
  });
  ctx.addEventListener(document, 'selectionchange', () => {
    if (pending && !pending.writingNote && document.getSelection()?.isCollapsed) close();
  });
  ctx.addEventListener(window, 'keydown', onKeyDown, { capture: true });
  // A scroll moves the selection: the panel follows it.
  const follow = () => {
    const at = pending && position();
    if (at) host.move(at);
  };
  ctx.addEventListener(window, 'scroll', follow, { passive: true, capture: true });
  ctx.onInvalidated(() => {
    clearTimeout(timer);
    host.destroy();
  });

  return {
    /** Enters re-attach mode for an orphaned annotation; false if it is not on this page. */
    startReattach(id: string): boolean {
      const annotation = session.layer.get(id);
      if (!annotation) return false;
      reattach = { id, quote: annotation.target.quote.exact };
      render();
      return true;
    },
  };
}
