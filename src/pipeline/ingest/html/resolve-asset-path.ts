/**
 * The content-folder path of a relative image source (`page_files/a.jpg`, `./img/b.png?x=1`),
 * resolved against the folder of the input at `inputPath`. Percent-escapes are decoded,
 * query and fragment dropped. Null when the source is absolute, has a scheme, or would
 * leave the content folder.
 */
export function resolveAssetPath(inputPath: string, src: string): string | null {
  const raw = src.trim().replace(/[?#].*$/s, '');
  if (raw === '' || raw.startsWith('/') || raw.startsWith('\\') || /^[a-z][a-z0-9+.-]*:/i.test(raw)) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    decoded = raw;
  }
  if (/[\u0000-\u001f]/.test(decoded)) return null;
  const parts = inputPath.split('/').slice(0, -1);
  for (const segment of decoded.replace(/\\/g, '/').split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (parts.length === 0) return null;
      parts.pop();
    } else {
      parts.push(segment);
    }
  }
  return parts.length > 0 ? parts.join('/') : null;
}
