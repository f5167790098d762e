import type { ChannelViewProps } from './channel-types.ts';
import { SpokenView, type SpokenFraming } from './spoken-view.tsx';

const IN_PERSON: SpokenFraming = {
  kind: 'in-person',
  icon: (
    <svg viewBox="0 0 24 24" aria-hidden="true" className="channel__icon">
      <path d="M3 10h18M4 10v9h16v-9M6 10 7.5 5h9L18 10M10 19v-4h4v4" />
    </svg>
  ),
  title: (name) => (
    <>
      <strong>At the counter</strong> <span className="channel__sub">with {name}</span>
    </>
  ),
  timerLabel: 'Time with customer',
  pausedLabel: 'Paused',
  endedLabel: 'Conversation over',
  liveLabel: 'Face to face',
};

/** In person: the spoken transcript, framed as a conversation at the counter. */
export function InPersonView(props: ChannelViewProps) {
  return <SpokenView {...props} framing={IN_PERSON} />;
}
