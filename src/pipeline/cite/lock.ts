import { sha256Hex } from '../../utils/hash.ts';
import type { Passage } from '../types.ts';

/**
 * The lock file (`content/dossier.lock.json`): the slugs and passage ids the archive
 * has published, so the same input plus the same lock gives the same URLs, even after
 * the cleaner changes where a passage starts or ends.
 */
export interface ArchiveLock {
  version: 1;
  /** Per input file (path relative to the content folder). */
  articles: Record<string, LockedArticle>;
  /** Former slug → current slug; each leaves a redirect page behind. */
  redirects: Record<string, string>;
  /** Every slug each input has had, so that editing or dropping a lock entry still redirects the old URL. */
  history: Record<string, string[]>;
}

/** What the lock remembers of one input. */
export interface LockedArticle {
  slug: string;
  /** SHA-256 of the original, to follow a renamed file. */
  sha256: string;
  /** Passage id → fingerprint of its text (see `fingerprint`). */
  passages: Record<string, string>;
}

/** An empty lock. */
export function emptyLock(): ArchiveLock {
  return { version: 1, articles: {}, redirects: {}, history: {} };
}

/** Reads a lock file's text; anything malformed yields an empty lock and a message. */
export function parseLock(text: string | null): { lock: ArchiveLock; problem: string | null } {
  if (text === null) return { lock: emptyLock(), problem: null };
  try {
    const data = JSON.parse(text) as Partial<ArchiveLock>;
    if (data.version !== 1 || typeof data.articles !== 'object' || data.articles === null) throw new Error('not a version 1 lock');
    const lock = emptyLock();
    for (const [file, entry] of Object.entries(data.articles)) {
      if (typeof entry?.slug !== 'string' || !/^[a-z0-9][a-z0-9-]*$/.test(entry.slug)) continue;
      const passages: Record<string, string> = {};
      for (const [id, fp] of Object.entries(entry.passages ?? {})) if (typeof fp === 'string' && /^p-[0-9a-f]{6}(-\d+)?$/.test(id)) passages[id] = fp;
      lock.articles[file] = { slug: entry.slug, sha256: typeof entry.sha256 === 'string' ? entry.sha256 : '', passages };
    }
    for (const [file, slugs] of Object.entries(data.history ?? {})) {
      if (Array.isArray(slugs)) lock.history[file] = slugs.filter((x): x is string => typeof x === 'string' && /^[a-z0-9][a-z0-9-]*$/.test(x));
    }
    for (const [from, to] of Object.entries(data.redirects ?? {})) {
      if (typeof to === 'string' && /^[a-z0-9][a-z0-9-]*$/.test(from) && /^[a-z0-9][a-z0-9-]*$/.test(to)) lock.redirects[from] = to;
    }
    return { lock, problem: null };
  } catch (error) {
    return { lock: emptyLock(), problem: `dossier.lock.json is unreadable (${error instanceof Error ? error.message : String(error)}); URLs were assigned afresh.` };
  }
}

/** The lock as stable JSON (sorted keys, final newline): the same lock gives the same bytes. */
export function serializeLock(lock: ArchiveLock): string {
  const sorted = <T>(o: Record<string, T>): Record<string, T> => Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  const articles = Object.fromEntries(
    Object.entries(sorted(lock.articles)).map(([file, a]) => [file, { slug: a.slug, sha256: a.sha256, passages: sorted(a.passages) }]),
  );
  const history = Object.fromEntries(Object.entries(sorted(lock.history)).map(([file, slugs]) => [file, [...new Set(slugs)].sort()]));
  return `${JSON.stringify({ version: 1, articles, redirects: sorted(lock.redirects), history }, null, 2)}\n`;
}

/** The locked entry for a file: by path, or by content for a renamed file. */
export function lockedEntry(lock: ArchiveLock, path: string, sha256: string): LockedArticle | undefined {
  const byPath = lock.articles[path];
  if (byPath) return byPath;
  return Object.values(lock.articles).find((a) => a.sha256 === sha256 && a.sha256 !== '');
}

/**
 * `lockedEntry` for many lookups: the entries by content are indexed once, so finding each
 * input's entry costs O(1) instead of a scan of the lock. Gives the same entry as `lockedEntry`.
 */
export function lockIndex(lock: ArchiveLock): (path: string, sha256: string) => LockedArticle | undefined {
  let bySha: Map<string, LockedArticle> | null = null;
  return (path, sha256) => {
    const byPath = lock.articles[path];
    if (byPath) return byPath;
    if (bySha === null) {
      bySha = new Map();
      for (const entry of Object.values(lock.articles)) if (entry.sha256 !== '' && !bySha.has(entry.sha256)) bySha.set(entry.sha256, entry);
    }
    return bySha.get(sha256);
  };
}

const FP_HASHES = 4;

/**
 * A short fingerprint of a passage: the minimum of four seeded hashes over its word
 * trigrams, as 32 hex digits. Two passages sharing most of their text share most values.
 */
export function fingerprint(text: string): string {
  const words = text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  // Each gram is hashed as the string "w1 w2 w3" would be, without building that string.
  const grams: string[][] = [];
  for (let i = 0; i + 3 <= words.length; i++) grams.push([words[i]!, words[i + 1]!, words[i + 2]!]);
  if (grams.length === 0) grams.push([words.join(' ')]);
  let out = '';
  for (let k = 0; k < FP_HASHES; k++) {
    const seed = (0x811c9dc5 ^ Math.imul(k + 1, 0x9e3779b1)) >>> 0;
    let min = 0xffffffff;
    for (const g of grams) {
      const h = fnv1aWords(g, seed);
      if (h < min) min = h;
    }
    out += min.toString(16).padStart(8, '0');
  }
  return out;
}

/** FNV-1a, from the seeded start `h`, of `words` joined by single spaces. */
function fnv1aWords(words: readonly string[], h: number): number {
  for (let w = 0; w < words.length; w++) {
    if (w > 0) h = Math.imul(h ^ 32, 0x01000193) >>> 0;
    const text = words[w]!;
    for (let i = 0; i < text.length; i++) {
      h ^= text.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
  }
  return h >>> 0;
}

function similarity(a: string, b: string): number {
  let same = 0;
  for (let k = 0; k < FP_HASHES; k++) if (a.slice(k * 8, k * 8 + 8) === b.slice(k * 8, k * 8 + 8)) same++;
  return same / FP_HASHES;
}

/**
 * Gives passages the ids the lock remembers. A passage whose own id is locked keeps it;
 * otherwise it takes the locked id of the unclaimed passage whose fingerprint matches best
 * (at least half), so a passage that gained or lost a line keeps its anchor. Returns the
 * passages with their ids and the lock entry to write back. `prints` are the passages'
 * fingerprints, when already known.
 */
export function applyLockedIds(
  passages: readonly Passage[],
  locked: LockedArticle | undefined,
  prints: readonly string[] = passages.map((p) => fingerprint(p.text)),
): { passages: Passage[]; entry: Record<string, string> } {
  const claimed = new Set<string>();
  const ids: (string | null)[] = passages.map((p) => {
    if (locked?.passages[p.id] !== undefined && !claimed.has(p.id)) {
      claimed.add(p.id);
      return p.id;
    }
    return null;
  });
  if (locked) {
    passages.forEach((_passage, i) => {
      if (ids[i] !== null) return;
      let best: string | null = null;
      let bestScore = 0.5 - 1e-9;
      for (const [id, fp] of Object.entries(locked.passages)) {
        if (claimed.has(id)) continue;
        const score = similarity(prints[i]!, fp);
        if (score > bestScore) {
          best = id;
          bestScore = score;
        }
      }
      if (best !== null) {
        claimed.add(best);
        ids[i] = best;
      }
    });
  }
  const taken = new Set(ids.filter((x): x is string => x !== null));
  const out = passages.map((p, i) => {
    let id = ids[i] ?? p.id;
    if (ids[i] === null) {
      for (let n = 2; taken.has(id); n++) id = `${p.id.replace(/-\d+$/, '')}-${n}`;
      taken.add(id);
    }
    return { ...p, id };
  });
  return { passages: out, entry: Object.fromEntries(out.map((p, i) => [p.id, prints[i]!])) };
}

/** A deterministic digest of the lock, for the build id. */
export function lockDigest(lock: ArchiveLock): string {
  return sha256Hex(serializeLock(lock)).slice(0, 12);
}
