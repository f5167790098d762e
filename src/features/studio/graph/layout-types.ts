/** A point in the diagram's coordinates (pixels at zoom 1). */
export interface Point {
  /** Left to right. */
  x: number;
  /** Top to bottom. */
  y: number;
}

/** What the layout needs of a diagram: its ids and who links to whom (small to post to a worker). */
export interface LayoutInput {
  /** Node ids in document order. */
  nodes: string[];
  /** Edges as [id, source, target]. */
  edges: [string, string, string][];
}

/** Where one node sits: its box's top-left corner and size. */
export interface NodeBox {
  /** The node's id. */
  id: string;
  /** Left edge. */
  x: number;
  /** Top edge. */
  y: number;
  /** Width. */
  width: number;
  /** Height. */
  height: number;
}

/** The route of one edge, from its source's border to its target's. */
export interface EdgeRoute {
  /** The edge's id. */
  id: string;
  /** Points to draw through (at least two). */
  points: Point[];
}

/** A laid-out diagram. */
export interface DiagramLayout {
  /** Boxes by node, in input order. */
  nodes: NodeBox[];
  /** Routes by edge (edges from a node to itself are left to the view: it draws a loop). */
  edges: EdgeRoute[];
  /** Width of the whole drawing. */
  width: number;
  /** Height of the whole drawing. */
  height: number;
}

/** Size of every node box: fixed, so the layout needs no text measuring and runs in a worker. */
export const NODE_WIDTH = 200;

/** See NODE_WIDTH. */
export const NODE_HEIGHT = 56;
