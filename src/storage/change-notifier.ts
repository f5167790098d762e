/** Name of the channel on which tabs tell each other that attempts changed. */
const CHANNEL = 'extra-mile:attempts';

/**
 * Calls listeners after a change in this tab and, where the browser has
 * BroadcastChannel, after a durable change in another tab. The channel is open
 * only while someone listens.
 */
export class ChangeNotifier {
  private readonly listeners = new Set<() => void>();
  private channel: BroadcastChannel | undefined;

  constructor(private readonly crossTab: boolean) {}

  /** Adds a listener; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    this.openChannel();
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0) this.closeChannel();
    };
  }

  /** Tells this tab's listeners, and other tabs when `durable`. */
  changed(durable: boolean): void {
    if (durable) this.broadcast();
    this.emit();
  }

  /** Stops listening to other tabs. */
  close(): void {
    this.listeners.clear();
    this.closeChannel();
  }

  private emit(): void {
    for (const listener of [...this.listeners]) listener();
  }

  private broadcast(): void {
    if (!this.crossTab || typeof BroadcastChannel === 'undefined') return;
    // A channel never hears its own messages: post through ours, or a short-lived one.
    if (this.channel !== undefined) return this.channel.postMessage('changed');
    const once = new BroadcastChannel(CHANNEL);
    once.postMessage('changed');
    once.close();
  }

  private openChannel(): void {
    if (!this.crossTab || this.channel !== undefined) return;
    if (typeof BroadcastChannel === 'undefined') return;
    this.channel = new BroadcastChannel(CHANNEL);
    this.channel.onmessage = () => this.emit();
  }

  private closeChannel(): void {
    this.channel?.close();
    this.channel = undefined;
  }
}
