import { describe, expect, it } from 'vitest';
import { readShippedFiles } from '../testing/shipped-files.test-support.ts';
import type { AnalysisReport } from '../analysis/analysis-types.ts';
import { checkScenario } from '../analysis/check-scenario.ts';
import type { OptionInfo, StateNodeInfo, TransitionInfo } from './graph-types.ts';
import type { LoadedScenario } from './loaded-scenario.ts';
import { DIMENSIONS, type Channel } from './scenario-types.ts';

/**
 * What the training library promises beyond "the file loads": the standard every shipped
 * scenario is held to (issue 4). Each rule is one test so that a failing scenario says which
 * promise it breaks.
 */

interface Shipped {
  file: string;
  loaded: LoadedScenario;
  analysis: AnalysisReport;
  warnings: string[];
}

function readShipped(): Shipped[] {
  return readShippedFiles().map(({ file, text }) => {
    const checked = checkScenario(text, file);
    if (!checked.ok) {
      const errors = checked.diagnostics.map((d) => `${d.line}:${d.column} ${d.message}`);
      throw new Error(`${file} does not load: ${errors.join('; ')}`);
    }
    const warnings = checked.diagnostics
      .filter((d) => d.severity === 'warning')
      .map((d) => `${d.line}:${d.column} ${d.message}`);
    return { file, loaded: checked.loaded, analysis: checked.analysis, warnings };
  });
}

const shipped = readShipped();
const states = (s: Shipped): StateNodeInfo[] => [...s.loaded.graph.states.values()];
const allTransitions = (s: Shipped): TransitionInfo[] =>
  states(s).flatMap((n) => [
    ...n.options.flatMap((o) => o.branches),
    ...n.timeouts.flatMap((t) => t.branches),
  ]);

/** Options open in a turn: its own, then its phases' (a turn's own id wins, as in XState). */
function openOptions(s: Shipped, turn: StateNodeInfo): OptionInfo[] {
  const seen = new Set<string>();
  const open: OptionInfo[] = [];
  for (let node: StateNodeInfo | undefined = turn; node !== undefined;) {
    for (const option of node.options) {
      if (!seen.has(option.event)) open.push(option);
      seen.add(option.event);
    }
    node = node.parent === null ? undefined : s.loaded.graph.states.get(node.parent);
  }
  return open;
}

/** How good an option is on paper: what the three marks add up to. */
function worth(option: OptionInfo): number {
  const meta = option.branches[0]?.meta;
  if (meta === undefined) return 0;
  return (meta.tone ?? 0) + (meta.extraMile ?? 0) + (meta.promptness ?? 0);
}

const replyLength = (option: OptionInfo): number => option.branches[0]?.meta.reply?.length ?? 0;

/** Turns with a single best option, with where that option sits and whether it is the longest. */
function tells(s: Shipped): { turns: number; longest: string[]; first: string[] } {
  const result = { turns: 0, longest: [] as string[], first: [] as string[] };
  for (const turn of states(s).filter((n) => n.kind === 'atomic')) {
    const open = openOptions(s, turn);
    if (open.length < 2) continue;
    const top = Math.max(...open.map(worth));
    const best = open.filter((o) => worth(o) === top);
    if (best.length !== 1 || best[0] === undefined) continue;
    const winner = best[0];
    result.turns++;
    if (open.every((o) => o === winner || replyLength(o) < replyLength(winner))) {
      result.longest.push(turn.key);
    }
    if (open[0] === winner) result.first.push(turn.key);
  }
  return result;
}

describe('the shipped library', () => {
  it('has at least twelve scenarios', () => {
    expect(shipped.length).toBeGreaterThanOrEqual(12);
  });

  it('covers every channel', () => {
    const channels = new Set(shipped.map((s) => s.loaded.scenario.channel));
    const all: Channel[] = ['email', 'chat', 'phone', 'in-person'];
    expect([...channels].sort()).toEqual([...all].sort());
  });

  it('spreads difficulty from 1 to 3', () => {
    const levels = new Set(shipped.map((s) => s.loaded.scenario.difficulty));
    expect([...levels].sort()).toEqual([1, 2, 3]);
  });

  it('has at least three scenarios with a phase whose options are open from every turn in it', () => {
    const phased = shipped.filter((s) =>
      states(s).some((n) => n.kind === 'compound' && n.parent !== null && n.options.length > 0),
    );
    expect(phased.map((s) => s.file).length).toBeGreaterThanOrEqual(3);
  });

  it('has at least three scenarios that branch on the customer mood', () => {
    const readsMood = (t: TransitionInfo): boolean =>
      t.guard !== undefined && /"type":"mood(AtLeast|Below)"/.test(JSON.stringify(t.guard));
    const branching = shipped.filter((s) =>
      states(s).some(
        (n) => n.always.some(readsMood) || n.options.some((o) => o.branches.some(readsMood)),
      ),
    );
    expect(branching.length).toBeGreaterThanOrEqual(3);
  });

  it('uses each scenario id once', () => {
    const ids = shipped.map((s) => s.loaded.scenario.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe.each(shipped.map((s) => [s.file, s] as const))('%s', (_file, s) => {
  it('passes the checker with no warnings', () => {
    expect(s.warnings).toEqual([]);
  });

  it('has at least six customer turns on its longest path', () => {
    const { longest } = s.analysis;
    expect(longest, 'an unbounded or missing longest path').toBeTypeOf('object');
    if (longest === null || longest === 'unbounded') return;
    expect(longest.turns).toBeGreaterThanOrEqual(6);
  });

  it('has a delighted, a satisfied-but-cool and a lost ending, all reachable', () => {
    const endings = states(s).flatMap((n) => (n.meta.ending === undefined ? [] : [n.meta.ending]));
    expect(
      endings.some((e) => e.retained && e.review === 5),
      'a delighted ending',
    ).toBe(true);
    expect(
      endings.some((e) => e.retained && e.review >= 3 && e.review <= 4),
      'a satisfied but cool ending',
    ).toBe(true);
    expect(
      endings.some((e) => !e.retained),
      'an ending where the customer is lost',
    ).toBe(true);
    expect(s.analysis.unreachableEndings).toEqual([]);
  });

  it('gives waiting a cost somewhere', () => {
    const costly = states(s).flatMap((n) =>
      n.timeouts.flatMap((t) => t.branches).filter((b) => (b.meta.promptness ?? 0) < 0),
    );
    expect(costly.length).toBeGreaterThan(0);
  });

  it('has options that move all three scores, with a chance to go the extra mile', () => {
    const options = allTransitions(s).filter((t) => t.trigger.kind === 'option');
    expect(
      options.some((t) => (t.meta.tone ?? 0) !== 0),
      'an option with a tone mark',
    ).toBe(true);
    expect(
      options.some((t) => t.meta.promptness !== undefined),
      'an option marked for promptness',
    ).toBe(true);
    expect(
      options.some((t) => (t.meta.extraMile ?? 0) > 0),
      'an extra-mile option',
    ).toBe(true);
  });

  it('gives coach feedback and a principle on every option and every timeout that speaks', () => {
    const silent = allTransitions(s)
      .filter((t) => t.trigger.kind === 'option' || Object.keys(t.meta).length > 0)
      .filter((t) => !t.meta.feedback?.trim() || t.meta.principle === undefined)
      .map((t) => `${t.source} ${t.trigger.kind === 'option' ? t.trigger.event : 'timeout'}`);
    expect(silent).toEqual([]);
  });

  it('has a model answer that passes overall and on every dimension', () => {
    const best = s.analysis.overall.best;
    const pass = s.loaded.scenario.scoring.pass;
    expect(best?.overall ?? 0).toBeGreaterThanOrEqual(pass);
    for (const d of DIMENSIONS) {
      const score = best?.dimensions[d] ?? null;
      if (score !== null) expect(score, d).toBeGreaterThanOrEqual(pass);
    }
  });

  it('can be failed', () => {
    const worst = s.analysis.overall.worst;
    expect(worst?.overall ?? 100).toBeLessThan(s.loaded.scenario.scoring.pass);
  });

  it('never gives the best reply away by its length or its place in the list', () => {
    const t = tells(s);
    expect(t.turns).toBeGreaterThan(0);
    expect(
      t.longest.length,
      `best reply is the longest in ${t.longest.join(', ')}`,
    ).toBeLessThanOrEqual(t.turns / 2);
    expect(
      t.first.length,
      `best reply is listed first in ${t.first.join(', ')}`,
    ).toBeLessThanOrEqual(t.turns / 2);
  });
});
