import type { Channel } from '../../core/scenario/scenario-types.ts';

/** How each channel is named to a trainee. */
export const CHANNEL_NAMES: Record<Channel, string> = {
  email: 'Email',
  chat: 'Live chat',
  phone: 'Phone',
  'in-person': 'In person',
};
