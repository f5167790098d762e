import type { ChannelViewProps } from './channel-types.ts';
import { SpokenView, type SpokenFraming } from './spoken-view.tsx';

const PHONE: SpokenFraming = {
  kind: 'phone',
  icon: (
    <svg viewBox="0 0 24 24" aria-hidden="true" className="channel__icon">
      <path d="M6.6 3.5 9 3l1.6 4-2 1.4a11 11 0 0 0 7 7l1.4-2 4 1.6-.5 2.4A2 2 0 0 1 18.6 19 15.6 15.6 0 0 1 5 5.4a2 2 0 0 1 1.6-1.9z" />
    </svg>
  ),
  title: (name) => (
    <>
      <strong>Phone call</strong> <span className="channel__sub">with {name}</span>
    </>
  ),
  timerLabel: 'Call time',
  pausedLabel: 'On hold',
  endedLabel: 'Call ended',
  liveLabel: 'On the line',
};

/** A phone call: a call transcript with a running call timer. */
export function PhoneView(props: ChannelViewProps) {
  return <SpokenView {...props} framing={PHONE} />;
}
