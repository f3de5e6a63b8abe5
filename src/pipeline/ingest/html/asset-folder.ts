/**
 * True when a folder holds the assets of a page saved beside it ("Save page as…,
 * complete"): browsers write `<stem>_files/` next to `<stem>.html` (or `.htm`). Such a
 * folder's files are not inputs; the page reads its images through `readAsset`.
 * (Localised browsers may name it differently, e.g. `<stem>-Dateien`; not recognised.)
 */
export function isPageAssetFolder(dirName: string, siblingNames: readonly string[]): boolean {
  const m = /^(.+)_files$/.exec(dirName);
  if (!m) return false;
  const stem = m[1]!;
  return siblingNames.some((name) => name === `${stem}.html` || name === `${stem}.htm` || name === `${stem}.xhtml`);
}
