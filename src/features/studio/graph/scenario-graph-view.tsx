import { memo, useEffect, useId, useMemo, useRef } from 'react';
import type { ScenarioDiagram } from '../../../core/studio/diagram-types.ts';
import { drawingModel, nodeAt, type DrawingModel } from './drawing-model.ts';
import { GraphDrawing, OVERVIEW_EDGES, TEXT_ZOOM } from './graph-drawing.tsx';
import { GraphLegend } from './graph-legend.tsx';
import { StateList } from './state-list.tsx';
import { useDiagramLayout } from './use-diagram-layout.ts';
import { usePanZoom, ZOOM_STEP } from './use-pan-zoom.ts';
import { centreOn, cull, inView, visibleRect } from './viewport.ts';
import './graph.css';

/** More nodes than this on screen are drawn as one shape per style, without words. */
const OVERVIEW_NODES = 600;

/** Screen pixels drawn beyond the edges, so a short pan shows no gap. */
const CULL_MARGIN = 200;

/** Props of {@link ScenarioGraphView}. */
export interface ScenarioGraphViewProps {
  /** What to draw; undefined while the file does not load. */
  diagram: ScenarioDiagram | undefined;
  /** The state to highlight (and bring into view). */
  selectedState?: string;
  /** Called when a state is chosen in the drawing or the list. */
  onSelectState: (stateId: string) => void;
  /** The scenario's title: names the graph ("Graph of …") and the list ("States of …"). */
  label: string;
}

function statusOf(
  diagram: ScenarioDiagram | undefined,
  pending: boolean,
  error: string | undefined,
): string {
  if (diagram === undefined) return 'No graph: the file has errors to fix first.';
  if (error !== undefined) return error;
  if (pending) return `Laying out ${diagram.nodes.length} states\u2026`;
  return '';
}

/**
 * The scenario's graph: a pan-and-zoom drawing laid out off the page's thread, with only what
 * is on screen drawn, and beside it the States list, which is how keyboard and screen reader
 * users reach the nodes. Choosing a state anywhere calls `onSelectState`.
 */
function ScenarioGraphViewView({
  diagram,
  selectedState,
  onSelectState,
  label,
}: ScenarioGraphViewProps) {
  const keysId = useId();
  const { layout, pending, error } = useDiagramLayout(diagram);
  const model = useMemo<DrawingModel | undefined>(
    () =>
      diagram === undefined || layout === undefined ? undefined : drawingModel(diagram, layout),
    [diagram, layout],
  );
  const pz = usePanZoom(layout, (x, y) => {
    const node = model === undefined ? undefined : nodeAt(model, x, y);
    if (node !== undefined) onSelectState(node.id);
  });
  const {
    view,
    setView,
    size,
    fit,
    zoomBy,
    attach,
    onKeyDown,
    onPointerDown,
    onPointerMove,
    onPointerUp,
  } = pz;

  // A new scenario (or the first layout) is shown whole; edits to the same one keep the view.
  const fitted = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (layout === undefined || diagram === undefined || fitted.current === diagram.scenarioId)
      return;
    fitted.current = diagram.scenarioId;
    fit();
  }, [layout, diagram, fit]);

  // The selected node is brought into view when it is chosen (not on every pan).
  const selectedBox = selectedState === undefined ? undefined : model?.boxes.get(selectedState);
  useEffect(() => {
    if (selectedBox === undefined) return;
    if (view.k >= TEXT_ZOOM && inView(view, selectedBox, size.width, size.height)) return;
    setView(centreOn(view, selectedBox, size.width, size.height));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only a new selection moves the view.
  }, [selectedBox]);

  const onScreen = useMemo(() => {
    if (model === undefined) return { nodes: [], edges: [], overview: false };
    const rect = visibleRect(view, size.width, size.height, CULL_MARGIN);
    const culled = cull(model.nodes, model.edges, rect);
    // The overview draws everything as a few shapes that do not change while panning.
    return culled.nodes.length > OVERVIEW_NODES
      ? { nodes: model.nodes, edges: model.edges, overview: true }
      : { ...culled, overview: false };
  }, [model, view, size]);
  const hidden = onScreen.overview && onScreen.edges.length > OVERVIEW_EDGES;
  const status =
    statusOf(diagram, pending, error) ||
    (hidden ? 'Zoom in to see the edges (only the model answer is drawn at this scale).' : '');

  return (
    <div className="scenario-graph">
      <div className="scenario-graph__main">
        <div className="scenario-graph__toolbar" role="toolbar" aria-label="Graph view">
          <button type="button" onClick={() => zoomBy(ZOOM_STEP)}>
            Zoom in
          </button>
          <button type="button" onClick={() => zoomBy(1 / ZOOM_STEP)}>
            Zoom out
          </button>
          <button type="button" onClick={fit}>
            Fit
          </button>
          <span className="scenario-graph__zoom">{Math.round(view.k * 100)}%</span>
        </div>
        <div
          ref={attach}
          className="scenario-graph__canvas"
          role="group"
          aria-roledescription="graph"
          aria-label={`Graph of ${label}`}
          aria-describedby={keysId}
          tabIndex={0}
          onKeyDown={onKeyDown}
          onPointerDown={onPointerDown}
          onPointerMove={onPointerMove}
          onPointerUp={onPointerUp}
        >
          {model !== undefined && (
            <GraphDrawing
              nodes={onScreen.nodes}
              edges={onScreen.edges}
              overview={onScreen.overview}
              view={view}
              width={size.width}
              height={size.height}
              selectedState={selectedState}
            />
          )}
        </div>
        <p id={keysId} className="scenario-graph__keys">
          Drag or use the arrow keys to move, the wheel or + and - to zoom, 0 to fit. Click a state,
          or choose it in the States list.
        </p>
        <p className="scenario-graph__status" role="status">
          {status}
        </p>
        <GraphLegend />
      </div>
      {diagram !== undefined && (
        <StateList
          nodes={diagram.nodes}
          selectedState={selectedState}
          onSelectState={onSelectState}
          label={label}
        />
      )}
    </div>
  );
}

/** ScenarioGraphView, redrawn only when its props change (not on every keystroke in the editor). */
export const ScenarioGraphView = memo(ScenarioGraphViewView);
