import { ensureSyntaxTree, syntaxTree } from '@codemirror/language';
import type { EditorState, Text } from '@codemirror/state';
import type { SyntaxNode } from '@lezer/common';
import { placeOf, scalarAt, scalarText, type YamlPlace } from './yaml-path.ts';

/** How long completion may wait for the parser to reach the cursor (ms). */
const PARSE_BUDGET = 200;

/** The syntax tree of a state, parsed at least up to `pos` when that is quick. */
export function treeUpTo(state: EditorState, pos: number): SyntaxNode {
  return (ensureSyntaxTree(state, pos, PARSE_BUDGET) ?? syntaxTree(state)).topNode;
}

/** A place in the YAML text, with the document and tree it was found in. */
export interface Found {
  /** Key, value or list entry, and its path. */
  place: YamlPlace;
  /** The text the place was found in (with a placeholder at the cursor, when it needed one). */
  doc: Text;
  /** That text's syntax tree. */
  top: SyntaxNode;
  /** Where the word at the cursor starts. */
  from: number;
  /** The whole key or value the cursor is in (it may go on after the cursor). */
  word: string;
}

/**
 * What is being written at `pos`. A word there is already a node of the tree; an empty spot
 * (a blank line, after `key: `) is not, so a placeholder (`x`, or `x:` on an empty line) is
 * typed into a copy of the state and the place read from that (the parse is incremental:
 * about 30 ms at the end of a 20,000-line file, nothing in a small one).
 */
export function placeAt(state: EditorState, pos: number, wordFrom: number): Found | null {
  if (wordFrom < pos) {
    const top = treeUpTo(state, pos);
    const scalar = scalarAt(top.resolveInner(pos, -1));
    const place = scalar === null ? null : placeOf(scalar, state.doc);
    if (place !== null && scalar !== null) {
      return { place, doc: state.doc, top, from: wordFrom, word: scalarText(scalar, state.doc) };
    }
  }
  // On an empty line a bare word would run on into the next key (`x reply: …`): make it a key.
  const line = state.doc.lineAt(pos);
  const blank = /^\s*$/.test(line.text.slice(0, pos - line.from));
  const probe = state.update({ changes: { from: pos, insert: blank ? 'x:' : 'x' } }).state;
  const top = treeUpTo(probe, pos + 1);
  const scalar = scalarAt(top.resolveInner(pos + 1, -1));
  const place = scalar === null ? null : placeOf(scalar, probe.doc);
  return place === null ? null : { place, doc: probe.doc, top, from: wordFrom, word: '' };
}
