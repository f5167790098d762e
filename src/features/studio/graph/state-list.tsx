import { memo, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { DiagramNode } from '../../../core/studio/diagram-types.ts';
import { flagWords, kindWords } from './node-words.ts';

/** Height of one row in px (fixed, so only the rows in view are rendered). */
const ROW = 36;

/** Rows rendered above and below the visible ones. */
const OVERSCAN = 8;

/** Rows assumed visible before the list is measured (jsdom measures nothing). */
const FALLBACK_ROWS = 12;

/** Props of {@link StateList}. */
export interface StateListProps {
  /** Every node of the diagram, in document order. */
  nodes: readonly DiagramNode[];
  /** The selected state. */
  selectedState: string | undefined;
  /** Called with a state chosen by click, Enter or Space. */
  onSelectState: (stateId: string) => void;
  /** Names the list ("States of <label>"). */
  label: string;
}

/** A node's words in the list: "greet — turn; ▶ start; ★ model answer, step 1". */
function describe(node: DiagramNode): string {
  return [kindWords(node), ...flagWords(node)].join('; ');
}

/**
 * The states as a listbox: the graph's accessible side. Arrows, Home, End and Page keys move,
 * Enter or Space chooses; a filter narrows it; only the rows in view are rendered, so 10,000
 * states stay cheap.
 */
export const StateList = memo(function StateList({
  nodes,
  selectedState,
  onSelectState,
  label,
}: StateListProps) {
  const id = useId();
  const listRef = useRef<HTMLDivElement>(null);
  const [filter, setFilter] = useState('');
  const [scroll, setScroll] = useState({ top: 0, height: FALLBACK_ROWS * ROW });
  const [active, setActive] = useState<string | undefined>(selectedState);
  // A selection made elsewhere (the drawing, the text) becomes the active row.
  const [seen, setSeen] = useState(selectedState);
  if (seen !== selectedState) {
    setSeen(selectedState);
    if (selectedState !== undefined) setActive(selectedState);
  }
  const shown = useMemo(() => {
    const words = filter.trim().toLowerCase();
    if (words === '') return nodes;
    return nodes.filter((n) => `${n.name} ${n.text} ${describe(n)}`.toLowerCase().includes(words));
  }, [nodes, filter]);
  const activeIndex = shown.findIndex((n) => n.id === active);

  /** Scrolls the list so the row shows (the scroll event then renders it). */
  const scrollToRow = (index: number): void => {
    const list = listRef.current;
    if (list === null || index < 0) return;
    const height = list.clientHeight || FALLBACK_ROWS * ROW;
    if (index * ROW < list.scrollTop) list.scrollTop = index * ROW;
    else if ((index + 1) * ROW > list.scrollTop + height)
      list.scrollTop = (index + 1) * ROW - height;
  };

  // A new selection is scrolled into view.
  useEffect(() => {
    if (selectedState === undefined) return;
    scrollToRow(shown.findIndex((n) => n.id === selectedState));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only a new selection scrolls.
  }, [selectedState]);

  const moveTo = (index: number): void => {
    const node = shown[Math.max(0, Math.min(shown.length - 1, index))];
    if (node === undefined) return;
    setActive(node.id);
    scrollToRow(shown.indexOf(node));
  };

  const onKeyDown = (event: KeyboardEvent): void => {
    const page = Math.max(
      1,
      Math.floor((listRef.current?.clientHeight || FALLBACK_ROWS * ROW) / ROW) - 1,
    );
    const from = activeIndex < 0 ? -1 : activeIndex;
    const moves: Record<string, number> = {
      ArrowDown: from + 1,
      ArrowUp: Math.max(0, from - 1),
      Home: 0,
      End: shown.length - 1,
      PageDown: from + page,
      PageUp: Math.max(0, from - page),
    };
    const target = moves[event.key];
    if (target !== undefined) moveTo(target);
    else if (
      (event.key === 'Enter' || event.key === ' ') &&
      active !== undefined &&
      activeIndex >= 0
    )
      onSelectState(active);
    else return;
    event.preventDefault();
  };

  const first = Math.max(0, Math.floor(scroll.top / ROW) - OVERSCAN);
  const last = Math.min(shown.length - 1, Math.ceil((scroll.top + scroll.height) / ROW) + OVERSCAN);
  const rows: number[] = [];
  for (let i = first; i <= last; i++) rows.push(i);
  // The active row must exist for aria-activedescendant, even when scrolled away.
  if (activeIndex >= 0 && (activeIndex < first || activeIndex > last)) rows.push(activeIndex);
  const optionId = (index: number): string => `${id}-state-${index}`;

  return (
    <div className="state-list">
      <label className="state-list__filter">
        Filter states
        <input type="search" value={filter} onChange={(e) => setFilter(e.target.value)} />
      </label>
      <p className="state-list__count" aria-live="polite">
        {shown.length === nodes.length
          ? `${nodes.length} states`
          : `${shown.length} of ${nodes.length} states`}
      </p>
      <div
        ref={listRef}
        className="state-list__box"
        role="listbox"
        tabIndex={0}
        aria-label={`States of ${label}`}
        aria-activedescendant={activeIndex >= 0 ? optionId(activeIndex) : undefined}
        onKeyDown={onKeyDown}
        onScroll={(e) =>
          setScroll({
            top: e.currentTarget.scrollTop,
            height: e.currentTarget.clientHeight || FALLBACK_ROWS * ROW,
          })
        }
        onFocus={() => {
          if (activeIndex < 0 && shown.length > 0) setActive(shown[0]?.id);
        }}
      >
        <div role="none" className="state-list__rows" style={{ height: shown.length * ROW }}>
          {rows.map((index) => {
            const node = shown[index];
            if (node === undefined) return null;
            return (
              <div
                key={node.id}
                id={optionId(index)}
                role="option"
                aria-selected={node.id === selectedState}
                aria-posinset={index + 1}
                aria-setsize={shown.length}
                className={`state-list__option${node.id === active ? ' state-list__option--active' : ''}`}
                style={{ top: index * ROW, height: ROW }}
                onClick={() => {
                  setActive(node.id);
                  onSelectState(node.id);
                }}
              >
                <span className="state-list__name">{node.name}</span>{' '}
                <span className="state-list__words">{describe(node)}</span>
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
});
