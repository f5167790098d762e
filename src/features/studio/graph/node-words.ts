import type { DiagramEdge, DiagramMarks, DiagramNode } from '../../../core/studio/diagram-types.ts';

/** Icons that go with the words of each flag (never the only sign). */
export const FLAG_ICONS = {
  unreachable: '\u2298',
  trap: '\u26a0',
  noWayOut: '\u26d4',
  model: '\u2605',
  start: '\u25b6',
} as const;

/** What a node is, in words: "turn", "ending: delighted, 5 stars", "phase". */
export function kindWords(node: DiagramNode): string {
  if (node.kind === 'ending') {
    if (node.ending === undefined) return 'ending';
    const stars = `${node.ending.review} star${node.ending.review === 1 ? '' : 's'}`;
    return `ending: ${node.ending.outcome}, ${stars}`;
  }
  if (node.kind === 'branch') return 'eventless branch';
  return node.kind;
}

/** The node's flags, each as icon and words: ["⚠ trap", "★ model answer, step 2"]. */
export function flagWords(node: DiagramNode): string[] {
  const words: string[] = [];
  if (node.start) words.push(`${FLAG_ICONS.start} start`);
  if (node.flags.unreachable) words.push(`${FLAG_ICONS.unreachable} unreachable`);
  if (node.flags.trap) words.push(`${FLAG_ICONS.trap} trap`);
  if (node.flags.noWayOut) words.push(`${FLAG_ICONS.noWayOut} no way out`);
  if (node.onModelAnswer) {
    const step = node.modelStep === undefined ? '' : `, step ${node.modelStep}`;
    words.push(`${FLAG_ICONS.model} model answer${step}`);
  }
  return words;
}

/** The flags' icons alone, for the small first line of a node box. */
export function flagIcons(node: DiagramNode): string {
  let icons = '';
  if (node.start) icons += FLAG_ICONS.start;
  if (node.flags.unreachable) icons += FLAG_ICONS.unreachable;
  if (node.flags.trap) icons += FLAG_ICONS.trap;
  if (node.flags.noWayOut) icons += FLAG_ICONS.noWayOut;
  if (node.onModelAnswer) icons += FLAG_ICONS.model;
  return icons;
}

const signed = (n: number): string => (n > 0 ? `+${n}` : String(n));

/** The marks in short form, "T+2 P-1 X+1" (the legend says what the letters are). */
export function marksShort(marks: DiagramMarks): string {
  const parts: string[] = [];
  if (marks.tone !== undefined) parts.push(`T${signed(marks.tone)}`);
  if (marks.promptness !== undefined) parts.push(`P${signed(marks.promptness)}`);
  if (marks.extraMile !== undefined) parts.push(`X${signed(marks.extraMile)}`);
  return parts.join(' ');
}

/** An edge in full words, for its tooltip. */
export function edgeWords(edge: DiagramEdge): string {
  const parts = [
    edge.reply === undefined ? edge.label : `${edge.event ?? edge.label}: ${edge.reply}`,
  ];
  if (edge.guard !== undefined) parts.push(`if ${edge.guard}`);
  const { tone, promptness, extraMile, mood } = edge.marks;
  if (tone !== undefined) parts.push(`tone ${signed(tone)}`);
  if (promptness !== undefined) parts.push(`promptness ${signed(promptness)}`);
  if (extraMile !== undefined) parts.push(`extra mile ${signed(extraMile)}`);
  if (mood !== undefined) parts.push(`mood ${signed(mood)}`);
  if (edge.onModelAnswer) parts.push('model answer');
  return parts.join('; ');
}

/** At most `max` characters, with an ellipsis when cut. */
export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}\u2026`;
}
