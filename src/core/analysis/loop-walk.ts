import { roundScore } from '../scoring/dimension-score.ts';
import type { Explored } from './explored.ts';
import type { EdgeRatio } from './edge-marks.ts';
import { followNext, shortestFromStart } from './routes.ts';

/** Longest walk built to show a score that only looping approaches. */
const MAX_WALK = 5000;

function sums(
  edges: readonly number[],
  ratio: EdgeRatio,
  slotOf: Int32Array,
): { n: number; d: number } {
  let n = 0;
  let d = 0;
  for (const e of edges) {
    const r = ratio.rowOf[slotOf[e] ?? -1] ?? -1;
    n += ratio.mark[r] ?? 0;
    d += ratio.counts[r] ?? 0;
  }
  return { n, d };
}

/**
 * A finite walk that repeats a cycle until its rounded score reaches round(100 × the cycle's
 * mean): the shortest way into the cycle, k turns round it, the shortest way out to an ending.
 * The mean moves monotonically towards the cycle's as k grows, so k is found by bisection;
 * k stops at a walk of MAX_WALK decisions (reported with `viaLoop` and the limit).
 */
export function loopWalk(
  explored: Explored,
  cycle: readonly number[],
  ratio: EdgeRatio,
): number[] | null {
  const { pg, ending } = explored;
  const onCycle = new Set(cycle.map((e) => pg.edgeFrom[e] ?? -1));
  const prefix = shortestFromStart(pg, (u) => onCycle.has(u));
  if (prefix === null) return null;
  const entry = prefix.length === 0 ? 0 : (pg.edgeTo[prefix[prefix.length - 1] ?? 0] ?? 0);
  const at = cycle.findIndex((e) => pg.edgeFrom[e] === entry);
  const loop = [...cycle.slice(at), ...cycle.slice(0, at)];
  const suffix = followNext(pg, ending.next, entry);
  const outer = sums([...prefix, ...suffix], ratio, explored.layout.slotOf);
  const round = sums(loop, ratio, explored.layout.slotOf);
  if (round.d === 0) return [...prefix, ...loop, ...suffix];
  const target = roundScore((100 * round.n) / round.d);
  const scoreAt = (k: number): number =>
    roundScore((100 * (outer.n + k * round.n)) / (outer.d + k * round.d));
  const kMax = Math.max(1, Math.floor((MAX_WALK - prefix.length - suffix.length) / loop.length));
  let low = 1;
  let high = kMax;
  if (scoreAt(high) !== target) low = high;
  while (low < high) {
    const mid = Math.floor((low + high) / 2);
    if (scoreAt(mid) === target) high = mid;
    else low = mid + 1;
  }
  const walk = [...prefix];
  for (let k = 0; k < low; k++) walk.push(...loop);
  walk.push(...suffix);
  return walk;
}
