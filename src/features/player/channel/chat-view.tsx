import { m, useReducedMotion } from 'framer-motion';
import { useRef } from 'react';
import { Avatar } from '../../../ui/avatar.tsx';
import { formatSpan } from '../../../ui/format-span.ts';
import { MessageText } from '../../../ui/message-text.tsx';
import { TypingDots } from '../../../ui/typing-dots.tsx';
import { useEnterMotion, useOpeningKeys } from '../../../ui/use-enter-motion.ts';
import { useFresh } from '../../../ui/use-fresh.ts';
import { latestCustomerLine, type TranscriptLine } from '../transcript-lines.ts';
import { firstName, type ChannelViewProps } from './channel-types.ts';
import { useFollowLatest } from './use-follow-latest.ts';
import './chat-view.css';

/** How long the customer "types" before a message shows: longer messages take a little longer. */
export function typingDelayMs(text: string): number {
  return Math.min(1800, Math.max(700, 350 + text.length * 4));
}

function ChatLine({
  line,
  name,
  latest,
  appear,
}: {
  line: TranscriptLine;
  name: string;
  latest: boolean;
  appear: boolean;
}) {
  const enter = useEnterMotion(6, appear);
  const marker = latest ? { 'data-latest': true } : {};
  switch (line.speaker) {
    case 'narration':
      return (
        <li className="chat__note" {...marker}>
          <span>{line.text}</span>
        </li>
      );
    case 'silence':
      return (
        <li className="chat__note chat__note--silence" {...marker}>
          <span>
            {line.text}
            {line.tookMs !== undefined && ` ${firstName(name)} waited ${formatSpan(line.tookMs)}.`}
          </span>
        </li>
      );
    case 'customer':
      return (
        <m.li className="chat__row chat__row--customer" {...enter} {...marker}>
          <Avatar name={name} />
          <div className="chat__stack">
            <span className="chat__who">{firstName(name)}</span>
            <MessageText className="chat__bubble" text={line.text} />
          </div>
        </m.li>
      );
    case 'trainee':
      return (
        <m.li className="chat__row chat__row--trainee" {...enter} {...marker}>
          <div className="chat__stack">
            <span className="chat__who">
              You
              {line.tookMs !== undefined && (
                <span className="chat__time"> · after {formatSpan(line.tookMs)}</span>
              )}
            </span>
            <MessageText className="chat__bubble" text={line.text} />
          </div>
        </m.li>
      );
  }
}

/**
 * Live chat: bubbles, and "… is typing" before each new customer message. The typing
 * pause is only presentation: the replies stay open, and reduced motion skips it.
 */
export function ChatView({ customer, lines, done }: ChannelViewProps) {
  const reduce = useReducedMotion() ?? false;
  const latest = latestCustomerLine(lines);
  const opening = useOpeningKeys(lines.map((l) => l.key));
  const typing = useFresh(
    latest?.key,
    reduce || latest === undefined ? 0 : typingDelayMs(latest.text),
  );
  const shown = typing ? lines.slice(0, -1) : lines;
  const last = shown[shown.length - 1];
  const listRef = useRef<HTMLDivElement>(null);
  useFollowLatest(typing ? `${latest?.key}-typing` : last?.key, listRef, 'nearest');
  const name = customer.name;

  return (
    <div className="channel chat">
      <div className="channel__bar">
        <Avatar name={name} avatar={customer.avatar} />
        <p className="channel__title">
          <strong>Live chat</strong> <span className="channel__sub">with {name}</span>
        </p>
        <span className={`chat__presence${done ? ' chat__presence--ended' : ''}`}>
          {done ? 'Chat ended' : 'Online'}
        </span>
      </div>
      <div className="chat__log" role="log" aria-label="Conversation" ref={listRef}>
        <ol className="chat__list">
          {shown.map((line) => (
            <ChatLine
              key={line.key}
              line={line}
              name={name}
              latest={line === last && !typing}
              appear={!opening.has(line.key)}
            />
          ))}
        </ol>
        {typing && (
          <p className="chat__typing" data-latest>
            <Avatar name={name} />
            <span className="chat__typing-bubble">
              <TypingDots />
            </span>
            <span className="chat__typing-text">{firstName(name)} is typing…</span>
          </p>
        )}
      </div>
    </div>
  );
}
