import type { CDPSession, Page } from 'playwright-core';

/**
 * Claimlight's toolbar and card live in closed shadow roots, which page scripts (and so
 * Playwright's locators) cannot enter. The DevTools protocol can: these helpers find
 * controls by accessible role and name, as a screen reader would, and click them with the
 * real mouse at their on-screen position.
 */
const sessions = new WeakMap<Page, CDPSession>();

async function cdp(page: Page): Promise<CDPSession> {
  let session = sessions.get(page);
  if (!session) {
    session = await page.context().newCDPSession(page);
    sessions.set(page, session);
  }
  return session;
}

interface AxNode {
  role?: { value?: string };
  name?: { value?: string };
  backendDOMNodeId?: number;
  ignored?: boolean;
}

/** Clicks the first button whose accessible name matches, wherever it is (shadow roots included). */
export async function clickButton(
  page: Page,
  name: RegExp | string,
  timeout = 5000,
): Promise<void> {
  const session = await cdp(page);
  const deadline = Date.now() + timeout;
  const matches = (value: string) => (typeof name === 'string' ? value === name : name.test(value));
  for (;;) {
    const { nodes } = (await session.send('Accessibility.getFullAXTree')) as { nodes: AxNode[] };
    const button = nodes.find(
      (n) =>
        !n.ignored &&
        n.role?.value === 'button' &&
        matches(n.name?.value ?? '') &&
        n.backendDOMNodeId,
    );
    if (button) {
      const { model } = (await session.send('DOM.getBoxModel', {
        backendNodeId: button.backendDOMNodeId,
      })) as {
        model: { content: number[] };
      };
      const [x1, y1, , , x3, y3] = model.content as [
        number,
        number,
        number,
        number,
        number,
        number,
      ];
      await page.mouse.click((x1 + x3) / 2, (y1 + y3) / 2);
      return;
    }
    if (Date.now() > deadline) throw new Error(`No button named ${String(name)} on the page`);
    await page.waitForTimeout(100);
  }
}

interface DomNode {
  nodeType: number;
  nodeName: string;
  nodeValue?: string;
  children?: DomNode[];
  shadowRoots?: DomNode[];
}

/** The visible text inside a Claimlight element's (closed) shadow root, '' when absent or hidden. */
export async function shadowText(page: Page, tag: string): Promise<string> {
  const session = await cdp(page);
  const { root } = (await session.send('DOM.getDocument', { depth: -1, pierce: true })) as {
    root: DomNode;
  };
  const host = find(root, (n) => n.nodeName === tag.toUpperCase());
  if (!host) return '';
  const parts: string[] = [];
  const collect = (node: DomNode) => {
    if (node.nodeType === 3 && node.nodeValue) parts.push(node.nodeValue);
    node.children?.forEach(collect);
  };
  host.shadowRoots?.forEach(collect);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

function find(node: DomNode, test: (n: DomNode) => boolean): DomNode | undefined {
  if (test(node)) return node;
  for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) {
    const hit = find(child, test);
    if (hit) return hit;
  }
  return undefined;
}
