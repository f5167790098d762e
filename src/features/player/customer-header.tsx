import type { Customer } from '../../core/scenario/scenario-types.ts';
import { Avatar } from '../../ui/avatar.tsx';
import { MoodMeter } from '../../ui/mood-meter.tsx';

/** Props of {@link CustomerHeader}. */
export interface CustomerHeaderProps {
  /** The customer. */
  customer: Customer;
  /** Their mood now, 0..100. */
  mood: number;
  /** "Live chat · Practice". */
  context: string;
}

/** Who the trainee is talking to and how they feel; stays in view while the conversation scrolls. */
export function CustomerHeader({ customer, mood, context }: CustomerHeaderProps) {
  return (
    <section className="customer" aria-label="Customer">
      <Avatar name={customer.name} avatar={customer.avatar} size="large" />
      <div className="customer__who">
        <p className="customer__name">{customer.name}</p>
        <p className="customer__context">{context}</p>
      </div>
      <div className="customer__mood">
        <MoodMeter name={customer.name} mood={mood} />
      </div>
    </section>
  );
}

/** The customer's profile, shown once above the conversation. */
export function CustomerProfile({ customer }: { customer: Customer }) {
  if (customer.profile === undefined) return null;
  return (
    <p className="customer-profile">
      <span className="customer-profile__label">About {customer.name}</span>
      {customer.profile}
    </p>
  );
}
