import { StateEffect, StateField, type EditorState } from '@codemirror/state';
import {
  EditorView,
  hoverTooltip,
  showTooltip,
  type Command,
  type Tooltip,
} from '@codemirror/view';
import { treeUpTo } from './scenario-tree.ts';
import { helpAt, helpText, type JsonSchema, type SchemaHelp } from './schema-walk.ts';
import { keyOf, pathOf, placeOf, scalarAt } from './yaml-path.ts';

/** Help for the key or value at a position, and the range of text it is about. */
export interface HelpAt {
  /** Start of the key or value. */
  from: number;
  /** End of the key or value. */
  to: number;
  /** What the schema says about it. */
  help: SchemaHelp;
}

/** The schema's help for the key or value under `pos` (side: -1 before, 1 after). */
export function schemaHelpAt(
  root: JsonSchema,
  state: EditorState,
  pos: number,
  side: -1 | 1,
): HelpAt | null {
  const top = treeUpTo(state, pos);
  const node = top.resolveInner(pos, side);
  const key = node.name === 'Key' ? node : node.parent?.name === 'Key' ? node.parent : null;
  let path: (string | number)[] | null = null;
  let range: { from: number; to: number } = node;
  if (key !== null && key.parent !== null) {
    path = [...pathOf(key, state.doc), keyOf(key.parent, state.doc) ?? ''];
    range = key;
  } else {
    const scalar = scalarAt(node);
    const place = scalar === null ? null : placeOf(scalar, state.doc);
    if (scalar !== null && place !== null && place.kind !== 'key') {
      path = place.kind === 'value' ? [...place.path] : [...place.path, 0];
      range = scalar;
    }
  }
  if (path === null) return null;
  const help = helpAt(root, path);
  return help === undefined ? null : { from: range.from, to: range.to, help };
}

/** The tooltip's content: the key in bold, then plain sentences (set as text, never as HTML). */
function helpDom(help: SchemaHelp): HTMLElement {
  const dom = document.createElement('div');
  dom.className = 'cm-schema-help';
  const title = document.createElement('strong');
  title.textContent = help.title;
  const text = document.createElement('p');
  text.textContent = helpText(help);
  dom.append(title, text);
  return dom;
}

/** Hover help with the schema's description of the key or value under the mouse. */
export function schemaHover(root: JsonSchema) {
  return hoverTooltip((view, pos, side) => {
    const found = schemaHelpAt(root, view.state, pos, side);
    if (found === null) return null;
    return {
      pos: found.from,
      end: found.to,
      above: true,
      create: () => ({ dom: helpDom(found.help) }),
    };
  });
}

const setHelp = StateEffect.define<Tooltip | null>();

/** The help shown by the keyboard command: it closes on the next edit, move or Escape. */
const keyboardHelp = StateField.define<Tooltip | null>({
  create: () => null,
  update(value, tr) {
    for (const effect of tr.effects) if (effect.is(setHelp)) return effect.value;
    return tr.docChanged || tr.selection !== undefined ? null : value;
  },
  provide: (field) => showTooltip.from(field),
});

/**
 * The hover help without a mouse: shows it at the cursor and reads it to screen readers.
 * Returns false when there is nothing to say, so the key does what it otherwise would.
 */
export function showHelpCommand(root: JsonSchema): Command {
  return (view: EditorView) => {
    const pos = view.state.selection.main.head;
    const found = schemaHelpAt(root, view.state, pos, -1) ?? schemaHelpAt(root, view.state, pos, 1);
    if (found === null) return false;
    const tooltip: Tooltip = {
      pos: found.from,
      above: true,
      create: () => ({ dom: helpDom(found.help) }),
    };
    view.dispatch({
      effects: [
        setHelp.of(tooltip),
        EditorView.announce.of(`${found.help.title}: ${helpText(found.help)}`),
      ],
    });
    return true;
  };
}

/** Closes the keyboard help; false when none is open (so Escape goes on to other handlers). */
export const closeHelpCommand: Command = (view) => {
  if (view.state.field(keyboardHelp, false) == null) return false;
  view.dispatch({ effects: setHelp.of(null) });
  return true;
};

/** The state the keyboard help needs. */
export const keyboardHelpField = keyboardHelp;
