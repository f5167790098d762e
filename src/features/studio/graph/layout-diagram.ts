import dagre, {
  type EdgeLabel,
  type GraphLabel,
  type NodeLabel,
  type RankerFunction,
} from '@dagrejs/dagre';
import type { ScenarioDiagram } from '../../../core/studio/diagram-types.ts';
import { layerRanks } from './layer-ranks.ts';
import {
  NODE_HEIGHT,
  NODE_WIDTH,
  type DiagramLayout,
  type EdgeRoute,
  type LayoutInput,
  type NodeBox,
  type Point,
} from './layout-types.ts';

/** Margin around the drawing. */
const MARGIN = 24;

/**
 * Above this many nodes, dagre places only the links between neighbouring layers and the
 * others are drawn straight: with every link, 10,000 states took over two minutes (long
 * links to shared endings become chains of thousands of dummy nodes); this way about 6 s.
 */
export const LARGE_LAYOUT_NODES = 2_500;

/** The layout's input: ids and links only, so typing in a reply does not change it. */
export function layoutInputOf(diagram: ScenarioDiagram): LayoutInput {
  return {
    nodes: diagram.nodes.map((n) => n.id),
    edges: diagram.edges.map((e) => [e.id, e.source, e.target]),
  };
}

/** A key that is equal for two inputs exactly when their layouts are. */
export function layoutKey(input: LayoutInput): string {
  return `${input.nodes.join('\n')}\n\n${input.edges.map((e) => e.join('\t')).join('\n')}`;
}

/**
 * Lays a diagram out top to bottom with dagre (layered: the start at the top, endings
 * towards the bottom). Ranks come from the longest-path ranker: dagre's default
 * network-simplex ranker took minutes on a 1,300-node generated scenario where this takes
 * about 3 s (README.md beside this file has the figures). Above `largeFrom` nodes the layers
 * are worked out here and dagre places only the links between neighbouring layers (see
 * LARGE_LAYOUT_NODES). Pure: runs in a worker or on the page.
 */
export function layoutDiagram(
  input: LayoutInput,
  largeFrom: number = LARGE_LAYOUT_NODES,
): DiagramLayout {
  const large = input.nodes.length > largeFrom;
  const ranks = large ? layerRanks(input) : undefined;
  const g = new dagre.graphlib.Graph<GraphLabel, NodeLabel, EdgeLabel>({ multigraph: true });
  const label: RankedGraphLabel = {
    rankdir: 'TB',
    nodesep: 28,
    edgesep: 8,
    ranksep: 72,
    // dagre doubles every link's length to make room for labels, hence twice the layer;
    // its own helper nodes (the nesting root) go above everything.
    ranker:
      ranks === undefined
        ? 'longest-path'
        : (graph) => {
            for (const id of graph.nodes()) {
              const rank = ranks.get(id);
              graph.node(id).rank = rank === undefined ? 0 : 2 * rank + 2;
            }
          },
  };
  // dagre 3 calls a function ranker (lib/rank/index.js) but its types list only the names.
  g.setGraph(label as GraphLabel);
  g.setDefaultEdgeLabel(() => ({}));
  for (const id of input.nodes) g.setNode(id, { width: NODE_WIDTH, height: NODE_HEIGHT });
  const known = new Set(input.nodes);
  const straight: [string, string, string][] = [];
  for (const edge of input.edges) {
    const [id, source, target] = edge;
    // Loops are drawn by the view; an edge to a node the diagram lacks cannot be placed.
    if (source === target || !known.has(source) || !known.has(target)) continue;
    if (ranks !== undefined && ranks.get(target) !== (ranks.get(source) ?? 0) + 1) {
      straight.push(edge);
      continue;
    }
    g.setEdge(source, target, {}, id);
  }
  dagre.layout(g);
  const nodes: NodeBox[] = [];
  const boxes = new Map<string, NodeBox>();
  let width = 0;
  let height = 0;
  for (const id of input.nodes) {
    const label = g.node(id);
    const x = (label.x ?? 0) - NODE_WIDTH / 2 + MARGIN;
    const y = (label.y ?? 0) - NODE_HEIGHT / 2 + MARGIN;
    const box = { id, x, y, width: NODE_WIDTH, height: NODE_HEIGHT };
    nodes.push(box);
    boxes.set(id, box);
    width = Math.max(width, x + NODE_WIDTH + MARGIN);
    height = Math.max(height, y + NODE_HEIGHT + MARGIN);
  }
  const edges: EdgeRoute[] = [];
  for (const e of g.edges()) {
    const points = (g.edge(e).points ?? []).map((p: Point) => ({
      x: p.x + MARGIN,
      y: p.y + MARGIN,
    }));
    if (e.name !== undefined && points.length >= 2) edges.push({ id: e.name, points });
  }
  for (const [id, source, target] of straight) {
    const from = boxes.get(source);
    const to = boxes.get(target);
    if (from !== undefined && to !== undefined) edges.push({ id, points: straightRoute(from, to) });
  }
  return { nodes, edges, width, height };
}

/** dagre's graph options, with a ranker that sets each node's rank itself. */
type RankedGraphLabel = Omit<GraphLabel, 'ranker'> & {
  ranker: GraphLabel['ranker'] | RankerFunction;
};

/** From one box's edge to the other's: bottom to top going down, top to bottom going up. */
function straightRoute(from: NodeBox, to: NodeBox): Point[] {
  const down = to.y >= from.y;
  return [
    { x: from.x + from.width / 2, y: down ? from.y + from.height : from.y },
    { x: to.x + to.width / 2, y: down ? to.y : to.y + to.height },
  ];
}
