/** jsdom has no modal dialogs: opening and closing just toggle `open` (enough for role queries). */
export function polyfillDialog(): void {
  const proto = HTMLDialogElement.prototype;
  if (!('showModal' in proto)) {
    Object.defineProperty(proto, 'showModal', {
      configurable: true,
      value(this: HTMLDialogElement) {
        this.setAttribute('open', '');
      },
    });
  }
  if (!('close' in proto)) {
    Object.defineProperty(proto, 'close', {
      configurable: true,
      value(this: HTMLDialogElement) {
        this.removeAttribute('open');
      },
    });
  }
}
