import type { SourceImage } from '../../types.ts';

/** Structure of one line of extracted HTML text. */
/** What the markup says a line is; `standfirst` is a paragraph marked as the article's standfirst (`STANDFIRST_CLASS`). */
export type HtmlLineKind = 'paragraph' | 'standfirst' | 'heading' | 'list-item' | 'quote' | 'caption' | 'image' | 'blank';

/** An image kept as structure (the pipeline's `SourceImage`). */
export type ExtractedImage = SourceImage;

/** A link found in the kept text (only http(s) targets). */
export interface ExtractedLink {
  /** 1-based line of `ExtractedHtml.text` holding the link's text. */
  line: number;
  text: string;
  href: string;
}

/** Something left out of the page, for the build report. */
export interface DroppedItem {
  code: string;
  message: string;
}

/** The article of a saved HTML page, as lines the text cleaner can classify, with their structure. */
export interface ExtractedHtml {
  /** One block per line, blank line between blocks (the cleaner classifies these lines). */
  text: string;
  /** For each line of `text` (same indexes as `text.split('\n')`): its structure. */
  kinds: HtmlLineKind[];
  /** Images kept as structure, keyed by the line that stands for them. */
  images: ExtractedImage[];
  /** http(s) links in the kept text. */
  links: ExtractedLink[];
  /** For each line of `text`: the share of its block's text inside links (0 for none, and for blank lines). */
  linkShare: number[];
  /** Metadata stated by the page head, keyed `html:…` (see `collectHead`). */
  head: Record<string, string>;
  /** Things dropped for safety or left out (scripts, frames, unsafe URLs, unreadable images…). */
  dropped: DroppedItem[];
  /** Which extractor produced `text`: Readability, or the whole body minus chrome. */
  extractor: 'readability' | 'body';
}

/** Options of `extractHtml`. */
export interface ExtractHtmlOptions {
  /** The input's path relative to the content folder (`/` separators); local images resolve against its folder. */
  path: string;
  /** Reads a file by its path relative to the content folder; null when absent or unreadable. */
  readAsset?: (relPath: string) => Uint8Array | null;
  /** Largest image kept, in bytes (default 2 MB). */
  maxImageBytes?: number;
  /** Pages larger than this (in characters, `data:` payloads excluded) skip Readability (default 5 MB). */
  readabilityLimit?: number;
  /** Pages are cut to this many characters before parsing (default 12 MB). */
  hardLimit?: number;
}

/** A block of the extracted article before it is laid out as lines. */
export interface Block {
  kind: Exclude<HtmlLineKind, 'blank'>;
  /** The block's physical lines (more than one only for `<br>` and `<pre>`). */
  lines: string[];
  /** For an `image` block: the element's source and alt text. */
  image?: { src: string; alt: string };
  /** http(s) links in the block, by their text. */
  links?: { text: string; href: string }[];
  /** Share of the block's text (0..1) inside links of any target: a list of links is navigation or related reading. */
  linkShare?: number;
}
