import { h } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { HoverCard } from '@/components/HoverCard';
import type { Annotation, AnnotationLabel } from '@/utils/db/types';
import { caretAtPoint, isPlainKey } from './dom-utils';
import type { PageSession } from './page-session';
import { createUiHost, placeNear } from './ui-host';

interface Shown {
  annotation: Annotation;
  /** Pinned cards (opened by click, keyboard or the popup) stay until dismissed. */
  pinned: boolean;
  deleted?: { range: Range | undefined };
  error?: string;
}

/**
 * The card shown over a saved highlight when the pointer rests on it or the caret is
 * placed in it: its label and note, with Relabel, Edit note and Delete (with undo).
 */
export function mountHoverCard(ctx: ContentScriptContext, session: PageSession) {
  const host = createUiHost('claimlight-card');
  let shown: Shown | undefined;
  let hideTimer: ReturnType<typeof setTimeout> | undefined;

  const render = () => {
    if (!shown) return host.hide();
    const { annotation } = shown;
    const range = shown.deleted?.range ?? session.layer.rangeOf(annotation.id);
    const rect = range?.getClientRects()[0] ?? range?.getBoundingClientRect();
    if (!rect) return close();
    host.show(
      h(HoverCard, {
        key: annotation.id,
        annotation,
        deleted: !!shown.deleted,
        error: shown.error,
        onRelabel: (label: AnnotationLabel) =>
          void apply(() => session.update(annotation.id, { label })),
        onSaveNote: (note: string) => void apply(() => session.update(annotation.id, { note })),
        onDelete: () => void remove(annotation),
        onUndo: () => void undo(annotation),
      }),
      placeNear(rect, { width: 340, height: 120 }),
    );
  };

  const open = (annotation: Annotation, pinned: boolean) => {
    clearTimeout(hideTimer);
    if (shown?.annotation.id === annotation.id && (shown.pinned || !pinned)) return;
    shown = { annotation, pinned };
    render();
  };

  const close = () => {
    clearTimeout(hideTimer);
    shown = undefined;
    host.hide();
  };

  const apply = async (
    change: () => Promise<{ ok: true; value: Annotation } | { ok: false; error: string }>,
  ) => {
    if (!shown) return;
    const result = await change();
    shown = result.ok
      ? { ...shown, annotation: result.value, error: undefined }
      : { ...shown, error: result.error };
    render();
  };

  const remove = async (annotation: Annotation) => {
    const range = session.layer.rangeOf(annotation.id);
    const result = await session.remove(annotation.id);
    if (!shown) return;
    shown = result.ok
      ? { ...shown, pinned: true, deleted: { range } }
      : { ...shown, error: result.error };
    render();
  };

  const undo = async (annotation: Annotation) => {
    const range = shown?.deleted?.range;
    const { url, title, target, label, note, speaker, origin } = annotation;
    const result = await session.create({ url, title, target, label, note, speaker, origin });
    if (result.ok) {
      session.layer.put(result.value, range);
      shown = { annotation: result.value, pinned: true };
    } else if (shown) {
      shown = { ...shown, error: result.error };
    }
    render();
  };

  let frame = 0;
  const onPointerMove = (event: MouseEvent) => {
    if (frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      if (host.contains(event.target as Node)) return clearTimeout(hideTimer);
      const annotation = session.layer.annotationAtPoint(event.clientX, event.clientY);
      if (annotation) return open(annotation, false);
      if (shown && !shown.pinned) {
        clearTimeout(hideTimer);
        hideTimer = setTimeout(close, 350);
      }
    });
  };

  const onClick = (event: MouseEvent) => {
    if (host.contains(event.target as Node)) return;
    const selection = document.getSelection();
    if (selection && !selection.isCollapsed) return;
    const caret = caretAtPoint(event.clientX, event.clientY);
    const annotation = caret && session.layer.annotationAtNode(caret.node, caret.offset);
    if (annotation) open(annotation, true);
    else if (shown) close();
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (!shown?.pinned || !isPlainKey(event)) return;
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
  ctx.addEventListener(window, 'keydown', onKeyDown, { capture: true });
  ctx.addEventListener(window, 'scroll', () => shown && render(), { passive: true, capture: true });
  ctx.onInvalidated(() => {
    clearTimeout(hideTimer);
    cancelAnimationFrame(frame);
    host.destroy();
  });

  return {
    /** Shows the card of one annotation, pinned (used when the popup jumps to it). */
    focus(id: string) {
      const annotation = session.layer.get(id);
      if (annotation) open(annotation, true);
    },
    /** Drops a card whose annotation changed elsewhere. */
    refresh() {
      if (shown && !shown.deleted) {
        const current = session.layer.get(shown.annotation.id);
        if (current) {
          shown = { ...shown, annotation: current };
          render();
        } else {
          close();
        }
      }
    },
  };
}
