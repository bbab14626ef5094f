/**
 * The few DOM helpers the content script's views are built with. Text is only ever added as
 * Text nodes (never parsed as markup), so a note like `<img src=x onerror=…>` stays text.
 */

/** What a view can put in an element: nodes, text, or nothing (false, null, undefined, ''). */
export type Child = Node | string | false | null | undefined;

/** A piece of UI: its element, and how it shows new state in place (keeping focus and input). */
export interface View<State> {
  readonly element: HTMLElement;
  update(state: State): void;
}

/** What a view shows besides its controls: why the last action failed, if it did. */
export interface Problem {
  error?: string;
}

/** An element with attributes and children; strings become Text nodes. */
export function el<Tag extends keyof HTMLElementTagNameMap>(
  tag: Tag,
  attributes: Record<string, string> = {},
  ...children: Child[]
): HTMLElementTagNameMap[Tag] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  for (const child of children) if (child) element.append(child);
  return element;
}

/** A plain button (never a form submit) that calls `onClick`. */
export function button(
  attributes: Record<string, string>,
  onClick: () => void,
  ...children: Child[]
): HTMLButtonElement {
  const element = el('button', { type: 'button', ...attributes }, ...children);
  element.addEventListener('click', onClick);
  return element;
}

/**
 * Makes `parent`'s children exactly `children`, in order. Nodes that stay (in the same
 * order) are never taken out, so a focused button or a note box being typed in keeps its
 * focus, caret and text, as it would across a re-render.
 */
export function setChildren(parent: Element, children: Child[]): void {
  const wanted = children
    .filter((child): child is Node | string => !!child)
    .map((child) => (typeof child === 'string' ? document.createTextNode(child) : child));
  const keep = new Set<Node>(wanted);
  for (const node of [...parent.childNodes]) if (!keep.has(node)) node.remove();
  wanted.forEach((node, i) => {
    const current = parent.childNodes[i] ?? null;
    if (current !== node) parent.insertBefore(node, current);
  });
}
