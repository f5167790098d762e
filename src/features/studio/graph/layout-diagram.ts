import dagre, { type EdgeLabel, type GraphLabel, type NodeLabel } from '@dagrejs/dagre';
import type { ScenarioDiagram } from '../../../core/studio/diagram-types.ts';
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
 * about 3 s (README.md beside this file has the figures). Pure: runs in a worker or on the page.
 */
export function layoutDiagram(input: LayoutInput): DiagramLayout {
  const g = new dagre.graphlib.Graph<GraphLabel, NodeLabel, EdgeLabel>({ multigraph: true });
  g.setGraph({ rankdir: 'TB', nodesep: 28, edgesep: 8, ranksep: 72, ranker: 'longest-path' });
  g.setDefaultEdgeLabel(() => ({}));
  for (const id of input.nodes) g.setNode(id, { width: NODE_WIDTH, height: NODE_HEIGHT });
  const known = new Set(input.nodes);
  for (const [id, source, target] of input.edges) {
    // Loops are drawn by the view; an edge to a node the diagram lacks cannot be placed.
    if (source === target || !known.has(source) || !known.has(target)) continue;
    g.setEdge(source, target, {}, id);
  }
  dagre.layout(g);
  const nodes: NodeBox[] = [];
  let width = 0;
  let height = 0;
  for (const id of input.nodes) {
    const label = g.node(id);
    const x = (label.x ?? 0) - NODE_WIDTH / 2 + MARGIN;
    const y = (label.y ?? 0) - NODE_HEIGHT / 2 + MARGIN;
    nodes.push({ id, x, y, width: NODE_WIDTH, height: NODE_HEIGHT });
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
  return { nodes, edges, width, height };
}
