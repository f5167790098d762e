// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkDraft } from './check-answer.ts';
import { createCheckClient, startCheckWorker, type CheckWorker } from './check-client.ts';
import type { CheckAnswer, CheckRequest, DraftCheck } from './check-protocol.ts';

const FILE = 'into-the-email-void.yaml';
const VOID = readFileSync(`scenarios/${FILE}`, 'utf8');
const BROKEN = VOID.replace('target: neighbour_question', 'target: neighbor_question');

/** A worker that holds requests until told to answer them (as the real one would), or dies. */
class FakeWorker implements CheckWorker {
  onmessage: ((event: MessageEvent<CheckAnswer>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  received: CheckRequest[] = [];
  postMessage(message: CheckRequest): void {
    this.received.push(message);
  }
  terminate(): void {}
  answer(request: CheckRequest): void {
    const data: CheckAnswer = { id: request.id, result: checkDraft(request.text, request.file) };
    this.onmessage?.({ data } as MessageEvent<CheckAnswer>);
  }
}

const check = (client: ReturnType<typeof createCheckClient>, text: string) =>
  new Promise<DraftCheck>((resolve) => client.request(text, FILE, resolve));

describe('createCheckClient', () => {
  it('checks on the page where there is no worker (jsdom), with the states’ lines', async () => {
    expect(startCheckWorker()).toBeUndefined();
    const client = createCheckClient();
    const result = await check(client, VOID);
    if (!result.ok) throw new Error(result.diagnostics[0]?.message);
    const { view } = result;
    const lines = view.stateLines.states;
    expect(lines.map((s) => s.id)).toContain('into-the-email-void.neighbour_question');
    expect(lines.map((s) => s.line)).toEqual([...lines.map((s) => s.line)].sort((a, b) => a - b));
    expect(view.analysis.endingsReached.length).toBeGreaterThan(0);
    expect(view.diagram.nodes.map((n) => n.id)).toContain('into-the-email-void.neighbour_question');
    expect(view.playable).toContain('into-the-email-void.neighbour_question');
    expect(view.title).toBe('Into the email void');
    client.dispose();
  });

  it('hands back the same objects for the parts an edit did not change', async () => {
    const client = createCheckClient(() => undefined);
    const before = await check(client, VOID);
    // A comment changes no part of the view; a new first line moves every state one line down.
    const commented = await check(client, `${VOID}\n# a note to self\n`);
    const shifted = await check(client, `# a note to self\n${VOID}`);
    if (!before.ok || !commented.ok || !shifted.ok) throw new Error('the scenario should load');
    expect(commented.view.diagram).toBe(before.view.diagram);
    expect(commented.view.analysis).toBe(before.view.analysis);
    expect(commented.view.stateLines).toBe(before.view.stateLines);
    expect(shifted.view.diagram).toBe(before.view.diagram);
    expect(shifted.view.stateLines).not.toBe(before.view.stateLines);
    expect(shifted.view.stateLines.states[0]?.line).toBe(
      (before.view.stateLines.states[0]?.line ?? NaN) + 1,
    );
    client.dispose();
  });

  it('sends plain data the worker can post', () => {
    const checked = checkDraft(VOID, FILE);
    expect(structuredClone(checked)).toEqual(checked);
  });

  it('reports a broken draft’s problem on its line, without a loaded scenario', async () => {
    const client = createCheckClient(() => undefined);
    const result = await check(client, BROKEN);
    expect(result.ok).toBe(false);
    expect('loaded' in result).toBe(false);
    const line = BROKEN.slice(0, BROKEN.indexOf('target: neighbor_question')).split('\n').length;
    const error = result.diagnostics.find((d) => d.severity === 'error');
    expect(error?.line).toBe(line);
    expect(error?.message).toContain("did you mean 'neighbour_question'?");
    client.dispose();
  });

  it('answers only the newest of the requests made while one runs', () => {
    const worker = new FakeWorker();
    const client = createCheckClient(() => worker);
    const texts = [BROKEN, `${VOID}\n# one`, `${VOID}\n# two`];
    const done: (DraftCheck | undefined)[] = [];
    texts.forEach((text, i) => client.request(text, FILE, (r) => (done[i] = r)));
    expect(worker.received.map((r) => r.text)).toEqual([BROKEN]);
    worker.answer(worker.received[0] as CheckRequest);
    expect(worker.received.map((r) => r.text)).toEqual([BROKEN, texts[2]]);
    // An answer to a request already answered changes nothing.
    worker.answer(worker.received[0] as CheckRequest);
    worker.answer(worker.received[1] as CheckRequest);
    expect(done.map((r) => r?.ok)).toEqual([false, undefined, true]);
  });

  it('falls back to the page when the worker dies, finishing the request it lost', async () => {
    const worker = new FakeWorker();
    const client = createCheckClient(() => worker);
    const result = check(client, VOID);
    worker.onerror?.({} as ErrorEvent);
    expect((await result).ok).toBe(true);
    // Later checks stay on the page.
    expect((await check(client, BROKEN)).ok).toBe(false);
    expect(worker.received).toHaveLength(1);
  });

  it('drops what is pending when disposed', async () => {
    const client = createCheckClient(() => undefined);
    let called = false;
    client.request(VOID, FILE, () => (called = true));
    client.dispose();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(called).toBe(false);
  });
});
