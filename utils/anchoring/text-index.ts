import { ELEMENT_NODE, TEXT_NODE, isSkippedElement, nextInside, nextOutside } from './dom-walk';

export { boundaryPointsFromSpan, rangeFromSpan, spanFromRange } from './text-index-lookup';
export type { BoundaryPoints, RangeLike } from './text-index-lookup';

/** Options for {@link buildTextIndex}. */
export interface TextIndexOptions {
  /** Return true to leave an element's whole subtree out of the index (e.g. hidden asides). */
  skip?: (el: Element) => boolean;
}

/** Where one indexed Text node's characters sit in the index. */
export interface IndexedNode {
  /** Offset in the index text of the node's first kept character. */
  start: number;
  /** Index of the node's first run in {@link TextRuns}, and how many runs it has. */
  firstRun: number;
  runCount: number;
}

/**
 * The index-to-DOM mapping as parallel arrays, one entry per run: a maximal piece of the
 * index text that maps onto consecutive characters of one Text node. Collapsing whitespace
 * only breaks linearity where a run of 2+ spaces is dropped, so there are roughly as many
 * runs as text nodes, not as characters.
 */
export interface TextRuns {
  nodes: Text[];
  /** Offset in the index text where each run starts (strictly increasing). */
  starts: number[];
  /** Offset in the run's Text node of its first character. */
  nodeOffsets: number[];
}

/**
 * The text under a root element, flattened and whitespace-collapsed, with a mapping back
 * to DOM positions. Build one per page load; it goes stale when the DOM below root changes.
 */
export interface TextIndex {
  readonly root: Element;
  /** Every whitespace run collapsed to one space; no leading or trailing space. */
  readonly text: string;
  readonly runs: TextRuns;
  /** Every Text node that was visited (not skipped), including all-whitespace ones. */
  readonly nodes: ReadonlyMap<Text, IndexedNode>;
}

/**
 * Indexes the text under `root` in one pass, skipping script, style, noscript, template,
 * textarea, `<claimlight-*>` elements and whatever `options.skip` rejects.
 *
 * Whitespace is collapsed (as HTML rendering does) so that an article re-served with
 * different indentation or line wrapping produces the same text and the same offsets.
 */
export function buildTextIndex(root: Element, options: TextIndexOptions = {}): TextIndex {
  const builder = new IndexBuilder();
  let node: Node | null = root.firstChild;
  while (node) {
    if (node.nodeType === ELEMENT_NODE && isSkippedElement(node as Element, options.skip)) {
      node = nextOutside(node, root);
      continue;
    }
    if (node.nodeType === TEXT_NODE) builder.addText(node as Text);
    node = nextInside(node, root);
  }
  return builder.finish(root);
}

class IndexBuilder {
  private chunks: string[] = [];
  private length = 0;
  // Starts true so whitespace before the first word is dropped rather than kept as a space.
  private lastWasSpace = true;
  private runs: TextRuns = { nodes: [], starts: [], nodeOffsets: [] };
  private nodes = new Map<Text, IndexedNode>();

  addText(node: Text): void {
    const info: IndexedNode = {
      start: this.length,
      firstRun: this.runs.starts.length,
      runCount: 0,
    };
    const data = node.data;
    let pos = 0;
    for (const match of data.matchAll(/\s+/g)) {
      if (match.index > pos) this.push(node, pos, data.slice(pos, match.index), false);
      if (!this.lastWasSpace) this.push(node, match.index, ' ', true);
      pos = match.index + match[0].length;
    }
    if (pos < data.length) this.push(node, pos, data.slice(pos), false);
    info.runCount = this.runs.starts.length - info.firstRun;
    this.nodes.set(node, info);
  }

  finish(root: Element): TextIndex {
    let text = this.chunks.join('');
    if (this.lastWasSpace && text.endsWith(' ')) {
      text = text.slice(0, -1);
      this.dropEmptyLastRun(text.length);
    }
    return { root, text, runs: this.runs, nodes: this.nodes };
  }

  /** Appends `str`, taken from `node` at `nodeOffset`, extending the last run when contiguous. */
  private push(node: Text, nodeOffset: number, str: string, isSpace: boolean): void {
    const { nodes, starts, nodeOffsets } = this.runs;
    const last = starts.length - 1;
    const contiguous =
      last >= 0 &&
      nodes[last] === node &&
      (nodeOffsets[last] ?? 0) + (this.length - (starts[last] ?? 0)) === nodeOffset;
    if (!contiguous) {
      nodes.push(node);
      starts.push(this.length);
      nodeOffsets.push(nodeOffset);
    }
    this.chunks.push(str);
    this.length += str.length;
    this.lastWasSpace = isSpace;
  }

  /** After trimming the trailing space, a run that held only that space must go. */
  private dropEmptyLastRun(textLength: number): void {
    const { nodes, starts, nodeOffsets } = this.runs;
    if (starts.length === 0 || starts[starts.length - 1] !== textLength) return;
    const node = nodes.pop();
    starts.pop();
    nodeOffsets.pop();
    const info = node && this.nodes.get(node);
    if (info) info.runCount--;
  }
}
