/** True when keystrokes at this target belong to the page (form fields, editors). */
export function isEditable(target: EventTarget | Node | null): boolean {
  const element =
    target instanceof Element ? target : target instanceof Node ? target.parentElement : null;
  if (!element) return false;
  return !!element.closest(
    'input, textarea, select, [contenteditable=""], [contenteditable="true"]',
  );
}

/** True for a plain key press, one that a page's own shortcuts would not combine with modifiers. */
export function isPlainKey(event: KeyboardEvent): boolean {
  return !event.ctrlKey && !event.metaKey && !event.altKey;
}

/** The text-bearing DOM point under a viewport point, in Chromium and Firefox alike. */
export function caretAtPoint(x: number, y: number): { node: Node; offset: number } | null {
  if (typeof document.caretPositionFromPoint === 'function') {
    const position = document.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  const range = document.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

/** True for a node inside any element Claimlight added to the page (toolbar, card). */
export function isInClaimlightUi(node: Node | null): boolean {
  for (let n: Node | null = node; n; n = n.parentNode) {
    if (
      n.nodeType === Node.ELEMENT_NODE &&
      (n as Element).tagName.toLowerCase().startsWith('claimlight-')
    )
      return true;
  }
  return false;
}
