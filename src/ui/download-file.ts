/**
 * Saves text as a file through a Blob and a temporary object URL (nothing leaves the
 * browser). The text may come in parts: a bundle of 100,000 attempts is larger than the
 * longest string a browser can hold, but not than a Blob.
 */
export function downloadFile(
  name: string,
  text: string | readonly string[] | Blob,
  type = 'application/json',
): void {
  const blob =
    text instanceof Blob ? text : new Blob(typeof text === 'string' ? [text] : [...text], { type });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke once the browser has started the download.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
