import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { seriousAxeFindings } from '../../ui/testing/axe-check.ts';
import { renderUi } from '../../ui/testing/render-ui.tsx';
import { ReplyOptions } from './reply-options.tsx';

afterEach(cleanup);

const FIRST = [
  { event: 'a', reply: 'Sorry, let me check.' },
  { event: 'b', reply: 'Read the policy.' },
];
const SECOND = [
  { event: 'c', reply: 'It arrives tomorrow.' },
  { event: 'd', reply: 'No idea.' },
];

describe('ReplyOptions', () => {
  it('offers the replies as buttons and keys 1-9', async () => {
    const onChoose = vi.fn();
    const { container } = renderUi(
      <ReplyOptions options={FIRST} onChoose={onChoose} disabled={false} turnKey="t0" />,
    );
    const group = screen.getByRole('group', { name: 'Your reply' });
    expect(group.querySelectorAll('button')).toHaveLength(2);
    fireEvent.keyDown(window, { key: '2' });
    expect(onChoose).toHaveBeenCalledWith('b');
    fireEvent.click(screen.getByRole('button', { name: /Sorry, let me check/ }));
    expect(onChoose).toHaveBeenLastCalledWith('a');
    expect(await seriousAxeFindings(container)).toEqual([]);
  });

  it('ignores choices while the reply is being saved', () => {
    const onChoose = vi.fn();
    renderUi(<ReplyOptions options={FIRST} onChoose={onChoose} disabled turnKey="t0" />);
    fireEvent.keyDown(window, { key: '1' });
    fireEvent.click(screen.getByRole('button', { name: /Sorry/ }));
    expect(onChoose).not.toHaveBeenCalled();
  });

  it('moves focus to the first new option after a keyboard reply', () => {
    const { rerender } = renderUi(
      <ReplyOptions options={FIRST} onChoose={() => undefined} disabled={false} turnKey="t0" />,
    );
    fireEvent.keyDown(document, { key: '1' });
    rerender(
      <ReplyOptions options={SECOND} onChoose={() => undefined} disabled={false} turnKey="t1" />,
    );
    expect(document.activeElement).toBe(screen.getByRole('button', { name: /It arrives/ }));
  });

  it('leaves focus alone after a pointer reply when focus is elsewhere', () => {
    const outside = document.createElement('button');
    document.body.append(outside);
    const { rerender } = renderUi(
      <ReplyOptions options={FIRST} onChoose={() => undefined} disabled={false} turnKey="t0" />,
    );
    fireEvent.pointerDown(outside);
    outside.focus();
    rerender(
      <ReplyOptions options={SECOND} onChoose={() => undefined} disabled={false} turnKey="t1" />,
    );
    expect(document.activeElement).toBe(outside);
    outside.remove();
  });
});
