import type { DiagramLayout, EdgeRoute, NodeBox, Point } from './layout-types.ts';

/** A view of the drawing: screen = drawing × k + (x, y). */
export interface Viewport {
  /** Horizontal offset in screen pixels. */
  x: number;
  /** Vertical offset in screen pixels. */
  y: number;
  /** Zoom factor. */
  k: number;
}

/** A rectangle in drawing coordinates. */
export interface Rect {
  /** Left. */
  x: number;
  /** Top. */
  y: number;
  /** Width. */
  width: number;
  /** Height. */
  height: number;
}

/** Smallest zoom: a 10,000-state drawing still fits a screen. */
export const MIN_ZOOM = 0.02;

/** Largest zoom. */
export const MAX_ZOOM = 3;

/** The zoom factor `k` kept within the limits. */
export function clampZoom(k: number): number {
  return Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, k));
}

/** The view that shows the whole drawing centred in a `width` × `height` screen (never above 1). */
export function fitView(
  layout: Pick<DiagramLayout, 'width' | 'height'>,
  width: number,
  height: number,
): Viewport {
  const k = clampZoom(
    Math.min(1, width / Math.max(1, layout.width), height / Math.max(1, layout.height)),
  );
  return { k, x: (width - layout.width * k) / 2, y: (height - layout.height * k) / 2 };
}

/** `view` zoomed by `factor` around the screen point (px, py), which stays where it is. */
export function zoomAt(view: Viewport, factor: number, px: number, py: number): Viewport {
  const k = clampZoom(view.k * factor);
  const scale = k / view.k;
  return { k, x: px - (px - view.x) * scale, y: py - (py - view.y) * scale };
}

/** The part of the drawing a `width` × `height` screen shows, grown by `margin` screen pixels. */
export function visibleRect(view: Viewport, width: number, height: number, margin = 0): Rect {
  return {
    x: (-view.x - margin) / view.k,
    y: (-view.y - margin) / view.k,
    width: (width + 2 * margin) / view.k,
    height: (height + 2 * margin) / view.k,
  };
}

/** The two rectangles overlap. */
export function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** The smallest rectangle around some points. */
export function boundsOf(points: readonly Point[]): Rect {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const p of points) {
    minX = Math.min(minX, p.x);
    minY = Math.min(minY, p.y);
    maxX = Math.max(maxX, p.x);
    maxY = Math.max(maxY, p.y);
  }
  return { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}

/** `view` moved so `box` is in the middle of the screen; zoomed in to 1 when too small to read. */
export function centreOn(view: Viewport, box: NodeBox, width: number, height: number): Viewport {
  const k = view.k < 0.6 ? 1 : view.k;
  return {
    k,
    x: width / 2 - (box.x + box.width / 2) * k,
    y: height / 2 - (box.y + box.height / 2) * k,
  };
}

/** The box lies wholly on screen. */
export function inView(view: Viewport, box: NodeBox, width: number, height: number): boolean {
  const left = box.x * view.k + view.x;
  const top = box.y * view.k + view.y;
  return (
    left >= 0 &&
    top >= 0 &&
    left + box.width * view.k <= width &&
    top + box.height * view.k <= height
  );
}

/** An edge route with the rectangle around it, for culling. */
export interface BoundedRoute extends EdgeRoute {
  /** Around its points. */
  bounds: Rect;
}

/** What is on screen: the nodes and edges whose boxes overlap the visible rectangle. */
export function cull<N extends { box: Rect }, E extends { route: { bounds: Rect } }>(
  nodes: readonly N[],
  edges: readonly E[],
  rect: Rect,
): { nodes: N[]; edges: E[] } {
  return {
    nodes: nodes.filter((n) => overlaps(n.box, rect)),
    edges: edges.filter((e) => overlaps(e.route.bounds, rect)),
  };
}
