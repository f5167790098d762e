import { describe, expect, it } from 'vitest';
import { createLayoutClient, type LayoutResult, type LayoutWorker } from './layout-client.ts';
import type { LayoutAnswer, LayoutRequest } from './layout-protocol.ts';
import type { LayoutInput } from './layout-types.ts';

const input = (n: number): LayoutInput => ({
  nodes: Array.from({ length: n }, (_, i) => `s${i}`),
  edges: Array.from({ length: n - 1 }, (_, i) => [`e${i}`, `s${i}`, `s${i + 1}`]),
});

/** A worker that holds requests until told to answer them, or dies. */
class FakeWorker implements LayoutWorker {
  onmessage: ((event: MessageEvent<LayoutAnswer>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  received: LayoutRequest[] = [];
  postMessage(message: LayoutRequest): void {
    this.received.push(message);
  }
  terminate(): void {}
  answer(request: LayoutRequest): void {
    const layout = { nodes: [], edges: [], width: request.input.nodes.length, height: 0 };
    this.onmessage?.({ data: { id: request.id, layout } } as unknown as MessageEvent<LayoutAnswer>);
  }
}

const widthOf = (result: LayoutResult | undefined): number | undefined =>
  result !== undefined && 'layout' in result ? result.layout.width : undefined;

describe('createLayoutClient', () => {
  it('lays out on the page where there is no worker: chains top to bottom', async () => {
    const client = createLayoutClient(() => undefined);
    const result = await new Promise<LayoutResult>((resolve) => client.request(input(3), resolve));
    if (!('layout' in result)) throw new Error(result.failed);
    const ys = result.layout.nodes.map((n) => n.y);
    expect(ys[0]).toBeLessThan(ys[1] ?? 0);
    expect(ys[1]).toBeLessThan(ys[2] ?? 0);
    expect(result.layout.edges.map((e) => e.id)).toEqual(['e0', 'e1']);
  });

  it('lays out only the newest of the requests made while one runs', () => {
    const worker = new FakeWorker();
    const client = createLayoutClient(() => worker);
    const done: (LayoutResult | undefined)[] = [];
    client.request(input(2), (r) => (done[0] = r));
    client.request(input(3), (r) => (done[1] = r));
    client.request(input(4), (r) => (done[2] = r));
    expect(worker.received).toHaveLength(1);
    worker.answer(worker.received[0] as LayoutRequest);
    expect(worker.received.map((r) => r.input.nodes.length)).toEqual([2, 4]);
    worker.answer(worker.received[1] as LayoutRequest);
    expect(done.map(widthOf)).toEqual([2, undefined, 4]);
  });

  it('falls back to the page when the worker dies, finishing the request it lost', async () => {
    const worker = new FakeWorker();
    const client = createLayoutClient(() => worker);
    const result = new Promise<LayoutResult>((resolve) => client.request(input(2), resolve));
    worker.onerror?.({} as ErrorEvent);
    const laidOut = await result;
    expect('layout' in laidOut && laidOut.layout.nodes).toHaveLength(2);
  });
});
