import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { UsageError, type Values } from './errors.ts';
import { sha256Hex } from '../utils/hash.ts';
import { cleanFiles } from '../pipeline/run.ts';
import { NO_TIMER } from '../pipeline/timings.ts';
import { NO_CACHE } from '../pipeline/cache.ts';
import type { Article, SourceFile } from '../pipeline/types.ts';

/** `dossier clean FILE... [--json]` */
export function runClean(paths: string[], values: Values): number {
  if (paths.length === 0) throw new UsageError('give at least one FILE (see dossier clean --help)');
  const files: SourceFile[] = paths.map((path) => {
    let stat;
    try {
      stat = statSync(path);
    } catch {
      throw new UsageError(`no such file: ${path}`);
    }
    if (!stat.isFile()) throw new UsageError(`not a file: ${path}`);
    const bytes = new Uint8Array(readFileSync(path));
    return { path, bytes, sha256: sha256Hex(bytes), story: '' };
  });
  const { outcomes } = cleanFiles(files, NO_TIMER, NO_CACHE, process.cwd());
  const objects = outcomes.map((outcome, i) => {
    if (outcome.ok) return cleanJson(paths[i]!, outcome.article);
    process.stderr.write(`dossier clean: skipped ${paths[i]}: ${outcome.skipped.message}\n`);
    return {
      file: paths[i]!,
      title: null,
      displayTitle: basename(paths[i]!),
      titleDerived: true,
      dek: null,
      publisher: null,
      author: null,
      editor: null,
      published: null,
      url: null,
      language: null,
      provenance: { displayTitle: 'derived:file-name' },
      lines: [],
      skipped: { reason: outcome.skipped.reason, message: outcome.skipped.message },
    };
  });
  if (values['json']) {
    process.stdout.write(`${JSON.stringify(objects)}\n`);
    return 0;
  }
  for (const outcome of outcomes) {
    if (!outcome.ok) continue;
    const { article } = outcome;
    const m = article.meta;
    process.stdout.write(`# ${article.source.file.path}\n`);
    process.stdout.write(`title: ${m.displayTitle}${m.titleDerived ? ' (derived)' : ''}\n`);
    for (const field of ['dek', 'publisher', 'author', 'editor', 'published', 'url', 'language'] as const) {
      if (m[field] !== null) process.stdout.write(`${field}: ${m[field]} (${m.provenance[field] ?? '?'})\n`);
    }
    for (const line of article.verdicts) {
      if (line.reason === 'blank') continue;
      process.stdout.write(`${String(line.n).padStart(4)} ${line.keep ? '+' : '-'} ${line.reason.padEnd(12)} ${line.text.slice(0, 100)}\n`);
    }
    process.stdout.write('\n');
  }
  return 0;
}

/** The JSON object `dossier clean --json` prints for one input. */
export function cleanJson(file: string, article: Article): Record<string, unknown> {
  const m = article.meta;
  return {
    file,
    title: m.title,
    displayTitle: m.displayTitle,
    titleDerived: m.titleDerived,
    dek: m.dek,
    publisher: m.publisher,
    author: m.author,
    editor: m.editor,
    published: m.published,
    url: m.url,
    language: m.language,
    provenance: m.provenance,
    lines: article.verdicts.map((v) => ({ n: v.n, text: v.text, keep: v.keep, reason: v.reason })),
  };
}
