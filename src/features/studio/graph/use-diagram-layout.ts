import { useEffect, useMemo, useRef, useState } from 'react';
import type { ScenarioDiagram } from '../../../core/studio/diagram-types.ts';
import { createLayoutClient, type LayoutClient } from './layout-client.ts';
import { layoutInputOf, layoutKey } from './layout-diagram.ts';
import type { DiagramLayout } from './layout-types.ts';

/** Where the layout of the current diagram stands. */
export interface DiagramLayoutState {
  /** The newest layout (possibly of an earlier diagram while the current one is laid out). */
  layout: DiagramLayout | undefined;
  /** A newer diagram is being laid out. */
  pending: boolean;
  /** Why the last layout failed. */
  error: string | undefined;
}

/**
 * The layout of a diagram, worked out off the page's thread. Only ids and links go in, so
 * edits to text keep the layout and cost nothing; a new structure is laid out once the
 * running layout is done.
 */
export function useDiagramLayout(diagram: ScenarioDiagram | undefined): DiagramLayoutState {
  const clientRef = useRef<LayoutClient | undefined>(undefined);
  const [state, setState] = useState<{ key: string; layout?: DiagramLayout; error?: string }>({
    key: '',
  });
  const input = useMemo(
    () => (diagram === undefined ? undefined : layoutInputOf(diagram)),
    [diagram],
  );
  const key = useMemo(() => (input === undefined ? '' : layoutKey(input)), [input]);

  useEffect(() => {
    const client = createLayoutClient();
    clientRef.current = client;
    return () => {
      client.dispose();
      clientRef.current = undefined;
    };
  }, []);

  // The last layout asked for: a layout finishing while a newer one waits must not ask
  // for that newer one a second time.
  const requested = useRef('');
  useEffect(() => {
    const client = clientRef.current;
    if (input === undefined || client === undefined || key === state.key) return;
    if (key === requested.current) return;
    requested.current = key;
    client.request(input, (result) =>
      setState(
        'layout' in result
          ? { key, layout: result.layout }
          : (old) => ({ ...old, key, error: result.failed }),
      ),
    );
  }, [input, key, state.key]);

  return {
    layout: state.layout,
    pending: input !== undefined && key !== state.key,
    error: key === state.key ? state.error : undefined,
  };
}
