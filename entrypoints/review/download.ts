/** Saves text as a file through the browser's normal download flow. */
export function downloadText(fileName: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // Revoke later: revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** `claimlight-2026-11-22.json` (or `.jsonld`, `.md`), so exports sort by date in a folder. */
export function exportFileName(now = new Date(), extension = 'json', scope = ''): string {
  const date = now.toISOString().slice(0, 10);
  return `claimlight-${scope ? `${scope}-` : ''}${date}.${extension}`;
}
