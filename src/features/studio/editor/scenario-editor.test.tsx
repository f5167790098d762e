import { acceptCompletion, startCompletion } from '@codemirror/autocomplete';
import { forEachDiagnostic } from '@codemirror/lint';
import { EditorView } from '@codemirror/view';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Diagnostic } from '../../../core/scenario/diagnostic.ts';
import { seriousAxeFindings } from '../../../ui/testing/axe-check.ts';
import { newScenarioTemplate } from './new-scenario-template.ts';
import { ScenarioEditor, type ScenarioEditorProps } from './scenario-editor.tsx';

afterEach(cleanup);

// jsdom has no layout: CodeMirror measures text through ranges it does not implement.
beforeAll(() => {
  const empty = () => ({ length: 0, item: () => null, [Symbol.iterator]: [][Symbol.iterator] });
  if (!('getClientRects' in Range.prototype)) {
    Object.defineProperty(Range.prototype, 'getClientRects', { value: empty, configurable: true });
  }
  if (!('getBoundingClientRect' in Range.prototype)) {
    Object.defineProperty(Range.prototype, 'getBoundingClientRect', {
      value: () => new DOMRect(),
      configurable: true,
    });
  }
});

const TEXT = newScenarioTemplate();
const lineOf = (needle: string) => TEXT.slice(0, TEXT.indexOf(needle)).split('\n').length;

const problem: Diagnostic = {
  file: 'new-scenario.yaml',
  line: lineOf('target: lost'),
  column: 19,
  severity: 'error',
  code: 'unknown-target',
  message: "unknown state 'lost' - did you mean 'last'?",
  path: [],
};

function renderEditor(props: Partial<ScenarioEditorProps> = {}) {
  const all: ScenarioEditorProps = {
    text: TEXT,
    onChange: () => undefined,
    diagnostics: [],
    label: 'Scenario text',
    ...props,
  };
  const result = render(<ScenarioEditor {...all} />);
  const content = screen.getByRole('textbox', { name: 'Scenario text' });
  const view = EditorView.findFromDOM(content)!;
  return {
    ...result,
    view,
    content,
    rerenderWith: (more: Partial<ScenarioEditorProps>) =>
      result.rerender(<ScenarioEditor {...all} {...more} />),
  };
}

function marks(view: EditorView): string[] {
  const found: string[] = [];
  forEachDiagnostic(view.state, (d, from, to) =>
    found.push(`${view.state.sliceDoc(from, to)} ${d.severity} ${d.message}`),
  );
  return found;
}

describe('ScenarioEditor', () => {
  it('is a named text box that says how to leave it with the keyboard', async () => {
    const { container, content, view } = renderEditor();
    expect(view.state.doc.toString()).toBe(TEXT);
    const hint = document.getElementById(content.getAttribute('aria-describedby') ?? '');
    expect(hint?.textContent).toMatch(/press Escape, then Tab/);
    expect(await seriousAxeFindings(container)).toEqual([]);
  });

  it('takes a new name when the file is saved under another, also after a new text', () => {
    const { content, rerenderWith } = renderEditor();
    rerenderWith({ label: 'Scenario file renamed.yaml' });
    expect(content.getAttribute('aria-label')).toBe('Scenario file renamed.yaml');
    rerenderWith({ label: 'Scenario file renamed.yaml', text: 'b: 2\n' });
    expect(screen.getByRole('textbox', { name: 'Scenario file renamed.yaml' })).toBe(content);
  });

  it('shows the diagnostics as lint marks with the checker’s words', () => {
    const { view, rerenderWith } = renderEditor();
    expect(marks(view)).toEqual([]);
    rerenderWith({ diagnostics: [problem] });
    expect(marks(view)).toEqual([`lost error ${problem.line}:19 ${problem.message}`]);
    rerenderWith({ diagnostics: [] });
    expect(marks(view)).toEqual([]);
  });

  it('reports edits and keeps the cursor while its own text comes back', () => {
    const onChange = vi.fn();
    const { view, rerenderWith } = renderEditor({ onChange });
    act(() =>
      view.dispatch({ changes: { from: 0, insert: '# mine\n' }, selection: { anchor: 4 } }),
    );
    const typed = `# mine\n${TEXT}`;
    expect(onChange).toHaveBeenLastCalledWith(typed);
    rerenderWith({ onChange, text: typed });
    expect(view.state.selection.main.head).toBe(4);
    expect(view.state.doc.toString()).toBe(typed);
  });

  it('keeps typing when a render brings back one of its older texts (a fast typist)', () => {
    const onChange = vi.fn();
    const { view, rerenderWith } = renderEditor({ onChange });
    act(() => view.dispatch({ changes: { from: 0, insert: 'a' }, selection: { anchor: 1 } }));
    act(() => view.dispatch({ changes: { from: 1, insert: 'b' }, selection: { anchor: 2 } }));
    // React renders with the first edit while the editor already holds the second.
    rerenderWith({ onChange, text: `a${TEXT}` });
    expect(view.state.doc.toString()).toBe(`ab${TEXT}`);
    expect(view.state.selection.main.head).toBe(2);
    rerenderWith({ onChange, text: `ab${TEXT}` });
    expect(view.state.doc.toString()).toBe(`ab${TEXT}`);
  });

  it('takes a new text from outside (another file opened)', () => {
    const onChange = vi.fn();
    const { view, rerenderWith } = renderEditor({ onChange, diagnostics: [problem] });
    rerenderWith({ onChange, text: 'format: cx-scenario/1\n', diagnostics: [problem] });
    expect(view.state.doc.toString()).toBe('format: cx-scenario/1\n');
    expect(onChange).not.toHaveBeenCalled();
    // The marks of the new text come with its diagnostics; the old ones are clamped meanwhile.
    expect(marks(view)).toHaveLength(1);
  });

  it('goes to a line and column when asked, and reports where the cursor is', () => {
    const onCursor = vi.fn();
    const { view, rerenderWith, content } = renderEditor({ onCursor });
    rerenderWith({ onCursor, goTo: { line: problem.line, column: 19, seq: 1 } });
    const head = view.state.selection.main.head;
    expect(view.state.sliceDoc(head, head + 4)).toBe('lost');
    expect(onCursor).toHaveBeenLastCalledWith({ line: problem.line, column: 19 });
    expect(content.contains(document.activeElement) || document.activeElement === content).toBe(
      true,
    );
    // The same seq again does not move the cursor back.
    act(() => view.dispatch({ selection: { anchor: 0 } }));
    rerenderWith({ onCursor, goTo: { line: problem.line, column: 19, seq: 1 } });
    expect(view.state.selection.main.head).toBe(0);
    expect(onCursor).toHaveBeenLastCalledWith({ line: 1, column: 1 });
  });

  it('indents with Tab, and lets the keyboard leave with Escape then Tab', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(
      <ScenarioEditor text="a: 1" onChange={onChange} diagnostics={[]} label="Scenario text" />,
    );
    const content = screen.getByRole('textbox', { name: 'Scenario text' });
    act(() => content.focus());
    await user.keyboard('{Tab}');
    expect(onChange).toHaveBeenLastCalledWith('  a: 1');
    // A Tab the editor leaves alone (not prevented) is the browser's: focus moves on.
    const tab = () => fireEvent.keyDown(content, { key: 'Tab', code: 'Tab', keyCode: 9 });
    expect(tab()).toBe(false);
    fireEvent.keyDown(content, { key: 'Escape', code: 'Escape', keyCode: 27 });
    expect(tab()).toBe(true);
    expect(onChange).toHaveBeenCalledTimes(2);
  });

  it('completes keys from the schema', async () => {
    const onChange = vi.fn();
    const { view } = renderEditor({ onChange, text: 'format: cx-scenario/1\nchan' });
    act(() => {
      view.dispatch({ selection: { anchor: view.state.doc.length } });
      startCompletion(view);
    });
    await vi.waitFor(() => expect(acceptCompletion(view)).toBe(true));
    expect(view.state.doc.toString()).toBe('format: cx-scenario/1\nchannel: ');
    expect(onChange).toHaveBeenLastCalledWith('format: cx-scenario/1\nchannel: ');
  });
});
