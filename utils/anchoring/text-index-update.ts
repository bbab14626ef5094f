import {
  ELEMENT_NODE,
  TEXT_NODE,
  isInclusiveAncestor,
  isSkippedElement,
  nextInside,
  nextOutside,
} from './dom-walk';
import {
  IndexBuilder,
  buildTextIndex,
  type BuiltText,
  type IndexedNode,
  type TextIndex,
  type TextRuns,
} from './text-index';
import { indexedEnd } from './text-index-lookup';

/**
 * Where the DOM changed: the children of `parent` strictly between `after` and `before`
 * (null: from the first child / up to the last). A MutationRecord names exactly this.
 */
export interface ChangedRegion {
  parent: Node;
  after: Node | null;
  before: Node | null;
}

/** The part of a MutationRecord that says where it happened. */
export type MutationPlace = Pick<
  MutationRecord,
  'type' | 'target' | 'previousSibling' | 'nextSibling'
>;

/** The region a mutation record touched; a changed Text node is the region of itself. */
export function regionOfMutation(record: MutationPlace): ChangedRegion {
  const { target } = record;
  if (record.type === 'characterData' && target.parentNode) {
    return { parent: target.parentNode, after: target.previousSibling, before: target.nextSibling };
  }
  return { parent: target, after: record.previousSibling, before: record.nextSibling };
}

/**
 * Brings an index up to date after DOM changes inside `regions`, re-reading only the text
 * of the changed part: the text before it is kept, the text after it is shifted, and the
 * nodes and runs in between are rebuilt. Falls back to a full build when the changes are
 * spread over the whole root.
 *
 * The index passed in is consumed: its node map is updated in place, so afterwards only
 * its `text` may be read (to compare the old and new text).
 */
export function updateTextIndex(index: TextIndex, regions: readonly ChangedRegion[]): TextIndex {
  const region = mergeRegions(index, regions);
  if (!region) return index;
  if (region.parent === index.root && !region.after && !region.before) return rebuild(index);
  const { root, options } = index;
  const prev = lastIndexedBefore(index, region);
  const prevInfo = prev ? index.nodes.get(prev) : undefined;
  const a = prevInfo ? indexedEnd(index, prevInfo) : 0;
  // The document's trailing space was trimmed away: where it was is no longer in the text.
  if (a > 0 && a >= index.text.length) return rebuild(index);

  const builder = new IndexBuilder({
    length: a,
    runs: prevInfo ? prevInfo.firstRun + prevInfo.runCount : 0,
    ordinal: prevInfo ? prevInfo.ordinal + 1 : 0,
    lastWasSpace: a === 0 || index.text[a - 1] === ' ',
  });
  const first = region.after ? region.after.nextSibling : region.parent.firstChild;
  const end = region.before ?? nextOutside(region.parent, root);
  // After the region, nodes are read again until one whose first character is not
  // whitespace: only from there on is the old text certain to be unchanged.
  let next: Text | null = null;
  let past = !first || first === end;
  for (let node = first ?? end; node;) {
    if (node === end) past = true;
    if (node.nodeType === ELEMENT_NODE && isSkippedElement(node as Element, options.skip)) {
      node = nextOutside(node, root);
      continue;
    }
    if (node.nodeType === TEXT_NODE) {
      const text = node as Text;
      if (past && index.nodes.has(text) && /^\S/.test(text.data)) {
        next = text;
        break;
      }
      builder.addText(text);
    }
    node = nextInside(node, root);
  }
  const nextInfo = next ? index.nodes.get(next) : undefined;
  const built = builder.finish(!nextInfo);
  // Everything after the kept text went: its last space is now the document's end, trimmed.
  if (!nextInfo && !built.text && index.text[a - 1] === ' ') return rebuild(index);
  return splice(index, built, prevInfo, nextInfo);
}

/** Replaces the old text, runs and nodes between prev and next with what the builder read. */
function splice(
  index: TextIndex,
  built: BuiltText,
  prev: IndexedNode | undefined,
  next: IndexedNode | undefined,
): TextIndex {
  const a = prev ? indexedEnd(index, prev) : 0;
  const b = next ? next.start : index.text.length;
  const r0 = prev ? prev.firstRun + prev.runCount : 0;
  const r1 = next ? next.firstRun : index.runs.starts.length;
  const o0 = prev ? prev.ordinal + 1 : 0;
  const o1 = next ? next.ordinal : index.order.length;
  const charShift = built.text.length - (b - a);
  const runShift = built.runs.starts.length - (r1 - r0);
  const ordinalShift = built.nodes.length - (o1 - o0);

  const old = index.runs;
  const runs: TextRuns = {
    nodes: old.nodes.slice(0, r0).concat(built.runs.nodes, old.nodes.slice(r1)),
    starts: old.starts.slice(0, r0).concat(
      built.runs.starts,
      old.starts.slice(r1).map((s) => s + charShift),
    ),
    nodeOffsets: old.nodeOffsets
      .slice(0, r0)
      .concat(built.runs.nodeOffsets, old.nodeOffsets.slice(r1)),
  };
  const nodes = index.nodes as Map<Text, IndexedNode>;
  for (let i = o0; i < o1; i++) nodes.delete(index.order[i] as Text);
  built.nodes.forEach((node, i) => nodes.set(node, built.infos[i] as IndexedNode));
  const after = index.order.slice(o1);
  for (const node of after) {
    const info = nodes.get(node);
    if (!info) continue;
    info.start += charShift;
    info.firstRun += runShift;
    info.ordinal += ordinalShift;
  }
  return {
    root: index.root,
    text: index.text.slice(0, a) + built.text + index.text.slice(b),
    runs,
    nodes,
    order: index.order.slice(0, o0).concat(built.nodes, after),
    options: index.options,
  };
}

function rebuild(index: TextIndex): TextIndex {
  return buildTextIndex(index.root, index.options);
}

/**
 * One region covering every change, or null when none is in indexed text: the run of the
 * common parent's children from the first one any change touched to the last.
 */
function mergeRegions(index: TextIndex, regions: readonly ChangedRegion[]): ChangedRegion | null {
  const live = regions.filter((r) => isIndexedPlace(index, r.parent));
  const firstRegion = live[0];
  if (!firstRegion) return null;
  const parent = live.reduce<Node>((p, r) => commonAncestor(p, r.parent), firstRegion.parent);
  const children: Node[] = [];
  const position = new Map<Node, number>();
  for (let child = parent.firstChild; child; child = child.nextSibling) {
    position.set(child, children.length);
    children.push(child);
  }
  // Bounds are exclusive child positions: -1 is before the first child, length after the last.
  let low = Infinity;
  let high = -Infinity;
  for (const r of live) {
    if (r.parent === parent) {
      // A sibling a later mutation moved or removed no longer bounds anything: widen.
      low = Math.min(low, (r.after && position.get(r.after)) ?? -1);
      high = Math.max(high, (r.before && position.get(r.before)) ?? children.length);
    } else {
      const holder = childHolding(parent, r.parent);
      const at = holder ? (position.get(holder) ?? -1) : -1;
      low = Math.min(low, holder ? at - 1 : -1);
      high = Math.max(high, holder ? at + 1 : children.length);
    }
  }
  if (low >= high) return { parent, after: null, before: null };
  return { parent, after: children[low] ?? null, before: children[high] ?? null };
}

/** The child of `ancestor` that contains `node`. */
function childHolding(ancestor: Node, node: Node): Node | null {
  for (let n: Node | null = node; n; n = n.parentNode) if (n.parentNode === ancestor) return n;
  return null;
}

/** Whether a node is in the document under root and outside every skipped subtree. */
function isIndexedPlace(index: TextIndex, node: Node): boolean {
  if (!isInclusiveAncestor(index.root, node)) return false;
  for (let n: Node | null = node; n && n !== index.root; n = n.parentNode) {
    if (n.nodeType === ELEMENT_NODE && isSkippedElement(n as Element, index.options.skip)) {
      return false;
    }
  }
  return true;
}

function commonAncestor(a: Node, b: Node): Node {
  for (let n: Node | null = a; n; n = n.parentNode) if (isInclusiveAncestor(n, b)) return n;
  return a;
}

/** The last node already in the index that comes before the region in document order. */
function lastIndexedBefore(index: TextIndex, region: ChangedRegion): Text | null {
  const { root, options } = index;
  const isSkipped = (n: Node) =>
    n.nodeType === ELEMENT_NODE && isSkippedElement(n as Element, options.skip);
  const deepestLast = (n: Node): Node => {
    while (!isSkipped(n) && n.lastChild) n = n.lastChild;
    return n;
  };
  const previous = (n: Node): Node | null => {
    if (n === root) return null;
    return n.previousSibling ? deepestLast(n.previousSibling) : n.parentNode;
  };
  for (
    let n: Node | null = region.after ? deepestLast(region.after) : previous(region.parent);
    n && n !== root;
    n = previous(n)
  ) {
    if (n.nodeType === TEXT_NODE && index.nodes.has(n as Text)) return n as Text;
  }
  return null;
}
