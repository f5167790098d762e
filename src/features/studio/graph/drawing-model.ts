import type {
  DiagramEdge,
  DiagramNode,
  ScenarioDiagram,
} from '../../../core/studio/diagram-types.ts';
import type { DiagramLayout, NodeBox } from './layout-types.ts';
import { boundsOf, type BoundedRoute } from './viewport.ts';

/** A node as drawn: its box and what it says. */
export interface DrawnNode {
  /** Where it sits. */
  box: NodeBox;
  /** The diagram's node. */
  node: DiagramNode;
}

/** An edge as drawn: its route and what it says. */
export interface DrawnEdge {
  /** Its route, with bounds for culling. */
  route: BoundedRoute;
  /** The diagram's edge. */
  edge: DiagramEdge;
}

/** What the drawing shows: the diagram's nodes and edges placed by a layout. */
export interface DrawingModel {
  /** Laid-out nodes (a node newer than the layout is left out until it is laid out). */
  nodes: DrawnNode[];
  /** Laid-out edges, loops included. */
  edges: DrawnEdge[];
  /** Boxes by state id. */
  boxes: ReadonlyMap<string, NodeBox>;
}

/** A loop from a box's right side back to it. */
function loopRoute(id: string, box: NodeBox): BoundedRoute {
  const right = box.x + box.width;
  const points = [
    { x: right, y: box.y + 16 },
    { x: right + 24, y: box.y + 8 },
    { x: right + 24, y: box.y + box.height - 8 },
    { x: right, y: box.y + box.height - 16 },
  ];
  return { id, points, bounds: boundsOf(points) };
}

/** Joins a diagram with a layout (possibly of an earlier version of it) by ids. */
export function drawingModel(diagram: ScenarioDiagram, layout: DiagramLayout): DrawingModel {
  const byId = new Map(diagram.nodes.map((n) => [n.id, n]));
  const boxes = new Map<string, NodeBox>();
  const nodes: DrawnNode[] = [];
  for (const box of layout.nodes) {
    const node = byId.get(box.id);
    if (node === undefined) continue;
    boxes.set(box.id, box);
    nodes.push({ box, node });
  }
  const routes = new Map(layout.edges.map((r) => [r.id, r]));
  const edges: DrawnEdge[] = [];
  for (const edge of diagram.edges) {
    if (edge.source === edge.target) {
      const box = boxes.get(edge.source);
      if (box !== undefined) edges.push({ edge, route: loopRoute(edge.id, box) });
      continue;
    }
    const route = routes.get(edge.id);
    if (route !== undefined && boxes.has(edge.source) && boxes.has(edge.target))
      edges.push({ edge, route: { ...route, bounds: boundsOf(route.points) } });
  }
  return { nodes, edges, boxes };
}

/** The node whose box holds the drawing point (x, y), if any. */
export function nodeAt(model: DrawingModel, x: number, y: number): DiagramNode | undefined {
  for (let i = model.nodes.length - 1; i >= 0; i--) {
    const drawn = model.nodes[i];
    if (drawn === undefined) continue;
    const { box } = drawn;
    if (x >= box.x && x <= box.x + box.width && y >= box.y && y <= box.y + box.height)
      return drawn.node;
  }
  return undefined;
}

/** The style class of a node: its kind, and an ending's outcome. */
export function nodeClass(node: DiagramNode): string {
  return node.ending === undefined ? node.kind : `ending-${node.ending.outcome}`;
}
