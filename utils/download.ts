/**
 * Save a text as a file in the user's downloads, from an extension page: Blob → object URL →
 * <a download>. No network; the URL is revoked once the browser has taken the file.
 */
export function download(text: string, fileName: string, type = 'text/plain;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
