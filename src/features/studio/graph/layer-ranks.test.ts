import { describe, expect, it } from 'vitest';
import { layerRanks } from './layer-ranks.ts';
import type { LayoutInput } from './layout-types.ts';

function input(nodes: string[], links: [string, string][]): LayoutInput {
  return { nodes, edges: links.map(([s, t], i) => [`e${i}`, s, t]) };
}

describe('layerRanks', () => {
  it('puts each node one layer below the furthest node that links to it', () => {
    const ranks = layerRanks(
      input(
        ['start', 'a', 'b', 'end'],
        [
          ['start', 'a'],
          ['a', 'b'],
          ['start', 'end'],
          ['b', 'end'],
        ],
      ),
    );
    expect(Object.fromEntries(ranks)).toEqual({ start: 0, a: 1, b: 2, end: 3 });
  });

  it('leaves out the links that close a loop, whatever order the nodes are listed in', () => {
    const ranks = layerRanks(
      input(
        ['start', 'retry', 'ask', 'end'],
        [
          ['start', 'ask'],
          ['ask', 'retry'],
          ['retry', 'ask'],
          ['ask', 'end'],
          ['end', 'end'],
        ],
      ),
    );
    expect(Object.fromEntries(ranks)).toEqual({ start: 0, ask: 1, retry: 2, end: 2 });
  });

  it('ranks nodes nobody reaches from the start, and ignores links to unknown nodes', () => {
    const ranks = layerRanks(
      input(
        ['start', 'orphan', 'after-orphan'],
        [
          ['orphan', 'after-orphan'],
          ['start', 'ghost'],
        ],
      ),
    );
    expect(Object.fromEntries(ranks)).toEqual({ start: 0, orphan: 0, 'after-orphan': 1 });
  });

  it('handles a chain far deeper than the call stack allows', () => {
    const nodes = Array.from({ length: 50_000 }, (_, i) => `n${i}`);
    const links = nodes.slice(1).map((n, i): [string, string] => [`n${i}`, n]);
    const ranks = layerRanks(input(nodes, links));
    expect(ranks.get('n49999')).toBe(49_999);
  });
});
