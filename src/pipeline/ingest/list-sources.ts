import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { sha256Hex } from '../../utils/hash.ts';
import type { SourceFile } from '../types.ts';
import { isPageAssetFolder } from './html/asset-folder.ts';

/** File names in the content folder that configure the archive rather than being inputs. */
export const RESERVED_NAMES: ReadonlySet<string> = new Set([
  'archive.yml',
  'archive.yaml',
  'dossier.lock.json',
  'manifest.csv',
]);

/** True for files that are never inputs: dotfiles, archive settings, sidecars. */
export function isReservedName(name: string): boolean {
  return name.startsWith('.') || RESERVED_NAMES.has(name) || /\.dossier\.ya?ml$/.test(name);
}

/**
 * Lists every input file below `contentDir`, in a stable order (code-point order of
 * their relative paths). The first sub-folder level names the story; loose files
 * belong to the story `''`.
 */
export function listSources(contentDir: string): SourceFile[] {
  const files: SourceFile[] = [];
  const walk = (dir: string, rel: string): void => {
    const names = readdirSync(dir).sort(compareCodePoints);
    for (const name of names) {
      if (isReservedName(name)) continue;
      const abs = join(dir, name);
      const relPath = rel ? `${rel}/${name}` : name;
      const stat = statSync(abs);
      if (stat.isDirectory()) {
        // A saved page's asset folder ("page_files/" beside "page.html") holds no articles.
        if (isPageAssetFolder(name, names)) continue;
        walk(abs, relPath);
      } else if (stat.isFile()) {
        const bytes = new Uint8Array(readFileSync(abs));
        const slash = relPath.indexOf('/');
        files.push({
          path: relPath,
          bytes,
          sha256: sha256Hex(bytes),
          story: slash === -1 ? '' : relPath.slice(0, slash),
        });
      }
    }
  };
  walk(contentDir, '');
  return files;
}

/** Compares strings by code point, independent of locale. */
export function compareCodePoints(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
