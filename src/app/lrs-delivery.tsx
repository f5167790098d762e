import { useEffect, useState } from 'react';
import type { OutboxCounts } from '../storage/statement-outbox.ts';
import { xapiBridge } from './xapi-connection-state.ts';

/** How often the line looks again (the rows of one attempt, read by its index). */
const REFRESH_MS = 2_000;

/** The sentence for an attempt's statements, or undefined when none were queued. */
export function deliveryWords(counts: OutboxCounts): string | undefined {
  const { pending, sent, rejected, lastReason } = counts;
  if (pending + sent + rejected === 0) return undefined;
  if (rejected > 0) {
    return `The Learning Record Store refused ${rejected} of this attempt’s statements${lastReason === undefined ? '' : `: ${lastReason}`}`;
  }
  if (pending > 0) {
    return `Waiting to reach the Learning Record Store (${sent} of ${sent + pending} statements sent)${lastReason === undefined ? '.' : `: ${lastReason}`}`;
  }
  return `Sent to the Learning Record Store (${sent} statements).`;
}

/**
 * Whether an attempt has reached the LRS, where one is set up: sent, waiting (and why), or
 * refused. Nothing at all where no LRS is set up.
 */
export function LrsDelivery({ attemptId }: { attemptId: string }) {
  const [words, setWords] = useState<string | undefined>();
  useEffect(() => {
    let live = true;
    let timer: number | undefined;
    const look = async () => {
      const counts = await xapiBridge()?.counts(attemptId);
      if (!live) return;
      setWords(counts === undefined ? undefined : deliveryWords(counts));
      // The attempt's last statements may be queued after this look (its end is written
      // just after the scorecard shows), and an LRS set up later starts a bridge: look again.
      timer = window.setTimeout(() => void look(), REFRESH_MS);
    };
    void look();
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [attemptId]);
  // The live region is there from the start, so its first words are announced.
  return (
    <p className="lrs-delivery" role="status">
      {words}
    </p>
  );
}
