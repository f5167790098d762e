import { m } from 'framer-motion';
import { useRef } from 'react';
import { Avatar } from '../../../ui/avatar.tsx';
import { MessageText } from '../../../ui/message-text.tsx';
import { useEnterMotion, useOpeningKeys } from '../../../ui/use-enter-motion.ts';
import { latestCustomerLine, type TranscriptLine } from '../transcript-lines.ts';
import type { ChannelViewProps } from './channel-types.ts';
import { replyGap, replySubject, silenceGap, splitNarration } from './thread-wording.ts';
import { useFollowLatest } from './use-follow-latest.ts';
import './email-view.css';

const SUPPORT = 'Customer support (you)';

function Gap({ label, note }: { label: string; note?: string | undefined }) {
  return (
    <li className="thread__gap">
      <span className="thread__gap-label">{label}</span>
      {note !== undefined && <span className="thread__gap-note">{note}</span>}
    </li>
  );
}

function EmailCard({
  line,
  customer,
  latest,
  appear,
}: {
  line: TranscriptLine;
  customer: string;
  latest: boolean;
  appear: boolean;
}) {
  const enter = useEnterMotion(8, appear);
  const incoming = line.speaker === 'customer';
  const subject =
    line.subject === undefined ? undefined : incoming ? line.subject : replySubject(line.subject);
  return (
    <m.li
      className={`mail mail--${incoming ? 'in' : 'out'}`}
      {...enter}
      {...(latest ? { 'data-latest': true } : {})}
    >
      <div className="mail__head">
        {incoming ? (
          <Avatar name={customer} size="large" />
        ) : (
          <span className="mail__you" aria-hidden="true">
            You
          </span>
        )}
        <div className="mail__meta">
          {subject !== undefined && <p className="mail__subject">{subject}</p>}
          <dl className="mail__people">
            <div>
              <dt>From</dt>
              <dd>{incoming ? customer : SUPPORT}</dd>
            </div>
            <div>
              <dt>To</dt>
              <dd>{incoming ? SUPPORT : customer}</dd>
            </div>
          </dl>
        </div>
        {latest && incoming && <span className="mail__new">New</span>}
      </div>
      <MessageText className="mail__body" text={line.text} />
    </m.li>
  );
}

/** Email: a thread of cards (subject, sender, recipient) with the time between messages. */
export function EmailView({ customer, lines, done }: ChannelViewProps) {
  const latest = done ? undefined : latestCustomerLine(lines);
  const opening = useOpeningKeys(lines.map((l) => l.key));
  const threadRef = useRef<HTMLDivElement>(null);
  useFollowLatest(latest?.key, threadRef, 'start');
  const messages = lines.filter((l) => l.speaker === 'customer' || l.speaker === 'trainee').length;

  return (
    <div className="channel email">
      <div className="channel__bar">
        <svg className="channel__icon" viewBox="0 0 24 24" aria-hidden="true">
          <path d="M3 6.5A1.5 1.5 0 0 1 4.5 5h15A1.5 1.5 0 0 1 21 6.5v11a1.5 1.5 0 0 1-1.5 1.5h-15A1.5 1.5 0 0 1 3 17.5zm1.8.2 7.2 5.6 7.2-5.6" />
        </svg>
        <p className="channel__title">
          <strong>Email</strong> <span className="channel__sub">support inbox</span>
        </p>
        <span className="channel__count">
          {messages} {messages === 1 ? 'message' : 'messages'}
        </span>
      </div>
      <div role="log" aria-label="Conversation" ref={threadRef}>
        <ol className="thread">
          {lines.map((line, i) => {
            switch (line.speaker) {
              case 'narration': {
                if (i === 0) {
                  return (
                    <li key={line.key} className="thread__context">
                      {line.text}
                    </li>
                  );
                }
                const { gap, note } = splitNarration(line.text);
                return <Gap key={line.key} label={gap} note={note} />;
              }
              case 'silence':
                return (
                  <Gap
                    key={line.key}
                    label={line.tookMs === undefined ? 'No reply' : silenceGap(line.tookMs)}
                    note="You did not reply in time."
                  />
                );
              case 'trainee':
                return [
                  line.tookMs !== undefined && (
                    <Gap key={`${line.key}-gap`} label={replyGap(line.tookMs)} />
                  ),
                  <EmailCard
                    key={line.key}
                    line={line}
                    customer={customer.name}
                    latest={false}
                    appear={!opening.has(line.key)}
                  />,
                ];
              case 'customer':
                return (
                  <EmailCard
                    key={line.key}
                    line={line}
                    customer={customer.name}
                    latest={line === latest}
                    appear={!opening.has(line.key)}
                  />
                );
            }
          })}
        </ol>
      </div>
    </div>
  );
}
