import type { PublishedArticle } from '../pipeline/run.ts';
import type { RelatedItem, Story } from '../pipeline/types.ts';
import { displayText, displayTextOrNull } from '../utils/display-text.ts';

/** Everything an article page renders besides its MDX body. Plain JSON. */
export interface ArticlePageData {
  slug: string;
  kind: 'article' | 'record';
  /** Input path relative to the content folder. */
  file: string;
  story: string;
  title: string | null;
  displayTitle: string;
  titleDerived: boolean;
  dek: string | null;
  publisher: string | null;
  author: string | null;
  editor: string | null;
  published: string | null;
  url: string | null;
  language: string | null;
  provenance: Record<string, string>;
  sha256: string;
  bytes: number;
  encoding: string;
  format: string;
  /** File name of the original under `sources/`. */
  originalName: string;
  /** Lines removed by the cleaner (front matter excluded: it is shown as metadata). */
  removed: { n: number; text: string; reason: string }[];
  wordsKept: number;
  wordsRemoved: number;
  passages: { id: string; kind: string; index: number; text: string }[];
  topics: string[];
  related: RelatedItem[];
  problems: { code: string; message: string }[];
  /** True when only an excerpt is published (`--excerpts`). */
  excerpted?: boolean;
  /** When the original was retrieved, as the user states it (sidecar or manifest). */
  retrieved: string | null;
}

/** Story data for the story page. */
export interface StoryPageData extends Story {
  /** Number of sources in the story. */
  sourceCount: number;
}

const MAX_REMOVED_LINE = 2000;

function countWords(text: string): number {
  const m = text.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu);
  return m ? m.length : 0;
}

/** Projects a published article onto the data its page needs. */
export function articlePageData(a: PublishedArticle): ArticlePageData {
  const meta = a.article.meta;
  const removed = a.article.verdicts
    .filter((v) => !v.keep && v.reason !== 'blank' && v.reason !== 'front-matter' && v.text.trim() !== '')
    .map((v) => ({ n: v.n, text: v.text.length > MAX_REMOVED_LINE ? `${v.text.slice(0, MAX_REMOVED_LINE)}…` : v.text, reason: v.reason }));
  const provenance: Record<string, string> = {};
  for (const [k, v] of Object.entries(meta.provenance)) if (typeof v === 'string') provenance[k] = v;
  return {
    slug: a.slug,
    kind: a.kind,
    file: a.article.source.file.path,
    story: a.article.source.file.story,
    title: displayTextOrNull(meta.title),
    displayTitle: displayText(meta.displayTitle) || a.slug,
    titleDerived: meta.titleDerived,
    dek: displayTextOrNull(meta.dek),
    publisher: displayTextOrNull(meta.publisher),
    author: displayTextOrNull(meta.author),
    editor: displayTextOrNull(meta.editor),
    published: meta.published,
    url: meta.url,
    language: meta.language,
    provenance,
    sha256: a.article.source.file.sha256,
    bytes: a.article.source.file.bytes.length,
    encoding: a.article.source.encoding,
    format: a.article.source.format,
    originalName: a.originalName,
    removed,
    wordsKept: a.article.verdicts.filter((v) => v.keep).reduce((n, v) => n + countWords(v.text), 0),
    wordsRemoved: a.article.verdicts.filter((v) => !v.keep && v.reason !== 'front-matter').reduce((n, v) => n + countWords(v.text), 0),
    passages: a.passages.map((p) => ({ id: p.id, kind: p.kind, index: p.index, text: p.text })),
    topics: a.record.topics.map(displayText),
    related: a.record.related.map((r) => ({ ...r, title: displayTextOrNull(r.title), publisher: displayTextOrNull(r.publisher), excerpt: displayTextOrNull(r.excerpt) })),
    problems: a.problems.map((p) => ({ code: p.code, message: p.message })),
    retrieved: a.retrieved,
  };
}
