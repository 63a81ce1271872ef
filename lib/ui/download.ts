/** Save text as a file through a temporary `<a download>`; no downloads permission needed. */
export function downloadText(filename: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  // Give the browser a moment to start the download before the URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** "credit-meter-ledger-2026-11-21.csv": dated so repeated exports do not collide. */
export function exportFilename(kind: string, ext: string, now: number): string {
  return `credit-meter-${kind}-${new Date(now).toISOString().slice(0, 10)}.${ext}`;
}
