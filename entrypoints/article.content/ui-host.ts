import uiCss from './ui.css?inline';

/** Where a surface goes, in viewport pixels. */
export interface Position {
  top: number;
  left: number;
}

/** A floating, isolated UI surface: a `claimlight-*` element with a closed shadow root. */
export interface UiHost {
  readonly element: HTMLElement;
  readonly root: ShadowRoot;
  /** Shows `content` (replacing what was shown, unless it is the same element) at `position`. */
  show(content: HTMLElement, position: Position): void;
  /** Moves the surface (after a scroll) without touching what it shows. */
  move(position: Position): void;
  hide(): void;
  readonly visible: boolean;
  contains(node: Node | null): boolean;
  destroy(): void;
}

let sheet: CSSStyleSheet | undefined;

/**
 * Creates a host under <html> (outside <body>, so the article's DOM stays as it was).
 * Styles come through adoptedStyleSheets, which strict page CSPs allow, and `all: initial`
 * on the host keeps the page's CSS from leaking in.
 */
export function createUiHost(tag: `claimlight-${string}`): UiHost {
  // Made when first shown: most pages are read without the toolbar or a card ever showing,
  // and a shadow root with its styles is real work while a page starts.
  let made: { element: HTMLElement; root: ShadowRoot; mount: HTMLDivElement } | undefined;
  const make = () => {
    if (made) return made;
    const element = createHostElement(tag);
    const root = element.attachShadow({ mode: 'closed' });
    adoptStyles(root);
    const mount = document.createElement('div');
    root.append(mount);
    return (made = { element, root, mount });
  };
  let visible = false;

  const move = ({ top, left }: Position) => {
    if (!made) return; // nothing shown yet: nothing to move
    const { element } = made;
    element.style.top = `${Math.max(4, top)}px`;
    element.style.left = `${Math.max(4, left)}px`;
  };

  return {
    get element() {
      return make().element;
    },
    get root() {
      return make().root;
    },
    get visible() {
      return visible;
    },
    show(content, position) {
      const { element, mount } = make();
      if (!element.isConnected) document.documentElement.append(element);
      if (mount.firstChild !== content) mount.replaceChildren(content);
      move(position);
      element.hidden = false;
      visible = true;
    },
    move,
    hide() {
      if (!visible || !made) return;
      made.mount.replaceChildren();
      made.element.hidden = true;
      visible = false;
    },
    contains(node) {
      if (!node || !made) return false;
      return node === made.element || made.element.contains(node) || made.root.contains(node);
    },
    destroy() {
      made?.mount.replaceChildren();
      made?.element.remove();
      visible = false;
    },
  };
}

/**
 * Styles the shadow root. Constructed sheets pass strict page CSPs; where a browser refuses
 * one from an extension's isolated world, a <style> inside the closed root is the fallback.
 */
function adoptStyles(root: ShadowRoot): void {
  try {
    sheet ??= new CSSStyleSheet();
    if (!sheet.cssRules.length) sheet.replaceSync(uiCss);
    root.adoptedStyleSheets = [sheet];
    if (root.adoptedStyleSheets.length === 1) return;
  } catch {
    // fall through to the <style> element
  }
  const style = document.createElement('style');
  style.textContent = uiCss;
  root.append(style);
}

/**
 * The host element, as an undefined custom element. A page that defined `tag` itself (its
 * scripts run before ours) would own the element's constructor and, through
 * attachInternals(), even our closed shadow root: then we take a name it cannot guess.
 */
function createHostElement(tag: string): HTMLElement {
  const element = document.createElement(tag);
  if (!element.matches(':defined') || !/-/.test(tag)) return element;
  const random = crypto.getRandomValues(new Uint32Array(2)).join('');
  return document.createElement(`${tag}-${random}`);
}

/** Where to put a panel of the given size next to a rectangle, inside the viewport. */
export function placeNear(rect: DOMRect, size = { width: 320, height: 44 }): Position {
  const gap = 8;
  const below = rect.bottom + gap;
  const top = below + size.height < window.innerHeight ? below : rect.top - size.height - gap;
  const left = Math.min(rect.left, window.innerWidth - size.width - gap);
  return { top, left };
}
