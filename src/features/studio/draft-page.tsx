import { useEffect, useMemo, useRef, useState } from 'react';
import type { Diagnostic } from '../../core/scenario/diagnostic.ts';
import { buildScenarioDiagram } from '../../core/studio/scenario-diagram.ts';
import { isChanged, type Draft, type DraftStore } from '../../storage/draft-store.ts';
import { ProblemsList } from './editor/problems-list.tsx';
import { saveScenarioFile, saveScenarioFileAs } from './editor/save-file.ts';
import { ScenarioEditor, type TextPosition } from './editor/scenario-editor.tsx';
import { AnalysisPanel } from './graph/analysis-panel.tsx';
import { ScenarioGraphView } from './graph/scenario-graph-view.tsx';
import { stateAtLine } from './state-at-line.ts';
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
  /** The state to select when the page opens (back from a playtest). */
  initialState?: string;
}

/** How long typing must pause before the draft is written to the browser's database. */
const SAVE_DELAY_MS = 400;

type Loaded = { status: 'loading' } | { status: 'missing' } | { status: 'ready'; draft: Draft };

/**
 * One draft: the YAML editor with the engine's diagnostics, the problems list, the graph
 * and the analysis, kept in step. Every edit is kept as a draft in the browser; Save writes
 * the file back where the browser allows, otherwise downloads it.
 */
export function DraftPage({ drafts, draftId, onPlayFrom, onClose, initialState }: DraftPageProps) {
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
      initialState={initialState}
    />
  );
}

interface WorkbenchProps {
  drafts: DraftStore;
  draft: Draft;
  onPlayFrom: (draftId: string, state: string) => void;
  initialState: string | undefined;
}

function Workbench({ drafts, draft: opened, onPlayFrom, initialState }: WorkbenchProps) {
  const [draft, setDraft] = useState(opened);
  const [selected, setSelected] = useState<string | undefined>(initialState);
  const [goTo, setGoTo] = useState<(TextPosition & { seq: number }) | undefined>();
  const [status, setStatus] = useState<string | undefined>();
  const report = useMemo(() => twineReport(opened.draftId), [opened.draftId]);
  const check = useScenarioCheck(draft.text, draft.name);
  const result = check.result;
  const diagnostics: readonly Diagnostic[] = result?.diagnostics ?? [];
  const loadedScenario = result?.ok === true ? result.loaded : undefined;
  const analysis = result?.ok === true ? result.analysis : undefined;
  const diagram = useMemo(
    () =>
      loadedScenario === undefined ? undefined : buildScenarioDiagram(loadedScenario, analysis),
    [loadedScenario, analysis],
  );
  const lines = result?.ok === true ? result.stateLines : undefined;

  // Every edit is kept in the browser once typing pauses; the last one also on leaving.
  const pending = useRef<Draft | undefined>(undefined);
  useEffect(() => {
    if (draft === opened) return undefined;
    pending.current = draft;
    const timer = window.setTimeout(() => {
      pending.current = undefined;
      void drafts.put(draft);
    }, SAVE_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [draft, drafts, opened]);
  useEffect(
    () => () => {
      if (pending.current !== undefined) void drafts.put(pending.current);
    },
    [drafts],
  );

  const jumpTo = (pos: TextPosition) =>
    setGoTo((before) => ({ ...pos, seq: (before?.seq ?? 0) + 1 }));
  const selectState = (id: string) => {
    setSelected(id);
    const at = lines?.states.find((s) => s.id === id);
    if (at !== undefined) jumpTo({ line: at.line, column: at.column });
  };
  const node = selected === undefined ? undefined : loadedScenario?.graph.states.get(selected);
  const canPlayHere = node?.kind === 'atomic' && node.meta.customer !== undefined;

  const save = async (as: boolean) => {
    setStatus('Saving…');
    try {
      const outcome = as
        ? await saveScenarioFileAs(draft.name, draft.text)
        : await saveScenarioFile(draft);
      if (outcome.kind === 'cancelled') {
        setStatus(undefined);
        return;
      }
      const next: Draft = {
        ...draft,
        baseText: draft.text,
        updatedAt: Date.now(),
        ...(outcome.kind === 'saved' ? { handle: outcome.handle, source: 'file' as const } : {}),
      };
      setDraft(next);
      await drafts.put(next);
      setStatus(
        outcome.kind === 'saved'
          ? `Saved to ${outcome.handle.name}.`
          : (outcome.reason ??
              `Downloaded ${draft.name}: put it in the scenarios folder to ship it.`),
      );
    } catch (error) {
      setStatus(`Not saved: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const title = loadedScenario?.scenario.title ?? draft.name;
  return (
    <>
      <div className="studio-toolbar">
        <h2>
          {draft.name}
          {isChanged(draft) && (
            <span className="studio-badge">
              {draft.baseText === null ? 'not saved to a file' : 'changed since saved'}
            </span>
          )}
        </h2>
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
            <span className="visually-hidden"> ({node.key})</span>
          )}
        </button>
      </div>
      <p role="status" className="studio-status">
        {status ??
          (check.stale
            ? 'Checking…'
            : errors > 0
              ? `${errors} ${errors === 1 ? 'error' : 'errors'} to fix before it can be played.`
              : 'No errors: the file loads.')}
      </p>
      {report.length > 0 && (
        <div className="studio-report" role="note">
          <strong>Imported from Twine. Still to do:</strong>
          <ul>
            {report.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="studio-workbench">
        <section aria-label="Scenario text">
          <ScenarioEditor
            text={draft.text}
            onChange={(text) => setDraft((d) => ({ ...d, text, updatedAt: Date.now() }))}
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
            label={`Graph of ${title}`}
          />
          <AnalysisPanel analysis={analysis} loaded={loadedScenario} />
        </section>
      </div>
    </>
  );
}

/** What a Twine import left to do, handed over by the open page for this draft. */
function twineReport(draftId: string): string[] {
  try {
    const text = sessionStorage.getItem(`extra-mile:twine-report:${draftId}`);
    const parsed: unknown = text === null ? [] : JSON.parse(text);
    return Array.isArray(parsed) ? parsed.filter((l): l is string => typeof l === 'string') : [];
  } catch {
    return [];
  }
}
