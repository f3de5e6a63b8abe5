/**
 * The domain model shared by every pipeline stage.
 *
 * Data flows one way: ingest → clean → describe → cite → synthesize → emit.
 * Every stage is a pure function of its typed input (plus explicit options);
 * none of them imports Astro.
 */

/** How an input file was recognised. */
export type InputFormat = 'text' | 'markdown' | 'html';

/** The character encoding an input was decoded from. */
export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** A file found in the content folder, before decoding. */
export interface SourceFile {
  /** Path relative to the content folder, with `/` separators (e.g. `story-a/01.txt`). */
  path: string;
  /** The file's bytes, exactly as on disk. */
  bytes: Uint8Array;
  /** Lower-case hex SHA-256 of `bytes`. */
  sha256: string;
  /** Story key: the first sub-folder of the content folder, or `''` for loose files. */
  story: string;
}

/** A note about something the pipeline changed or doubted, shown in the build report. */
export interface Problem {
  /** Short machine-readable code, e.g. `control-chars-removed`, `yaml-invalid`. */
  code: string;
  /** One human sentence. */
  message: string;
}

/** A decoded input, ready for cleaning. */
export interface DecodedSource {
  file: SourceFile;
  format: InputFormat;
  encoding: Encoding;
  /**
   * The decoded text the line numbers refer to: line breaks normalised to `\n`
   * (CRLF counts as one break), control characters and NULs removed.
   * For HTML, the text extracted from the page; for Markdown, the body after the front matter.
   */
  text: string;
  /** `text` split on `\n`. Line `n` (1-based) is `lines[n - 1]`. */
  lines: string[];
  /** Parsed YAML front matter (Markdown inputs only); plain JSON data, never custom types. */
  frontMatter: Record<string, unknown> | null;
  /** Things noticed while decoding (removed control characters, a malformed header…). */
  problems: Problem[];
  /** HTML inputs: the images the page kept as structure, each standing at one line of `lines`. */
  images?: SourceImage[];
}

/** An image of a saved HTML page, kept as structure (see `ingest/html`). */
export interface SourceImage {
  /** 1-based line of `DecodedSource.lines` that stands for the image (its text is the alt text or ''). */
  line: number;
  /** `local`: a file beside the page (bytes read and checked); `data`: a decoded `data:` URI; `remote`: an http(s) URL, to be shown as a link. */
  kind: 'local' | 'data' | 'remote';
  /** Local: path relative to the content folder; data: `data:<mime>`; remote: the absolute URL. */
  src: string;
  alt: string;
  bytes?: Uint8Array;
  /** `image/png`, `image/jpeg`, `image/gif` or `image/webp`, from the magic bytes (local and data images). */
  mime?: string;
}

/** Why an input was not published. */
export interface Skipped {
  file: SourceFile;
  reason: 'empty' | 'whitespace-only' | 'binary' | 'undecodable' | 'hidden';
  message: string;
}

/** The verdict on one line of a decoded input. */
export interface LineVerdict {
  /** 1-based line number in `DecodedSource.lines`. */
  n: number;
  text: string;
  /** True when the line is article content (headline, dek, body, caption…). Blank lines are `false`. */
  keep: boolean;
  /**
   * Short reason code. Kept lines: `content`, `headline`, `dek`, `caption`, … .
   * Removed lines: `blank`, `nav`, `prompt`, `credit`, `css`, `social`, `copyright`,
   * `byline`, `bio`, `related`, `ad`, `stock-photo`, `repeated`, `email` (a forwarded e-mail's envelope), … .
   */
  reason: string;
}

/** Where a metadata value came from: `line N`, `yaml:key`, `html:…`, `user:…` or `derived:…`. */
export type Provenance = string;

/** Descriptive metadata of one input. Nothing here is invented: unknown values are null. */
export interface Metadata {
  /** The headline as the input states it, or null. */
  title: string | null;
  /** Always set: `title`, or a title derived from the text (see `titleDerived`). */
  displayTitle: string;
  titleDerived: boolean;
  dek: string | null;
  publisher: string | null;
  author: string | null;
  editor: string | null;
  /** ISO 8601, or null when the input does not say. */
  published: string | null;
  /** Canonical http(s) URL of the original, or null. */
  url: string | null;
  /** BCP 47 language tag, or null. */
  language: string | null;
  /** For each non-null field above, where its value came from. */
  provenance: Partial<Record<MetadataField, Provenance>>;
}

export type MetadataField =
  | 'title'
  | 'displayTitle'
  | 'dek'
  | 'publisher'
  | 'author'
  | 'editor'
  | 'published'
  | 'url'
  | 'language';

/** A cleaned input: its verdicts and metadata. */
export interface Article {
  source: DecodedSource;
  verdicts: LineVerdict[];
  meta: Metadata;
}

/** Kind of block a passage is. */
export type PassageKind = 'paragraph' | 'heading' | 'quote' | 'list-item' | 'caption';

/** A citable block of an article's cleaned text. */
export interface Passage {
  /** Stable id, unique within its article (used as the HTML `id`). */
  id: string;
  kind: PassageKind;
  /** The passage text, physical lines joined with single spaces. */
  text: string;
  /** 1-based line numbers (in the decoded text) this passage was built from. */
  lines: number[];
  /** 1-based position among the article's passages (the ¶ number). */
  index: number;
}

/** A direct quotation found in a passage. */
export interface Quote {
  text: string;
  /** Speaker as resolved within the article, or null. */
  speaker: string | null;
  /** Slug of the article and id of the passage holding it. */
  source: string;
  passage: string;
}

/** A pointer from a claim to the passage that supports it. */
export interface Citation {
  /** The input's file name (path relative to the content folder). */
  source: string;
  /** Passage id within that source's page. */
  passage: string;
}

/** One published article, with its passages: what synthesis and emit consume. */
export interface CitedArticle {
  /** URL slug, unique in the site: the page lives at `articles/<slug>/`. */
  slug: string;
  article: Article;
  passages: Passage[];
  quotes: Quote[];
}

/** A metadata record's related coverage item (further reading). */
export interface RelatedItem {
  title: string | null;
  excerpt: string | null;
  published: string | null;
  url: string | null;
  publisher: string | null;
}

/** One sentence of a story summary, with every source that supports it. */
export interface SummarySentence {
  text: string;
  citations: Citation[];
}

/** A dated event on a story's timeline. */
export interface StoryEvent {
  /** ISO 8601: `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (a range's start). */
  date: string;
  /** A range's end, when the event spans days. */
  end?: string;
  precision: 'year' | 'month' | 'day';
  /** True when the date was resolved from a relative expression ("last year", "Thursday"). */
  inferred: boolean;
  text: string;
  citations: Citation[];
  /** Ranking weight (better attested and better dated events weigh more). */
  weight: number;
}

/** A quotation as the story page shows it: the speaker and every source that carries it. */
export interface StoryQuote {
  /** Id of the quote group (its page is `quotes/<id>/` when two or more sources carry it). */
  id: string;
  text: string;
  speaker: string | null;
  /** Number of distinct sources quoting it. */
  sources: number;
  citations: Citation[];
}

/** A person or organisation named in the story, with where it appears. */
export interface StoryEntity {
  name: string;
  kind: 'person' | 'organisation';
  aliases: string[];
  mentions: Citation[];
}

/** Numbers the sources disagree on. */
export interface StoryConflict {
  subject: string;
  values: { value: string; citation: Citation }[];
}

/** The synthesis of one story (a folder of inputs). Lists are complete and ranked; pages show their top items. */
export interface Story {
  /** Story key: sub-folder name, or `''` for the loose files. */
  key: string;
  slug: string;
  /** The most representative stated headline, or a derived one. */
  title: string;
  /** The dek of the source whose headline was chosen, when it has one. */
  dek: string | null;
  summary: SummarySentence[];
  /** Slugs of the story's articles, in display order. */
  articles: string[];
  /** Sources that are not copies of another source. */
  independentSources: number;
  /** Syndicated copies: source file → the file it copies. */
  duplicates: { source: string; of: string }[];
  timeline: StoryEvent[];
  quotes: StoryQuote[];
  entities: StoryEntity[];
  /** What only each source reports: source file → its unique facts, best first. */
  uniqueFacts: { source: string; facts: SummarySentence[] }[];
  conflicts: StoryConflict[];
  /** Related coverage listed by the story's metadata records, as further reading. */
  related: (RelatedItem & { from: string })[];
}
