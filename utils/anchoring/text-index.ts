import { ELEMENT_NODE, TEXT_NODE, isSkippedElement, nextInside, nextOutside } from './dom-walk';

export {
  boundaryPointsFromSpan,
  rangeFromSpan,
  spanFromRange,
  indexedEnd,
  spanOfElement,
} from './text-index-lookup';
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
  /** The node's place in {@link TextIndex.order}. */
  ordinal: number;
}

/**
 * The index-to-DOM mapping as parallel arrays, one entry per run: a maximal piece of the
 * index text that maps onto consecutive characters of one Text node. Collapsing whitespace
 * only breaks linearity where a run of 2+ spaces is dropped, so there are roughly as many
 * runs as text nodes, not as characters. Runs tile the text: every character is in one.
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
 * to DOM positions. Built once per page; `updateTextIndex` patches it after DOM changes.
 */
export interface TextIndex {
  readonly root: Element;
  /** Every whitespace run collapsed to one space; no leading or trailing space. */
  readonly text: string;
  readonly runs: TextRuns;
  /** Every Text node that was visited (not skipped), including all-whitespace ones. */
  readonly nodes: ReadonlyMap<Text, IndexedNode>;
  /** The same nodes in document order. */
  readonly order: readonly Text[];
  readonly options: TextIndexOptions;
}

/**
 * Indexes the text under `root` in one pass, skipping script, style, noscript, template,
 * textarea, `<claimlight-*>` elements and whatever `options.skip` rejects.
 *
 * Whitespace is collapsed (as HTML rendering does) so that an article re-served with
 * different indentation or line wrapping produces the same text and the same offsets.
 */
export function buildTextIndex(root: Element, options: TextIndexOptions = {}): TextIndex {
  const builder = new IndexBuilder({ length: 0, runs: 0, ordinal: 0, lastWasSpace: true });
  indexTextNodes(root, root.firstChild, null, options, (text) => builder.addText(text));
  const built = builder.finish(true);
  return {
    root,
    text: built.text,
    runs: built.runs,
    nodes: new Map(built.nodes.map((node, i) => [node, built.infos[i] as IndexedNode])),
    order: built.nodes,
    options,
  };
}

/**
 * Calls `visit` for each Text node the index keeps, in document order, from `from` (and its
 * subtree) up to but excluding `until`, never leaving `root`.
 */
export function indexTextNodes(
  root: Node,
  from: Node | null,
  until: Node | null,
  options: TextIndexOptions,
  visit: (node: Text) => void,
): void {
  let node = from;
  while (node && node !== until) {
    if (node.nodeType === ELEMENT_NODE && isSkippedElement(node as Element, options.skip)) {
      node = nextOutside(node, root);
      continue;
    }
    if (node.nodeType === TEXT_NODE) visit(node as Text);
    node = nextInside(node, root);
  }
}

/** Where a builder starts: after this much text, runs and nodes, in this whitespace state. */
export interface BuilderStart {
  length: number;
  runs: number;
  ordinal: number;
  /** Whether the character before is a space (or there is none), so a space is not repeated. */
  lastWasSpace: boolean;
}

/** What a builder produced: offsets and run numbers are absolute (they include the start). */
export interface BuiltText {
  text: string;
  runs: TextRuns;
  nodes: Text[];
  infos: IndexedNode[];
}

/**
 * Whitespace that collapsing changes: runs of two or more, any other space character than
 * " ", and a lone " " at either end of a node (it may meet a space in the next node). A lone
 * " " between words stays as it is, inside its chunk: a page's text is mostly words and single
 * spaces, and pushing each of those spaces alone cost as much as the rest of the index.
 */
const SPACES_TO_COLLAPSE = /\s{2,}|[^\S ]|^ | $/g;

/**
 * Turns Text nodes into collapsed text and runs. It can start in the middle of a document
 * (see {@link BuilderStart}), which is how an update re-indexes only the changed part.
 */
export class IndexBuilder {
  private chunks: string[] = [];
  private length: number;
  private lastWasSpace: boolean;
  private runs: TextRuns = { nodes: [], starts: [], nodeOffsets: [] };
  private nodes: Text[] = [];
  private infos: IndexedNode[] = [];

  constructor(private readonly start: BuilderStart) {
    this.length = start.length;
    this.lastWasSpace = start.lastWasSpace;
  }

  addText(node: Text): void {
    const info: IndexedNode = {
      start: this.length,
      firstRun: this.start.runs + this.runs.starts.length,
      runCount: 0,
      ordinal: this.start.ordinal + this.nodes.length,
    };
    const data = node.data;
    let pos = 0;
    for (const match of data.matchAll(SPACES_TO_COLLAPSE)) {
      if (match.index > pos) this.push(node, pos, data.slice(pos, match.index), false);
      if (!this.lastWasSpace) this.push(node, match.index, ' ', true);
      pos = match.index + match[0].length;
    }
    if (pos < data.length) this.push(node, pos, data.slice(pos), false);
    info.runCount = this.start.runs + this.runs.starts.length - info.firstRun;
    this.nodes.push(node);
    this.infos.push(info);
  }

  /** The text built so far; `atEnd` drops a trailing space, as the end of the document does. */
  finish(atEnd: boolean): BuiltText {
    let text = this.chunks.join('');
    if (atEnd && this.lastWasSpace && text.endsWith(' ')) {
      text = text.slice(0, -1);
      this.dropEmptyLastRun(this.start.length + text.length);
    }
    return { text, runs: this.runs, nodes: this.nodes, infos: this.infos };
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
  private dropEmptyLastRun(textEnd: number): void {
    const { nodes, starts, nodeOffsets } = this.runs;
    if (starts.length === 0 || starts[starts.length - 1] !== textEnd) return;
    const node = nodes.pop();
    starts.pop();
    nodeOffsets.pop();
    const at = node ? this.nodes.lastIndexOf(node) : -1;
    const info = this.infos[at];
    if (info) info.runCount--;
  }
}
