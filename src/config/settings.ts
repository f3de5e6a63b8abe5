import { existsSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';

/**
 * Archive settings, read from `archive.yml` in the content folder. Every field is
 * optional: an archive needs no settings file at all.
 */
export interface ArchiveSettings {
  /** Site title shown in the header and the browser tab. Default: `Dossier`. */
  title: string;
  /** One-sentence description for the home page and metadata. Default: empty. */
  description: string;
  /** BCP 47 language of the site's own interface and of articles that state none. Default: `en`. */
  language: string;
  /** Path the site is served under, with leading and trailing `/`. Default: `/`. */
  base: string;
  /** Absolute origin for canonical URLs, feeds and the sitemap. Default: none (omitted). */
  site: string | null;
  /** Words in each story summary. Default: 120. */
  summaryWords: number;
}

/** Settings of one build: the archive's, overridden by command-line options. */
export interface BuildSettings extends ArchiveSettings {
  /** Project root (where `astro.config.mjs` lives). */
  root: string;
  /** Absolute content folder. */
  contentDir: string;
  /** Absolute output folder. */
  outDir: string;
  /** Private working folder of this build (generated MDX and data, Astro's cache). */
  workDir: string;
  /** `workDir/gen`: what the pipeline writes and the content collections read. */
  genDir: string;
  /** Let search engines index the site (default: private, `noindex` and robots.txt disallowing all). */
  public: boolean;
  /** Publish excerpts and links instead of full texts and originals. */
  excerpts: boolean;
  /** Make a copy that works opened from disk (file://): relative links, a script-free search fallback. */
  portable: boolean;
}

export const DEFAULT_SETTINGS: ArchiveSettings = {
  title: 'Dossier',
  description: '',
  language: 'en',
  base: '/',
  site: null,
  summaryWords: 120,
};

/** Reads `archive.yml` (or `archive.yaml`) from a content folder, falling back to defaults. */
export function readArchiveSettings(contentDir: string): { settings: ArchiveSettings; problems: string[] } {
  const problems: string[] = [];
  const settings: ArchiveSettings = { ...DEFAULT_SETTINGS };
  const file = ['archive.yml', 'archive.yaml'].map((n) => join(contentDir, n)).find((p) => existsSync(p));
  if (!file) return { settings, problems };
  let data: unknown;
  try {
    data = parse(readFileSync(file, 'utf8'), { schema: 'core', maxAliasCount: 100 });
  } catch (error) {
    problems.push(`archive.yml is not valid YAML: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    return { settings, problems };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { settings, problems };
  const record = data as Record<string, unknown>;
  if (typeof record['title'] === 'string' && record['title'].trim()) settings.title = record['title'].trim();
  if (typeof record['description'] === 'string') settings.description = record['description'].trim();
  if (typeof record['language'] === 'string' && /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/.test(record['language'])) settings.language = record['language'];
  if (typeof record['base'] === 'string') settings.base = normaliseBase(record['base']);
  if (typeof record['site'] === 'string') settings.site = normaliseSite(record['site']);
  if (typeof record['summaryWords'] === 'number' && record['summaryWords'] > 0) settings.summaryWords = Math.floor(record['summaryWords']);
  return { settings, problems };
}

/** `/some/path` → `/some/path/`; empty → `/`. */
export function normaliseBase(base: string): string {
  const trimmed = base.trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** An absolute http(s) origin (with path), or throws. */
export function normaliseSite(site: string): string {
  const url = new URL(site.trim());
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`--site must be an http(s) URL, got ${site}`);
  return url.href.replace(/\/+$/, '');
}

/** Environment variables the CLI passes to `astro.config.mjs`. */
export interface DossierEnv {
  DOSSIER_CONTENT?: string | undefined;
  DOSSIER_OUT?: string | undefined;
  DOSSIER_BASE?: string | undefined;
  DOSSIER_SITE?: string | undefined;
  DOSSIER_PUBLIC?: string | undefined;
  DOSSIER_EXCERPTS?: string | undefined;
  DOSSIER_PORTABLE?: string | undefined;
}

/**
 * Resolves the settings of a build from the environment the CLI set (or defaults for a
 * plain `astro build`), relative to the project root. The working folder is named after
 * the output folder, so parallel builds to different outputs never share files.
 */
export function resolveBuildSettings(env: DossierEnv, root: string): BuildSettings {
  const contentDir = resolve(root, env.DOSSIER_CONTENT ?? 'content');
  const outDir = resolve(root, env.DOSSIER_OUT ?? 'dist');
  const { settings } = readArchiveSettings(contentDir);
  if (env.DOSSIER_BASE) settings.base = normaliseBase(env.DOSSIER_BASE);
  if (env.DOSSIER_SITE) settings.site = normaliseSite(env.DOSSIER_SITE);
  const id = createHash('sha256').update(`${contentDir}\0${outDir}`).digest('hex').slice(0, 12);
  const workDir = join(root, '.dossier', id);
  return {
    ...settings,
    root,
    contentDir,
    outDir,
    workDir,
    genDir: join(workDir, 'gen'),
    public: env.DOSSIER_PUBLIC === '1',
    excerpts: env.DOSSIER_EXCERPTS === '1',
    portable: env.DOSSIER_PORTABLE === '1',
  };
}

