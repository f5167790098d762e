/** Saves text as a file through a Blob and a temporary object URL (nothing leaves the browser). */
export function downloadFile(name: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
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
