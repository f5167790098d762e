import { memo, useId } from 'react';
import type { DiagramNode } from '../../../core/studio/diagram-types.ts';
import { nodeClass, type DrawnEdge, type DrawnNode } from './drawing-model.ts';
import { clip, flagIcons, marksShort } from './node-words.ts';
import type { Viewport } from './viewport.ts';

/** Below this zoom, node boxes drop their words (they could not be read). */
export const TEXT_ZOOM = 0.4;

/** Below this zoom, edges drop their labels. */
const LABEL_ZOOM = 0.6;

/** The overview draws the model answer only when there are more edges than this. */
export const OVERVIEW_EDGES = 1500;

/** Props of {@link GraphDrawing}. */
export interface GraphDrawingProps {
  /** The nodes on screen. */
  nodes: readonly DrawnNode[];
  /** The edges on screen. */
  edges: readonly DrawnEdge[];
  /** Draw one shape per style instead of an element per node (many nodes on screen). */
  overview: boolean;
  /** The view. */
  view: Viewport;
  /** Screen size. */
  width: number;
  /** Screen size. */
  height: number;
  /** The selected state. */
  selectedState: string | undefined;
}

const polyline = (points: DrawnEdge['route']['points']): string =>
  points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x.toFixed(1)} ${p.y.toFixed(1)}`).join('');

function secondLine(node: DiagramNode): string {
  return node.ending === undefined ? node.text : `${node.ending.outcome}: ${node.ending.title}`;
}

function nodeClasses(node: DiagramNode, selected: boolean): string {
  const classes = ['graph-node', `graph-node--${nodeClass(node)}`];
  if (node.flags.unreachable) classes.push('graph-node--unreachable');
  if (node.flags.trap || node.flags.noWayOut) classes.push('graph-node--problem');
  if (node.onModelAnswer) classes.push('graph-node--model');
  if (selected) classes.push('graph-node--selected');
  return classes.join(' ');
}

/**
 * Many nodes as one path per style: thousands of boxes cost a few elements. Memoised and
 * given every node (not only those on screen), so panning changes only the transform.
 */
const Overview = memo(function Overview({
  nodes,
  edges,
  selectedState,
}: Pick<GraphDrawingProps, 'nodes' | 'edges' | 'selectedState'>) {
  const shapes = new Map<string, string[]>();
  for (const { node, box } of nodes) {
    const key = nodeClasses(node, node.id === selectedState);
    const list = shapes.get(key) ?? [];
    list.push(`M${box.x} ${box.y}h${box.width}v${box.height}h${-box.width}z`);
    shapes.set(key, list);
  }
  // Thousands of edges at this scale are a grey blur that costs most of each frame.
  const plain =
    edges.length > OVERVIEW_EDGES
      ? []
      : edges.filter((e) => !e.edge.onModelAnswer).map((e) => polyline(e.route.points));
  const model = edges.filter((e) => e.edge.onModelAnswer).map((e) => polyline(e.route.points));
  return (
    <>
      <path className="graph-edge" d={plain.join('')} />
      <path className="graph-edge graph-edge--model" d={model.join('')} />
      {[...shapes].map(([key, d]) => (
        <path key={key} className={key} d={d.join('')} />
      ))}
    </>
  );
});

/** The drawing: edges under nodes, words where they can be read. Purely visual (the list is the accessible side). */
export function GraphDrawing(props: GraphDrawingProps) {
  const { nodes, edges, overview, view, width, height, selectedState } = props;
  const arrow = useId();
  const showText = view.k >= TEXT_ZOOM;
  const showLabels = view.k >= LABEL_ZOOM;
  return (
    <svg
      className="graph-drawing"
      width={width}
      height={height}
      aria-hidden="true"
      focusable="false"
    >
      <defs>
        <marker
          id={arrow}
          viewBox="0 0 10 10"
          refX="9"
          refY="5"
          markerWidth="7"
          markerHeight="7"
          orient="auto-start-reverse"
        >
          <path d="M0 0L10 5L0 10z" className="graph-arrow" />
        </marker>
      </defs>
      <g transform={`translate(${view.x} ${view.y}) scale(${view.k})`}>
        {overview ? (
          <Overview nodes={nodes} edges={edges} selectedState={selectedState} />
        ) : (
          <>
            {edges.map(({ edge, route }) => (
              <path
                key={edge.id}
                className={`graph-edge graph-edge--${edge.kind}${edge.onModelAnswer ? ' graph-edge--model' : ''}`}
                d={polyline(route.points)}
                markerEnd={`url(#${arrow})`}
              />
            ))}
            {showLabels &&
              edges.map(({ edge, route }) => {
                const mid = route.points[Math.floor(route.points.length / 2)];
                if (mid === undefined) return null;
                const marks = marksShort(edge.marks);
                return (
                  <text key={edge.id} className="graph-edge-label" x={mid.x + 4} y={mid.y - 4}>
                    {clip(edge.label, 26)}
                    {marks === '' ? null : <tspan className="graph-edge-marks"> {marks}</tspan>}
                  </text>
                );
              })}
            {nodes.map(({ node, box }) => (
              <g
                key={node.id}
                className={nodeClasses(node, node.id === selectedState)}
                transform={`translate(${box.x} ${box.y})`}
              >
                <rect width={box.width} height={box.height} rx="8" />
                {showText && (
                  <>
                    <text x="10" y="22" className="graph-node-name">
                      {clip(`${flagIcons(node)} ${node.name}`.trim(), 26)}
                    </text>
                    <text x="10" y="42" className="graph-node-text">
                      {clip(secondLine(node), 30)}
                    </text>
                  </>
                )}
              </g>
            ))}
          </>
        )}
      </g>
    </svg>
  );
}
