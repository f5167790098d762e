import { describe, expect, it } from 'vitest';
import { layoutDiagram } from './layout-diagram.ts';
import type { DiagramLayout, LayoutInput } from './layout-types.ts';

/** A start, `layers` layers of `width` turns each linking to the next, and one shared ending. */
function layered(layers: number, width: number): LayoutInput {
  const nodes = ['start'];
  const edges: [string, string, string][] = [];
  for (let l = 0; l < layers; l++) {
    for (let j = 0; j < width; j++) {
      const id = `t${l}_${j}`;
      nodes.push(id);
      const from = l === 0 ? 'start' : `t${l - 1}_${j}`;
      edges.push([`${from}>${id}`, from, id]);
      // Every turn can also end the conversation at once: long links to one shared ending.
      edges.push([`${id}>end`, id, 'end']);
    }
  }
  nodes.push('end');
  edges.push(['end>end', 'end', 'end']);
  return { nodes, edges };
}

function overlaps(layout: DiagramLayout): boolean {
  return layout.nodes.some((a, i) =>
    layout.nodes
      .slice(i + 1)
      .some(
        (b) =>
          a.x < b.x + b.width &&
          b.x < a.x + a.width &&
          a.y < b.y + b.height &&
          b.y < a.y + a.height,
      ),
  );
}

describe('layoutDiagram', () => {
  for (const [name, largeFrom] of [
    ['with every link placed by dagre', Infinity],
    ['with the large-graph layers', 0],
  ] as const) {
    it(`${name}: boxes for every node, none overlapping, a route for every link but loops`, () => {
      const input = layered(4, 3);
      const layout = layoutDiagram(input, largeFrom);
      expect(layout.nodes.map((n) => n.id)).toEqual(input.nodes);
      expect(overlaps(layout)).toBe(false);
      const routed = new Set(layout.edges.map((e) => e.id));
      const expected = input.edges.filter(([, s, t]) => s !== t).map(([id]) => id);
      expect([...routed].sort()).toEqual([...expected].sort());
      for (const edge of layout.edges) expect(edge.points.length).toBeGreaterThanOrEqual(2);
      for (const box of layout.nodes) {
        expect(box.x + box.width).toBeLessThanOrEqual(layout.width);
        expect(box.y + box.height).toBeLessThanOrEqual(layout.height);
      }
    });

    it(`${name}: the start above its turns, each turn above the next, the ending lowest`, () => {
      const layout = layoutDiagram(layered(4, 3), largeFrom);
      const y = new Map(layout.nodes.map((n) => [n.id, n.y]));
      const at = (id: string) => y.get(id) ?? NaN;
      expect(at('start')).toBeLessThan(at('t0_0'));
      expect(at('t0_1')).toBeLessThan(at('t1_1'));
      expect(at('t2_2')).toBeLessThan(at('t3_2'));
      expect(at('t3_0')).toBeLessThan(at('end'));
    });
  }

  it('draws the long links of a large graph straight, from the bottom of one box to the top of the other', () => {
    const layout = layoutDiagram(layered(4, 3), 0);
    const box = new Map(layout.nodes.map((n) => [n.id, n]));
    const route = layout.edges.find((e) => e.id === 't0_0>end');
    const from = box.get('t0_0');
    const to = box.get('end');
    if (route === undefined || from === undefined || to === undefined) throw new Error('missing');
    expect(route.points).toEqual([
      { x: from.x + from.width / 2, y: from.y + from.height },
      { x: to.x + to.width / 2, y: to.y },
    ]);
  });
});
