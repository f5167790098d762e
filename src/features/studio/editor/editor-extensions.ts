import {
  autocompletion,
  closeBrackets,
  closeBracketsKeymap,
  completionKeymap,
} from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { yaml } from '@codemirror/lang-yaml';
import {
  bracketMatching,
  defaultHighlightStyle,
  foldGutter,
  foldKeymap,
  indentOnInput,
  indentUnit,
  syntaxHighlighting,
} from '@codemirror/language';
import { lintGutter, lintKeymap } from '@codemirror/lint';
import { EditorState, type Compartment, type Extension } from '@codemirror/state';
import {
  drawSelection,
  EditorView,
  highlightActiveLine,
  highlightActiveLineGutter,
  highlightSpecialChars,
  keymap,
  lineNumbers,
} from '@codemirror/view';
import { carriesFiles } from './file-drop.ts';
import { schemaCompletion } from './schema-completion.ts';
import {
  closeHelpCommand,
  keyboardHelpField,
  schemaHover,
  showHelpCommand,
} from './schema-help.ts';
import type { JsonSchema } from './schema-walk.ts';

/** The keys that show the schema's help at the cursor (hover help for the keyboard). */
export const HELP_KEYS = 'Ctrl-Shift-Space';

/** What the editor's extensions need from the component. */
export interface EditorSetup {
  /** The scenario JSON Schema, for completion and help. */
  schema: JsonSchema;
  /** The editor's accessible name. */
  label: string;
  /** Holds the label, so a renamed file renames the editor (see labelAttribute). */
  labelSlot: Compartment;
  /** The id of the text that tells keyboard users how to leave the editor. */
  describedBy: string;
  /** No cursor blinking for people who asked for less motion. */
  reducedMotion: boolean;
  /** Called after every change of the text or of the cursor. */
  onUpdate: (view: EditorView, docChanged: boolean) => void;
}

/**
 * Everything the scenario editor is made of (what `basicSetup` would give, chosen for YAML):
 * line numbers, folding, undo, YAML highlighting, lint marks and their gutter, schema
 * completion and help. Tab indents, as YAML needs; Escape then Tab leaves the editor
 * (CodeMirror's documented way out), which the text under the editor says.
 */
export function editorExtensions(setup: EditorSetup): Extension[] {
  return [
    lineNumbers(),
    highlightActiveLineGutter(),
    highlightSpecialChars(),
    foldGutter(),
    history(),
    drawSelection({ cursorBlinkRate: setup.reducedMotion ? 0 : 1200 }),
    EditorState.allowMultipleSelections.of(false),
    indentUnit.of('  '),
    EditorState.tabSize.of(2),
    indentOnInput(),
    syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
    bracketMatching(),
    closeBrackets(),
    highlightActiveLine(),
    yaml(),
    lintGutter(),
    autocompletion({ override: [schemaCompletion(setup.schema)], icons: false }),
    schemaHover(setup.schema),
    keyboardHelpField,
    keymap.of([
      { key: HELP_KEYS, run: showHelpCommand(setup.schema) },
      { key: 'F1', run: showHelpCommand(setup.schema) },
      { key: 'Escape', run: closeHelpCommand },
      ...closeBracketsKeymap,
      ...defaultKeymap,
      ...historyKeymap,
      ...foldKeymap,
      ...completionKeymap,
      ...lintKeymap,
      indentWithTab,
    ]),
    setup.labelSlot.of(labelAttribute(setup.label)),
    EditorView.contentAttributes.of({
      'aria-describedby': setup.describedBy,
      // Already in the tab order as an editable region; said explicitly so that checkers
      // (axe's scrollable-region-focusable) see the scrolling area holds a focusable element.
      tabindex: '0',
    }),
    // A file dropped on the editor opens as a draft of its own (the page's drop zone takes
    // it); CodeMirror would otherwise paste the whole file into this one at the drop point.
    EditorView.domEventHandlers({ drop: (event) => carriesFiles(event.dataTransfer) }),
    EditorView.updateListener.of((update) => {
      if (update.docChanged || update.selectionSet) setup.onUpdate(update.view, update.docChanged);
    }),
  ];
}

/** The editor's accessible name, for its label compartment. */
export function labelAttribute(label: string): Extension {
  return EditorView.contentAttributes.of({ 'aria-label': label });
}
