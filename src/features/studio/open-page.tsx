import { useEffect, useId, useState } from 'react';
import type { ScenarioCard } from '../../core/scenario/shipped-scenario.ts';
import {
  isChanged,
  newestDraftFirst,
  type Draft,
  type DraftStore,
} from '../../storage/draft-store.ts';
import { FileDropZone } from './editor/file-drop-zone.tsx';
import type { DropResult } from './editor/file-drop.ts';
import { newScenarioTemplate } from './editor/new-scenario-template.ts';
import { canOpenFolder, openScenarioFolder, type OpenedFolder } from './editor/open-folder.ts';
import { openScenarioFile } from './editor/open-file.ts';
import type { OpenedFile } from './editor/scenario-file.ts';
import { keepDraft, keepFileDraft } from './keep-draft.ts';
import { studioHref } from './studio-links.ts';

/** Props of {@link OpenPage}. */
export interface OpenPageProps {
  /** Where drafts are kept. */
  drafts: DraftStore;
  /** The shipped library's cards. */
  library: readonly ScenarioCard[];
  /** A shipped scenario's file text, by id. */
  loadLibrarySource: (id: string) => Promise<{ file: string; text: string } | undefined>;
  /** Opens a draft in the editor. */
  onOpen: (draftId: string) => void;
}

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * The studio's start: drafts to continue, and every way to start one (a library
 * scenario, a file, a folder, a Twine story, a new scenario from the template).
 */
export function OpenPage({ drafts, library, loadLibrarySource, onOpen }: OpenPageProps) {
  const [list, setList] = useState<Draft[] | undefined>();
  const [folder, setFolder] = useState<OpenedFolder | undefined>();
  const [message, setMessage] = useState<string | undefined>();
  const twineId = useId();

  useEffect(() => {
    let live = true;
    void drafts.list().then((all) => live && setList([...all].sort(newestDraftFirst)));
    return () => {
      live = false;
    };
  }, [drafts]);

  /** Keeps a new draft and opens it. */
  const start = async (draft: Omit<Draft, 'draftId' | 'updatedAt'>) =>
    onOpen(await keepDraft(drafts, draft));
  const fromFile = async (file: OpenedFile) => onOpen(await keepFileDraft(drafts, file));
  const attempt = (what: string, action: () => Promise<void>) => {
    setMessage(undefined);
    action().catch((error: unknown) => setMessage(`${what} failed: ${errorText(error)}`));
  };

  const openLibrary = (card: ScenarioCard) =>
    attempt(`Opening “${card.title}”`, async () => {
      const source = await loadLibrarySource(card.id);
      if (source === undefined) throw new Error('its file could not be loaded');
      const name = source.file.split('/').pop() ?? `${card.id}.yaml`;
      // One draft per library scenario: a second would later overwrite the first's work.
      const existing = list?.find((d) => d.source === 'library' && d.name === name);
      if (existing !== undefined) {
        onOpen(existing.draftId);
        return;
      }
      await start({ name, text: source.text, baseText: source.text, source: 'library' });
    });
  const openFile = () =>
    attempt('Opening a file', async () => {
      const file = await openScenarioFile();
      if (file !== null) await fromFile(file);
    });
  const openFolder = () =>
    attempt('Opening a folder', async () => {
      const opened = await openScenarioFolder();
      if (opened !== null) setFolder(opened);
    });
  const newScenario = () =>
    attempt('Creating a scenario', () =>
      start({
        name: 'new-scenario.yaml',
        text: newScenarioTemplate(),
        baseText: null,
        source: 'new',
      }),
    );
  const importTwine = (file: File | undefined) => {
    if (file === undefined) return;
    attempt(`Importing ${file.name}`, async () => {
      // Loaded only when a story is imported: the Twine parser is large.
      const [{ twineToScenario }, text] = await Promise.all([
        import('../../core/twine/twine-to-scenario.ts'),
        file.text(),
      ]);
      const result = twineToScenario(text, file.name);
      if (!result.ok) throw new Error(result.message);
      const draftId = await keepDraft(drafts, {
        name: `${result.scenarioId}.yaml`,
        text: result.yaml,
        baseText: null,
        source: 'twine',
        report: result.report,
      });
      onOpen(draftId);
    });
  };
  const onDrop = (result: DropResult) => {
    if (result.problems.length > 0) setMessage(result.problems.join(' '));
    const [first] = result.files;
    if (first !== undefined) attempt(`Opening ${first.name}`, () => fromFile(first));
  };
  const remove = (draft: Draft) => {
    // Unsaved work is gone for good once deleted: ask first.
    if (
      isChanged(draft) &&
      !window.confirm(
        `The draft of ${draft.name} has changes that are not in any file. Delete it anyway?`,
      )
    ) {
      return;
    }
    attempt(`Deleting the draft of ${draft.name}`, async () => {
      await drafts.remove(draft.draftId);
      setList((all) => all?.filter((d) => d.draftId !== draft.draftId));
    });
  };

  return (
    <FileDropZone onDrop={onDrop}>
      {!drafts.durable && (
        <p role="alert">
          {drafts.problem?.message ?? 'Drafts cannot be kept in this browser.'} Save or download
          your work before closing the tab.
        </p>
      )}
      {message !== undefined && <p role="alert">{message}</p>}
      <div className="studio-open">
        <section aria-labelledby="start-heading">
          <h2 id="start-heading">Start</h2>
          <div className="studio-open__actions">
            <button type="button" className="studio-button" onClick={newScenario}>
              New scenario
            </button>
            <button type="button" className="studio-button" onClick={openFile}>
              Open a file…
            </button>
            {canOpenFolder() && (
              <button type="button" className="studio-button" onClick={openFolder}>
                Open a folder…
              </button>
            )}
            <span>
              <label htmlFor={twineId} className="studio-button studio-button--quiet">
                Import a Twine story…
              </label>
              <input
                id={twineId}
                className="visually-hidden"
                type="file"
                accept=".twee,.tw,.html,.htm,text/html,text/plain"
                onChange={(e) => {
                  const file = e.target.files?.[0];
                  e.target.value = '';
                  importTwine(file);
                }}
              />
            </span>
          </div>
          <p>Or drop a scenario file anywhere on this page.</p>
          {folder !== undefined && (
            <>
              <h3>In {folder.name}</h3>
              {folder.files.length === 0 ? (
                <p>No scenario files (.yaml, .yml, .json) in this folder.</p>
              ) : (
                <ul aria-label={`Scenario files in ${folder.name}`}>
                  {folder.files.map((entry) => (
                    <li key={entry.path}>
                      <span>{entry.path}</span>
                      <button
                        type="button"
                        className="studio-button studio-button--quiet"
                        onClick={() =>
                          attempt(`Opening ${entry.path}`, async () => fromFile(await entry.open()))
                        }
                      >
                        Edit<span className="visually-hidden"> {entry.path}</span>
                      </button>
                    </li>
                  ))}
                </ul>
              )}
            </>
          )}
        </section>
        <section aria-labelledby="drafts-heading">
          <h2 id="drafts-heading">Your drafts</h2>
          {list === undefined ? (
            <p role="status">Loading drafts…</p>
          ) : list.length === 0 ? (
            <p>No drafts yet. Every edit is kept here as you type.</p>
          ) : (
            <ul aria-label="Drafts">
              {list.map((draft) => (
                <li key={draft.draftId}>
                  <span>
                    <a href={studioHref.draft(draft.draftId)}>{draft.name}</a>
                    {isChanged(draft) && (
                      <span className="studio-badge">
                        {draft.baseText === null ? 'not saved to a file' : 'changed'}
                      </span>
                    )}
                  </span>
                  <button
                    type="button"
                    className="studio-button studio-button--quiet"
                    onClick={() => remove(draft)}
                  >
                    Delete<span className="visually-hidden"> the draft of {draft.name}</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="library-heading">
          <h2 id="library-heading">The library</h2>
          <ul aria-label="Library scenarios">
            {library.map((card) => (
              <li key={card.id}>
                <span>{card.title}</span>
                <button
                  type="button"
                  className="studio-button studio-button--quiet"
                  onClick={() => openLibrary(card)}
                >
                  Edit<span className="visually-hidden"> {card.title}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      </div>
    </FileDropZone>
  );
}
