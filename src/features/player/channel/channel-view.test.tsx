import { act, cleanup, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Channel, Customer } from '../../../core/scenario/scenario-types.ts';
import { seriousAxeFindings } from '../../../ui/testing/axe-check.ts';
import { renderUi } from '../../../ui/testing/render-ui.tsx';
import type { TranscriptLine } from '../transcript-lines.ts';
import { ChannelView } from './channel-view.tsx';

const CUSTOMER: Customer = { name: 'Megan Hollis', mood: 55 };

const LINES: TranscriptLine[] = [
  { key: 't0-c', speaker: 'customer', text: 'Hi,\n\nWhere is it?', turn: 0, subject: 'Order FB-1' },
  {
    key: 't0-r',
    speaker: 'trainee',
    text: 'It ships today.',
    turn: 0,
    subject: 'Order FB-1',
    tookMs: 41_000,
  },
  { key: 't1-n', speaker: 'narration', text: 'Two days later. It has not come.', turn: 1 },
  { key: 't1-c', speaker: 'customer', text: 'Still nothing.', turn: 1, subject: 'Re: Order FB-1' },
];

function view(channel: Channel, lines: TranscriptLine[], activeNow: number) {
  return (
    <ChannelView
      channel={channel}
      customer={CUSTOMER}
      lines={lines}
      getActiveNow={() => activeNow}
      paused={false}
      done={false}
    />
  );
}

function show(channel: Channel, lines = LINES, activeNow = 75_000) {
  return renderUi(view(channel, lines, activeNow));
}

/** Opens the conversation before its last line, then lets that line arrive. */
function showArriving(channel: Channel) {
  const rendered = show(channel, LINES.slice(0, -1));
  rendered.rerender(view(channel, LINES, 75_000));
  return rendered;
}

describe('ChannelView', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
  });

  /** axe schedules its work with timers: run it on real ones. */
  const axeFindings = (root: Element) => {
    vi.useRealTimers();
    return seriousAxeFindings(root);
  };

  it('draws email as a thread of cards with subject, sender, recipient and time gaps', async () => {
    const { container } = show('email');
    const log = screen.getByRole('log', { name: 'Conversation' });
    expect(within(log).getByText('Order FB-1')).toBeTruthy();
    expect(within(log).getByText('Re: Order FB-1', { selector: '.mail--out *' })).toBeTruthy();
    expect(within(log).getAllByText('Megan Hollis').length).toBeGreaterThan(1);
    expect(within(log).getByText('You replied 41 s later')).toBeTruthy();
    expect(within(log).getByText('Two days later')).toBeTruthy();
    expect(within(log).getByText('It has not come.')).toBeTruthy();
    expect(await axeFindings(container)).toEqual([]);
  });

  it('draws live chat as bubbles, with the customer typing before a new message', async () => {
    const { container } = showArriving('chat');
    expect(screen.getByText('Megan is typing…')).toBeTruthy();
    expect(screen.queryByText('Still nothing.')).toBeNull();
    expect(screen.getByText('It ships today.').closest('.chat__bubble')).toBeTruthy();
    act(() => {
      vi.advanceTimersByTime(2_000);
    });
    expect(screen.queryByText('Megan is typing…')).toBeNull();
    expect(screen.getByText('Still nothing.').closest('.chat__bubble')).toBeTruthy();
    expect(await axeFindings(container)).toEqual([]);
  });

  it('shows what was already said at once when a chat opens or resumes', () => {
    show('chat');
    expect(screen.queryByText('Megan is typing…')).toBeNull();
    expect(screen.getByText('Still nothing.').closest('.chat__bubble')).toBeTruthy();
  });

  it('draws a phone call with a running call timer and who is speaking', async () => {
    const { container } = showArriving('phone');
    expect(screen.getByRole('timer', { name: 'Call time' }).textContent).toContain('1:15');
    expect(screen.getByText('Phone call')).toBeTruthy();
    expect(screen.getByText('Megan is speaking')).toBeTruthy();
    act(() => {
      vi.advanceTimersByTime(8_000);
    });
    expect(screen.getByText('On the line')).toBeTruthy();
    expect(await axeFindings(container)).toEqual([]);
  });

  it('frames in-person conversations at the counter', () => {
    show('in-person');
    expect(screen.getByText('At the counter')).toBeTruthy();
    expect(screen.getByRole('timer', { name: 'Time with customer' })).toBeTruthy();
  });
});
