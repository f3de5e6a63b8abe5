import type { DroppedTally } from './dropped.ts';
import { resolveImage, type ImageContext } from './resolve-image.ts';
import type { Block, ExtractedImage, ExtractedLink, HtmlLineKind } from './types.ts';

/** The lines of an extracted page and what each one is. */
export interface Layout {
  text: string;
  kinds: HtmlLineKind[];
  images: ExtractedImage[];
  links: ExtractedLink[];
  /** For each line: the share of its block's text inside links. */
  linkShare: number[];
}

/**
 * Lays blocks out as text: each block's lines, a blank line between blocks. Images are
 * resolved here; one that is not kept leaves no line (and a note in `tally`), so an
 * image line always has its entry in `images`.
 */
export function layoutBlocks(blocks: readonly Block[], context: ImageContext, tally: DroppedTally): Layout {
  const lines: string[] = [];
  const kinds: HtmlLineKind[] = [];
  const images: ExtractedImage[] = [];
  const links: ExtractedLink[] = [];
  const linkShare: number[] = [];
  for (const block of blocks) {
    let image: Omit<ExtractedImage, 'line'> | null = null;
    if (block.kind === 'image') {
      const resolved = resolveImage(block.image?.src ?? '', block.image?.alt ?? '', context);
      if (!resolved.ok) {
        tally.note(resolved.code, resolved.message);
        continue;
      }
      image = resolved.image;
    }
    if (lines.length > 0) {
      lines.push('');
      kinds.push('blank');
      linkShare.push(0);
    }
    const first = lines.length + 1;
    for (const line of block.lines) {
      lines.push(line);
      kinds.push(block.kind);
      linkShare.push(block.linkShare ?? 0);
    }
    if (image !== null) images.push({ line: first, ...image });
    for (const link of block.links ?? []) {
      const at = block.lines.findIndex((l) => l.includes(link.text));
      links.push({ line: first + Math.max(0, at), text: link.text, href: link.href });
    }
  }
  // An empty text is still one (blank) line.
  if (lines.length === 0) return { text: '', kinds: ['blank'], images, links, linkShare: [0] };
  return { text: lines.join('\n'), kinds, images, links, linkShare };
}
