import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Diagnostic } from '../../core/scenario/diagnostic.ts';
import { isChanged, type Draft, type DraftStore } from '../../storage/draft-store.ts';
import type { DropResult } from './editor/file-drop.ts';
import { FileDropZone } from './editor/file-drop-zone.tsx';
import { ProblemsList } from './editor/problems-list.tsx';
import { ScenarioEditor, type TextPosition } from './editor/scenario-editor.tsx';
import { AnalysisPanel } from './graph/analysis-panel.tsx';
import { ScenarioGraphView } from './graph/scenario-graph-view.tsx';
import { keepFileDraft } from './keep-draft.ts';
import { stateAtLine } from './state-at-line.ts';
import { studioHref } from './studio-links.ts';
import { useDraftAutosave } from './use-draft-autosave.ts';
import { useDraftSave } from './use-draft-save.ts';
import { useScenarioCheck } from './use-scenario-check.ts';

/** Props of {@link DraftPage}. */
export interface DraftPageProps {
  /** Where drafts are kept. */
  drafts: DraftStore;
  /** The draft to edit. */
  draftId: string;
  /** Starts a playtest of the draft from a turn. */
  onPlayFrom: (draftId: string, state: string) => void;
  /** Back to the studio's start. */
  onClose: () => void;
  /** Opens another draft (a file dropped on this page becomes one). */
  onOpen: (draftId: string) => void;
  /** The state to select when the page opens (back from a playtest). */
  initialState?: string;
}

type Loaded = { status: 'loading' } | { status: 'missing' } | { status: 'ready'; draft: Draft };

/**
 * One draft: the YAML editor with the engine's diagnostics, the problems list, the graph
 * and the analysis, kept in step. Every edit is kept as a draft in the browser; Save writes
 * the file back where the browser allows, otherwise downloads it.
 */
export function DraftPage(props: DraftPageProps) {
  const { drafts, draftId, onPlayFrom, onClose, onOpen, initialState } = props;
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    void drafts
      .get(draftId)
      .then(
        (draft) =>
          live &&
          setLoaded(draft === undefined ? { status: 'missing' } : { status: 'ready', draft }),
      );
    return () => {
      live = false;
    };
  }, [drafts, draftId]);
  if (loaded.status === 'loading') return <p role="status">Opening the draft…</p>;
  if (loaded.status === 'missing') {
    return (
      <section>
        <h2>Draft not found</h2>
        <p>There is no draft called “{draftId}” in this browser.</p>
        <button type="button" className="studio-button" onClick={onClose}>
          Back to the drafts
        </button>
      </section>
    );
  }
  return (
    <Workbench
      key={draftId}
      drafts={drafts}
      draft={loaded.draft}
      onPlayFrom={onPlayFrom}
      onOpen={onOpen}
      initialState={initialState}
    />
  );
}

interface WorkbenchProps {
  drafts: DraftStore;
  draft: Draft;
  onPlayFrom: (draftId: string, state: string) => void;
  onOpen: (draftId: string) => void;
  initialState: string | undefined;
}

function Workbench(props: WorkbenchProps) {
  const { drafts, draft: opened, onPlayFrom, onOpen, initialState } = props;
  const [draft, setDraft] = useState(opened);
  const [selected, setSelected] = useState<string | undefined>(initialState);
  const [goTo, setGoTo] = useState<(TextPosition & { seq: number }) | undefined>();
  const [status, setStatus] = useState<string | undefined>();
  const report = opened.report ?? [];
  // A draft never saved to a file is named after its id, so changing `id:` renames it.
  const fileName =
    draft.handle === undefined && draft.baseText === null
      ? (nameFromId(draft.text) ?? draft.name)
      : draft.name;
  const check = useScenarioCheck(draft.text, fileName);
  const result = check.result;
  const diagnostics: readonly Diagnostic[] = result?.diagnostics ?? [];
  // Half-typed text is usually broken for a moment: the graph, the states list and the
  // analysis stay on the last good version (marked out of date) instead of vanishing.
  const [good, setGood] = useState<({ ok: true } & NonNullable<typeof result>) | undefined>();
  // Derived from the latest check during render (React's pattern for "remember the last").
  if (result?.ok === true && result !== good) setGood(result);
  const outOfDate = result?.ok !== true && good !== undefined;
  const view = good?.view;
  const diagram = view?.diagram;
  const analysis = view?.analysis;
  const lines = view?.stateLines;

  const { kept, editing, conflict, keep } = useDraftAutosave(drafts, draft, opened);

  const jumpTo = useCallback(
    (pos: TextPosition) => setGoTo((before) => ({ ...pos, seq: (before?.seq ?? 0) + 1 })),
    [],
  );
  // Back from a playtest: the editor opens at the turn that was played, once it is known.
  const [arrived, setArrived] = useState(initialState === undefined);
  if (!arrived && lines !== undefined) {
    setArrived(true);
    const at = lines.states.find((st) => st.id === initialState);
    if (at !== undefined) setGoTo({ line: at.line, column: at.column, seq: 1 });
  }
  const selectState = useCallback(
    (id: string) => {
      setSelected(id);
      const at = lines?.states.find((st) => st.id === id);
      if (at !== undefined) jumpTo({ line: at.line, column: at.column });
    },
    [lines, jumpTo],
  );
  const node = useMemo(
    () => (selected === undefined ? undefined : diagram?.nodes.find((n) => n.id === selected)),
    [diagram, selected],
  );
  const canPlayHere =
    !outOfDate && selected !== undefined && view?.playable.includes(selected) === true;

  const save = useDraftSave({ draft, setDraft, fileName, keep, setStatus });

  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const title = view?.title ?? draft.name;
  // A scenario file dropped anywhere on the page opens as a draft of its own, as on the start page.
  const openDropped = (result: DropResult) => {
    const [first] = result.files;
    if (first === undefined) {
      setStatus(result.problems.join(' ') || undefined);
      return;
    }
    keepFileDraft(drafts, first).then(onOpen, (error: unknown) =>
      setStatus(
        `Opening ${first.name} failed: ${error instanceof Error ? error.message : String(error)}`,
      ),
    );
  };
  return (
    <FileDropZone onDrop={openDropped}>
      <div className="studio-toolbar">
        <h2>
          {draft.name}
          {isChanged(draft) && (
            <span className="studio-badge">
              {draft.baseText === null ? 'not saved to a file' : 'changed since saved'}
            </span>
          )}
        </h2>
        <span className="studio-kept" aria-live="off">
          {kept ? 'Draft kept in this browser' : 'Keeping the draft…'}
        </span>
        <button type="button" className="studio-button" onClick={() => void save(false)}>
          {draft.handle === undefined ? 'Download' : 'Save'}
        </button>
        <button
          type="button"
          className="studio-button studio-button--quiet"
          onClick={() => void save(true)}
        >
          Save as…
        </button>
        <button
          type="button"
          className="studio-button"
          disabled={!canPlayHere || selected === undefined}
          onClick={() => selected !== undefined && onPlayFrom(draft.draftId, selected)}
        >
          Play from here
          {node !== undefined && canPlayHere && (
            <span className="visually-hidden"> ({node.name})</span>
          )}
        </button>
      </div>
      {conflict !== undefined && (
        <p role="alert" className="studio-report">
          This draft was changed in another tab, so your changes here are kept as a separate draft,{' '}
          <a href={studioHref.draft(conflict.copyId)}>{conflict.copyName}</a>, instead of
          overwriting them.
        </p>
      )}
      {!drafts.durable && (
        <p role="alert">
          {drafts.problem?.message ?? 'Drafts are no longer kept in this browser.'} Save or download
          this file before closing the tab.
        </p>
      )}
      {/* Only settled results are announced: "Checking…" after every keystroke would make a
          screen reader talk over the author's typing. */}
      <p className="studio-status">
        <span role="status">
          {status ??
            (result === undefined
              ? 'Checking the file…'
              : errors > 0
                ? `${errors} ${errors === 1 ? 'error' : 'errors'} to fix before it can be played.${outOfDate ? ' The graph shows the last version that loaded.' : ''}`
                : 'No errors: the file loads.')}
        </span>
        {status === undefined && result !== undefined && check.stale && (
          <span className="studio-status__checking" aria-hidden="true">
            {' '}
            Checking…
          </span>
        )}
      </p>
      {report.length > 0 && (
        <div className="studio-report" role="note">
          <strong>Imported from Twine. Still to do:</strong>
          <ul>
            {report.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="studio-workbench">
        <section aria-label="Scenario text">
          <ScenarioEditor
            text={draft.text}
            onChange={(text) => {
              editing();
              // "Saved to …" is about the text as it was; after an edit the check speaks again.
              setStatus((before) => (before === 'Saving…' ? before : undefined));
              setDraft((d) => ({ ...d, text, updatedAt: Date.now() }));
            }}
            diagnostics={diagnostics}
            goTo={goTo}
            onCursor={(pos) => {
              const at = lines === undefined ? undefined : stateAtLine(lines, pos.line);
              if (at !== undefined) setSelected(at);
            }}
            label={`Scenario file ${draft.name}`}
          />
          <h3>Problems</h3>
          <ProblemsList
            diagnostics={diagnostics}
            onSelect={(d) => jumpTo({ line: d.line, column: d.column })}
          />
        </section>
        <section aria-label="Graph and analysis">
          <ScenarioGraphView
            diagram={diagram}
            selectedState={selected}
            onSelectState={selectState}
            label={title}
          />
          <AnalysisPanel analysis={analysis} diagram={diagram} />
        </section>
      </div>
    </FileDropZone>
  );
}

/** `<id>.yaml` from the text's top-level `id:` line, when it has a usable one. */
function nameFromId(text: string): string | undefined {
  const id = /^id:[ \t]*["']?([a-z0-9]+(?:-[a-z0-9]+)*)["']?[ \t]*$/m.exec(text)?.[1];
  return id === undefined ? undefined : `${id}.yaml`;
}
