import type { CheckedDraft, DraftCheck, DraftView, DraftViewJson } from './check-protocol.ts';

/** Turns the worker's checks into what the page uses, remembering the last of each part. */
export type CheckDecoder = (checked: CheckedDraft) => DraftCheck;

/**
 * A decoder that parses only the parts whose JSON changed since the last check it saw and
 * hands back the previous objects for the others, so views memoised on them (the graph, the
 * analysis) skip their work when an edit changed only wording they do not show.
 */
export function createCheckDecoder(): CheckDecoder {
  const last = new Map<keyof DraftView, { json: string; value: unknown }>();
  const part = <K extends keyof DraftView>(key: K, json: string): DraftView[K] => {
    const before = last.get(key);
    if (before?.json === json) return before.value as DraftView[K];
    const value = JSON.parse(json) as DraftView[K];
    last.set(key, { json, value });
    return value;
  };
  return (checked) => {
    if (!checked.ok) return checked;
    const json: DraftViewJson = checked.view;
    const view: DraftView = {
      title: part('title', json.title),
      diagram: part('diagram', json.diagram),
      analysis: part('analysis', json.analysis),
      stateLines: part('stateLines', json.stateLines),
      playable: part('playable', json.playable),
    };
    return { ok: true, diagnostics: checked.diagnostics, view };
  };
}
