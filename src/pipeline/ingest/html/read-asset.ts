import { lstatSync, readFileSync, realpathSync } from 'node:fs';
import { join, sep } from 'node:path';

/**
 * A `readAsset` for `extractHtml` that reads files below `contentDir` only: the path is
 * relative, has no `..` segment, does not resolve (through links) outside the folder,
 * names a regular file and is at most `maxBytes` long. Anything else reads as null.
 */
export function contentAssetReader(contentDir: string, maxBytes = 2 * 1024 * 1024): (relPath: string) => Uint8Array | null {
  let root: string;
  try {
    root = realpathSync(contentDir);
  } catch {
    return () => null;
  }
  return (relPath) => {
    if (relPath === '' || relPath.startsWith('/') || relPath.split(/[\\/]/).some((s) => s === '..') || relPath.includes('\0')) return null;
    try {
      const abs = realpathSync(join(root, relPath));
      if (!abs.startsWith(root + sep)) return null;
      const stat = lstatSync(abs);
      if (!stat.isFile() || stat.size > maxBytes) return null;
      return new Uint8Array(readFileSync(abs));
    } catch {
      return null;
    }
  };
}
