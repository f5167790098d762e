import type { AnalysisReport } from '../../core/analysis/analysis-types.ts';
import type { Diagnostic } from '../../core/scenario/diagnostic.ts';
import type { ScenarioDiagram } from '../../core/studio/diagram-types.ts';
import type { StateLines } from './state-at-line.ts';

/** What the studio shows of a draft that loads: all plain data, worked out in the worker. */
export interface DraftView {
  /** The scenario's title. */
  title: string;
  /** The graph to draw, with the analysis' marks. */
  diagram: ScenarioDiagram;
  /** What the analysis found. */
  analysis: AnalysisReport;
  /** Where each state starts in the text. */
  stateLines: StateLines;
  /** States a playtest can start from: turns with a customer line, and phases. */
  playable: readonly string[];
}

/** The check of a draft as the page uses it. */
export type DraftCheck =
  | {
      ok: true;
      /** Warnings, sorted by position. */
      diagnostics: Diagnostic[];
      /** What to show. Parts equal to the previous check's are the very same objects. */
      view: DraftView;
    }
  | {
      ok: false;
      /** Errors and warnings, sorted by position. */
      diagnostics: Diagnostic[];
    };

/**
 * The parts of a DraftView as JSON. A string crosses from the worker as one copy, where
 * the objects of a 1,000-state scenario took about 150 ms of the page's time to receive,
 * and comparing strings tells the page which parts did not change (editing feedback, a
 * principle or a comment leaves the diagram and the analysis as they were), so it keeps
 * those objects as they were.
 */
export type DraftViewJson = { [Part in keyof DraftView]: string };

/** The check of a draft as it comes from the worker. */
export type CheckedDraft =
  | {
      ok: true;
      /** Warnings, sorted by position. */
      diagnostics: Diagnostic[];
      /** What to show, each part as JSON. */
      view: DraftViewJson;
    }
  | {
      ok: false;
      /** Errors and warnings, sorted by position. */
      diagnostics: Diagnostic[];
    };

/** A check request to the worker. */
export interface CheckRequest {
  /** Answers carry it back. */
  id: number;
  /** The draft's text. */
  text: string;
  /** The draft's file name, for the diagnostics. */
  file: string;
}

/** The worker's answer to one request. */
export interface CheckAnswer {
  /** The request's id. */
  id: number;
  /** The check. */
  result: CheckedDraft;
}
