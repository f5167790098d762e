import { setDiagnostics } from '@codemirror/lint';
import { Compartment, EditorSelection, EditorState, type Extension } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { useEffect, useId, useRef, useState } from 'react';
import type { Diagnostic } from '../../../core/scenario/diagnostic.ts';
import { scenarioJsonSchema } from '../../../core/scenario/json-schema.ts';
import { editorExtensions, labelAttribute } from './editor-extensions.ts';
import { lintMarks } from './lint-marks.ts';
import './scenario-editor.css';

/** A place in the text, 1-based as the checker counts. */
export interface TextPosition {
  /** 1-based line. */
  line: number;
  /** 1-based column. */
  column: number;
}

/** Props of {@link ScenarioEditor}. */
export interface ScenarioEditorProps {
  /** The text; a value other than what the editor holds replaces it (a new file opened). */
  text: string;
  /** Called with the whole text after every edit. */
  onChange: (text: string) => void;
  /** The engine's problems, shown as marks under the text. */
  diagnostics: readonly Diagnostic[];
  /** Moves the cursor there, scrolls to it and focuses the editor whenever `seq` changes. */
  goTo?: TextPosition & { seq: number };
  /** Called when the cursor moves to another line or column. */
  onCursor?: (pos: TextPosition) => void;
  /** The editor's accessible name. */
  label: string;
}

/** The 1-based line and column of an offset. */
function positionOf(state: EditorState, offset: number): TextPosition {
  const line = state.doc.lineAt(offset);
  return { line: line.number, column: offset - line.from + 1 };
}

/** The offset of a 1-based line and column, clamped into the text. */
function offsetOf(state: EditorState, { line, column }: TextPosition): number {
  const at = state.doc.line(Math.min(Math.max(1, line), state.doc.lines));
  return at.from + Math.min(Math.max(0, column - 1), at.length);
}

/** Shows the engine's diagnostics as lint marks. */
function showMarks(view: EditorView, diagnostics: readonly Diagnostic[]): void {
  view.dispatch(setDiagnostics(view.state, lintMarks(view.state.doc, diagnostics)));
}

function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/**
 * The YAML editor of the studio (CodeMirror 6). It keeps its own text as the author types
 * and reports every edit; a `text` that differs from what it holds (another file opened)
 * replaces it, with a fresh undo history. A new `label` (the file saved under another name)
 * renames it for assistive technology.
 */
export function ScenarioEditor({
  text,
  onChange,
  diagnostics,
  goTo,
  onCursor,
  label,
}: ScenarioEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<{ view: EditorView; extensions: Extension[] } | null>(null);
  const latest = useRef({ onChange, onCursor, diagnostics, text, goTo, label });
  // Texts this editor reported and the parent has not echoed back yet. A fast typist gets
  // ahead of React: a render may carry an older one of our own texts, which must not be
  // taken for a new file (replacing the document would move the cursor mid-word).
  const emitted = useRef<string[]>([]);
  const hintId = useId();
  const [labelSlot] = useState(() => new Compartment());
  useEffect(() => {
    latest.current.onChange = onChange;
    latest.current.onCursor = onCursor;
    latest.current.diagnostics = diagnostics;
    latest.current.goTo = goTo;
  });

  useEffect(() => {
    latest.current.label = label;
    view.current?.view.dispatch({ effects: labelSlot.reconfigure(labelAttribute(label)) });
  }, [label, labelSlot]);

  useEffect(() => {
    const parent = host.current;
    if (parent === null) return;
    let lastCursor = '';
    // Made once: the extensions read the latest callbacks through `latest`.
    const extensions = editorExtensions({
      schema: scenarioJsonSchema(),
      label: latest.current.label,
      labelSlot,
      describedBy: hintId,
      reducedMotion: prefersReducedMotion(),
      onUpdate: (v, docChanged) => {
        if (docChanged) {
          const now = v.state.doc.toString();
          latest.current.text = now;
          emitted.current.push(now);
          if (emitted.current.length > 200) emitted.current.shift();
          latest.current.onChange(now);
        }
        const pos = positionOf(v.state, v.state.selection.main.head);
        const key = `${pos.line}:${pos.column}`;
        if (key !== lastCursor) {
          lastCursor = key;
          latest.current.onCursor?.(pos);
        }
      },
    });
    const created = new EditorView({
      parent,
      state: EditorState.create({ doc: latest.current.text, extensions }),
    });
    view.current = { view: created, extensions };
    showMarks(created, latest.current.diagnostics);
    return () => {
      created.destroy();
      view.current = null;
    };
  }, [hintId, labelSlot]);

  useEffect(() => {
    const current = view.current;
    if (current === null || text === latest.current.text) return;
    const echo = emitted.current.lastIndexOf(text);
    if (echo >= 0) {
      // One of our own edits arriving late: the editor is already past it.
      emitted.current.splice(0, echo + 1);
      return;
    }
    latest.current.text = text;
    emitted.current = [];
    if (text === current.view.state.doc.toString()) return;
    current.view.setState(EditorState.create({ doc: text, extensions: current.extensions }));
    // The extensions carry the first label; the file may have been renamed since.
    current.view.dispatch({ effects: labelSlot.reconfigure(labelAttribute(latest.current.label)) });
    showMarks(current.view, latest.current.diagnostics);
  }, [text, labelSlot]);

  useEffect(() => {
    if (view.current !== null) showMarks(view.current.view, diagnostics);
  }, [diagnostics]);

  const goToSeq = goTo?.seq;
  useEffect(() => {
    const current = view.current?.view;
    const target = latest.current.goTo;
    if (current === undefined || target === undefined || goToSeq === undefined) return;
    const offset = offsetOf(current.state, target);
    current.dispatch({
      selection: EditorSelection.cursor(offset),
      effects: EditorView.scrollIntoView(offset, { y: 'center' }),
    });
    current.focus();
  }, [goToSeq]);

  return (
    <div className="scenario-editor">
      <div className="scenario-editor__host" ref={host} />
      <p id={hintId} className="scenario-editor__hint">
        Tab indents. To leave the editor, press Escape, then Tab. Ctrl+Space suggests keys and
        values; Ctrl+Shift+Space explains the key at the cursor; Ctrl+Shift+M lists the problems.
      </p>
    </div>
  );
}
