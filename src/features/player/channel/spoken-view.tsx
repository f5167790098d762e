import { m } from 'framer-motion';
import { useRef, type ReactNode } from 'react';
import { formatSpan } from '../../../ui/format-span.ts';
import { paragraphs } from '../../../ui/paragraphs.ts';
import { SpeakingBars } from '../../../ui/speaking-bars.tsx';
import { useEnterMotion, useOpeningKeys } from '../../../ui/use-enter-motion.ts';
import { useFresh } from '../../../ui/use-fresh.ts';
import { latestCustomerLine, type TranscriptLine } from '../transcript-lines.ts';
import { CallTimer } from './call-timer.tsx';
import { firstName, type ChannelViewProps } from './channel-types.ts';
import { useFollowLatest } from './use-follow-latest.ts';
import './spoken-view.css';

/** How a spoken channel is framed: a phone call, or a conversation at the counter. */
export interface SpokenFraming {
  /** CSS modifier. */
  kind: 'phone' | 'in-person';
  /** Icon in the bar. */
  icon: ReactNode;
  /** Bar title: "Call with Harold Benning", "At the counter". */
  title: (name: string) => ReactNode;
  /** What the timer measures. */
  timerLabel: string;
  /** Status while the clock is paused. */
  pausedLabel: string;
  /** Status once the conversation ended. */
  endedLabel: string;
  /** Status while it runs and nobody speaks. */
  liveLabel: string;
}

/** Milliseconds per word as the customer's line appears. */
const WORD_MS = 70;

/** How long the customer speaks a line: a little per word, within sensible bounds. */
export function speakingMs(text: string): number {
  const words = text.split(/\s+/).filter(Boolean).length;
  return Math.min(8000, Math.max(1200, 300 + words * WORD_MS));
}

/** The line's words, each in a span that fades in after the one before while the line is spoken. */
function SpokenText({ text }: { text: string }) {
  let index = 0;
  return (
    <div className="spoken__text">
      {paragraphs(text).map((paragraph, p) => (
        <p key={p}>
          {paragraph.split(/(\s+)/).map((token, t) =>
            /^\s+$/.test(token) || token === '' ? (
              token
            ) : (
              <span
                key={t}
                className="spoken__word"
                style={{ animationDelay: `${index++ * WORD_MS}ms` }}
              >
                {token}
              </span>
            ),
          )}
        </p>
      ))}
    </div>
  );
}

function SpokenLine({
  line,
  name,
  speaking,
  latest,
  appear,
}: {
  line: TranscriptLine;
  name: string;
  speaking: boolean;
  latest: boolean;
  appear: boolean;
}) {
  const marker = latest ? { 'data-latest': true } : {};
  const enter = useEnterMotion(0, appear);
  if (line.speaker === 'narration') {
    return (
      <li className="spoken__direction" {...marker}>
        {line.text}
      </li>
    );
  }
  if (line.speaker === 'silence') {
    return (
      <li className="spoken__direction spoken__direction--silence" {...marker}>
        {line.text}
        {line.tookMs !== undefined && ` (${formatSpan(line.tookMs)} of silence)`}
      </li>
    );
  }
  const customer = line.speaker === 'customer';
  return (
    <m.li
      className={`spoken__line spoken__line--${line.speaker}${speaking ? ' spoken__line--speaking' : ''}`}
      {...enter}
      {...marker}
    >
      <span className="spoken__who">
        {customer ? firstName(name) : 'You'}
        {speaking && <SpeakingBars />}
      </span>
      {speaking ? (
        <SpokenText text={line.text} />
      ) : (
        <div className="spoken__text">
          {paragraphs(line.text).map((p, i) => (
            <p key={i}>{p}</p>
          ))}
        </div>
      )}
      {!customer && line.tookMs !== undefined && (
        <span className="spoken__after">after {formatSpan(line.tookMs)}</span>
      )}
    </m.li>
  );
}

/** A spoken conversation as a transcript: who speaks, a running timer, a speaking indicator. */
export function SpokenView({
  customer,
  lines,
  getActiveNow,
  paused,
  done,
  framing,
}: ChannelViewProps & { framing: SpokenFraming }) {
  const latest = done ? undefined : latestCustomerLine(lines);
  const opening = useOpeningKeys(lines.map((l) => l.key));
  const speaking = useFresh(latest?.key, latest === undefined ? 0 : speakingMs(latest.text));
  const logRef = useRef<HTMLDivElement>(null);
  useFollowLatest(lines[lines.length - 1]?.key, logRef, 'nearest');
  const name = customer.name;
  const live = speaking && !paused && !done;
  const status = done
    ? framing.endedLabel
    : paused
      ? framing.pausedLabel
      : speaking
        ? `${firstName(name)} is speaking`
        : framing.liveLabel;

  return (
    <div className={`channel spoken spoken--${framing.kind}`}>
      <div className="channel__bar spoken__bar">
        <div className="spoken__heading">
          <p className="channel__title">
            <span className="spoken__icon">{framing.icon}</span>
            {framing.title(name)}
          </p>
          <p className="spoken__status">
            {live && <SpeakingBars />}
            {status}
          </p>
        </div>
        <CallTimer
          label={framing.timerLabel}
          getActiveNow={getActiveNow}
          stopped={paused || done}
        />
      </div>
      <div role="log" aria-label="Conversation" ref={logRef}>
        <ol className="spoken__lines">
          {lines.map((line) => (
            <SpokenLine
              key={line.key}
              line={line}
              name={name}
              speaking={speaking && line === latest}
              latest={line === lines[lines.length - 1]}
              appear={!opening.has(line.key)}
            />
          ))}
        </ol>
      </div>
    </div>
  );
}
