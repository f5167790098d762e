import {
  useCallback,
  useEffect,
  useRef,
  useState,
  type KeyboardEvent,
  type PointerEvent,
} from 'react';
import { fitView, zoomAt, type Viewport } from './viewport.ts';

/** Screen size used until the element is measured (and in jsdom, which measures nothing). */
const FALLBACK = { width: 800, height: 480 };

/** Pixels an arrow key pans (four times that with Shift). */
const STEP = 80;

/** Zoom factor of one key press or button. */
export const ZOOM_STEP = 1.25;

/** A pointer that moved less than this (px) between down and up clicked. */
const CLICK_SLOP = 4;

/** Pan and zoom of a drawing in an element, by wheel, drag and keys. */
export interface PanZoom {
  /** The current view. */
  view: Viewport;
  /** Replaces the view. */
  setView: (view: Viewport) => void;
  /** The element's measured size. */
  size: { width: number; height: number };
  /** Shows the whole drawing. */
  fit: () => void;
  /** Zooms around the middle of the element. */
  zoomBy: (factor: number) => void;
  /** Give it the element (as its `ref`). */
  attach: (element: HTMLDivElement | null) => void;
  /** Keys: arrows pan, + and - zoom, 0 fits. */
  onKeyDown: (event: KeyboardEvent) => void;
  /** Starts a drag. */
  onPointerDown: (event: PointerEvent) => void;
  /** Drags. */
  onPointerMove: (event: PointerEvent) => void;
  /** Ends a drag; calls `onClick` with the drawing's coordinates when the pointer barely moved. */
  onPointerUp: (event: PointerEvent) => void;
}

/** Pan and zoom for a drawing of `drawing` size; `onClick` hears clicks that were not drags, at drawing coordinates. */
export function usePanZoom(
  drawing: { width: number; height: number } | undefined,
  onClick: (x: number, y: number) => void,
): PanZoom {
  const [element, setElement] = useState<HTMLDivElement | null>(null);
  const [size, setSize] = useState(FALLBACK);
  const [view, setView] = useState<Viewport>({ x: 0, y: 0, k: 1 });
  const drag = useRef<{ x: number; y: number; view: Viewport; moved: boolean } | undefined>(
    undefined,
  );

  useEffect(() => {
    if (element === null || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      const box = entry?.contentRect;
      if (box !== undefined && box.width > 0 && box.height > 0)
        setSize({ width: box.width, height: box.height });
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [element]);

  // The wheel zooms the drawing, not the page: that needs a listener that is not passive.
  useEffect(() => {
    if (element === null) return;
    const onWheel = (event: WheelEvent): void => {
      event.preventDefault();
      const box = element.getBoundingClientRect();
      const factor = Math.exp(-event.deltaY * (event.deltaMode === 1 ? 0.05 : 0.0015));
      setView((v) => zoomAt(v, factor, event.clientX - box.left, event.clientY - box.top));
    };
    element.addEventListener('wheel', onWheel, { passive: false });
    return () => element.removeEventListener('wheel', onWheel);
  }, [element]);

  const fit = useCallback(() => {
    if (drawing !== undefined) setView(fitView(drawing, size.width, size.height));
  }, [drawing, size]);
  const zoomBy = useCallback(
    (factor: number) => setView((v) => zoomAt(v, factor, size.width / 2, size.height / 2)),
    [size],
  );

  const onKeyDown = (event: KeyboardEvent): void => {
    const step = event.shiftKey ? STEP * 4 : STEP;
    const pan: Record<string, [number, number]> = {
      ArrowLeft: [step, 0],
      ArrowRight: [-step, 0],
      ArrowUp: [0, step],
      ArrowDown: [0, -step],
    };
    const move = pan[event.key];
    if (move !== undefined) setView((v) => ({ ...v, x: v.x + move[0], y: v.y + move[1] }));
    else if (event.key === '+' || event.key === '=') zoomBy(ZOOM_STEP);
    else if (event.key === '-' || event.key === '_') zoomBy(1 / ZOOM_STEP);
    else if (event.key === '0') fit();
    else return;
    event.preventDefault();
  };

  return {
    view,
    setView,
    size,
    fit,
    zoomBy,
    attach: setElement,
    onKeyDown,
    onPointerDown(event) {
      if (event.button !== 0) return;
      drag.current = { x: event.clientX, y: event.clientY, view, moved: false };
      event.currentTarget.setPointerCapture?.(event.pointerId);
    },
    onPointerMove(event) {
      const start = drag.current;
      if (start === undefined) return;
      const dx = event.clientX - start.x;
      const dy = event.clientY - start.y;
      if (!start.moved && Math.hypot(dx, dy) < CLICK_SLOP) return;
      start.moved = true;
      setView({ ...start.view, x: start.view.x + dx, y: start.view.y + dy });
    },
    onPointerUp(event) {
      const start = drag.current;
      drag.current = undefined;
      if (start === undefined || start.moved) return;
      const box = event.currentTarget.getBoundingClientRect();
      onClick(
        (event.clientX - box.left - view.x) / view.k,
        (event.clientY - box.top - view.y) / view.k,
      );
    },
  };
}
