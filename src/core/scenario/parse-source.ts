import { LineCounter, parseDocument } from 'yaml';
import type { Diagnostic } from './diagnostic.ts';
import { createLocator, positionAt, type Locate } from './source-locator.ts';
import { cleanJson } from './clean-json.ts';
import { yamlToData } from './yaml-to-data.ts';

/** Scenario files larger than this (in UTF-16 code units, about 5 MB) are refused unread. */
export const MAX_SOURCE_LENGTH = 5 * 1024 * 1024;

/** The plain data of a source text with a way back to positions, or why it could not be read. */
export interface ParsedSource {
  /** Plain data; only meaningful when `diagnostics` is empty. */
  data: unknown;
  /** Syntax and safety errors, already located. */
  diagnostics: Diagnostic[];
  /** Where a path of the data is written. */
  locate: Locate;
}

const atStart: Locate = () => ({ line: 1, column: 1 });

/** JSON files are read as JSON (YAML's JSON schema); everything else as YAML 1.2. */
export function isJsonFile(file: string): boolean {
  return /\.json$/i.test(file);
}

/**
 * Parses YAML or JSON text (chosen by the file's extension) into plain data.
 * The text is untrusted: size is capped, custom tags and prototype keys are
 * refused, aliases cannot explode, and nothing here throws for any input.
 */
export function parseSource(text: string, file: string): ParsedSource {
  const error = (line: number, column: number, code: string, message: string): Diagnostic => ({
    file,
    line,
    column,
    severity: 'error',
    code,
    message,
    path: [],
  });
  if (text.length > MAX_SOURCE_LENGTH) {
    const mb = (text.length / (1024 * 1024)).toFixed(1);
    return {
      data: undefined,
      diagnostics: [
        error(1, 1, 'too-large', `the file is ${mb} MB; scenario files are limited to 5 MB`),
      ],
      locate: atStart,
    };
  }
  if (isJsonFile(file)) {
    const data = cleanJson(text);
    // Positions are needed only for diagnostics, so the slow parse waits until one asks.
    if (data !== undefined) return { data, diagnostics: [], locate: lazyLocator(text, file) };
  }
  const { doc, lineCounter } = parseYaml(text, file);
  const locate = createLocator(doc, lineCounter);
  const syntax = doc.errors.map((e) => {
    const at = e.linePos?.[0] ?? positionAt(lineCounter, e.pos[0]);
    const message =
      e.code === 'MULTIPLE_DOCS'
        ? "a scenario file holds one document: remove the second '---'"
        : firstLine(e.message);
    return error(at.line, 'col' in at ? at.col : at.column, 'syntax', message);
  });
  if (syntax.length > 0) return { data: undefined, diagnostics: syntax, locate };

  const { data, problems } = yamlToData(doc, (offset) => positionAt(lineCounter, offset).line);
  const diagnostics = problems.map((p) => {
    const at = positionAt(lineCounter, p.offset);
    return error(at.line, at.column, p.code, p.message);
  });
  return { data, diagnostics, locate };
}

function parseYaml(text: string, file: string) {
  const lineCounter = new LineCounter();
  // uniqueKeys is off because yaml checks it pairwise (quadratic on big maps);
  // yamlToData finds duplicate keys in linear time instead.
  const doc = parseDocument(text, {
    lineCounter,
    prettyErrors: true,
    uniqueKeys: false,
    merge: false,
    version: '1.2',
    schema: isJsonFile(file) ? 'json' : 'core',
  });
  return { doc, lineCounter };
}

/** A locator that parses the text with positions on its first use. */
function lazyLocator(text: string, file: string): Locate {
  let locate: Locate | undefined;
  return (path, atKey) => {
    if (locate === undefined) {
      const { doc, lineCounter } = parseYaml(text, file);
      locate = createLocator(doc, lineCounter);
    }
    return locate(path, atKey);
  };
}

/** yaml's pretty errors repeat the position and quote the source; the first line is the message. */
function firstLine(message: string): string {
  const line = message.split('\n')[0] ?? message;
  return line.replace(/ at line \d+, column \d+:?$/, '').trim();
}
