import type { Channel } from '../../../core/scenario/scenario-types.ts';
import type { ChannelViewProps } from './channel-types.ts';
import { ChatView } from './chat-view.tsx';
import { EmailView } from './email-view.tsx';
import { InPersonView } from './in-person-view.tsx';
import { PhoneView } from './phone-view.tsx';
import './channel.css';

/** How each channel is named in the player. */
export const CHANNEL_LABELS: Record<Channel, string> = {
  email: 'Email',
  chat: 'Live chat',
  phone: 'Phone',
  'in-person': 'In person',
};

/** The conversation drawn the way its channel looks. */
export function ChannelView({ channel, ...props }: ChannelViewProps & { channel: Channel }) {
  switch (channel) {
    case 'email':
      return <EmailView {...props} />;
    case 'chat':
      return <ChatView {...props} />;
    case 'phone':
      return <PhoneView {...props} />;
    case 'in-person':
      return <InPersonView {...props} />;
  }
}
