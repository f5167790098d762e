import type { AnalysisReport } from '../../core/analysis/analysis-types.ts';
import type { Diagnostic } from '../../core/scenario/diagnostic.ts';
import type { LoadedScenario } from '../../core/scenario/loaded-scenario.ts';
import type { StateLines } from './state-at-line.ts';

/** The check of a draft as the page gets it: plain data, so it can come from a worker. */
export type DraftCheck =
  | {
      ok: true;
      /** Warnings, sorted by position. */
      diagnostics: Diagnostic[];
      /** The scenario, ready to play. */
      loaded: LoadedScenario;
      /** What the analysis found. */
      analysis: AnalysisReport;
      /** Where each state starts in the text (worked out beside the check: `locate` is a function). */
      stateLines: StateLines;
    }
  | {
      ok: false;
      /** Errors and warnings, sorted by position. */
      diagnostics: Diagnostic[];
      /** The analysis, when the file loaded but the analysis found errors. */
      analysis?: AnalysisReport;
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
  result: DraftCheck;
}
