import type { Block } from './types.ts';

/** A block's text folded for comparison: lower case, no list marker, single spaces. */
export function foldBlock(block: Block): string {
  return block.lines.join(' ').replace(/^(?:•|\d{1,4}\.)\s+/, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Words a body block needs to count as article prose that Readability must not lose. */
const PROSE_WORDS = 20;
/** Readability's article must hold at least this many characters. */
const MIN_ARTICLE_CHARS = 250;
/** Share of the article's characters that may be missing from it before the whole body is used. */
const MAX_LOST_SHARE = 0.15;

/**
 * Chooses between Readability's article and the whole body (minus chrome). Readability
 * wins unless it found little text, or prose blocks of the body that sit between blocks
 * it kept (so inside the article, not in comments or teasers after it) are missing from
 * it and amount to more than MAX_LOST_SHARE of what it kept.
 */
export function chooseBlocks(article: readonly Block[] | null, body: readonly Block[]): { blocks: readonly Block[]; extractor: 'readability' | 'body' } {
  if (article === null) return { blocks: body, extractor: 'body' };
  const articleText = article.filter((b) => b.kind !== 'image').map(foldBlock).join('\n');
  if (articleText.length < MIN_ARTICLE_CHARS) return { blocks: body, extractor: 'body' };
  const present = body.map((b) => {
    const folded = foldBlock(b);
    return folded.length > 0 && articleText.includes(folded);
  });
  const first = present.indexOf(true);
  const last = present.lastIndexOf(true);
  let lost = 0;
  for (let i = first + 1; i < last; i += 1) {
    const block = body[i];
    if (!block || present[i] || block.kind === 'image' || block.kind === 'heading') continue;
    const folded = foldBlock(block);
    if (folded.split(' ').length >= PROSE_WORDS) lost += folded.length;
  }
  if (first === -1 || lost > articleText.length * MAX_LOST_SHARE) return { blocks: body, extractor: 'body' };
  return { blocks: restoreFigures(article, body, present, first, last), extractor: 'readability' };
}

/**
 * Puts back the images and captions of the body that sit inside the article's span but
 * that Readability left out (a lead photo above the text it scored), each after the
 * article block matching the body block it follows.
 */
function restoreFigures(article: readonly Block[], body: readonly Block[], present: readonly boolean[], first: number, last: number): Block[] {
  const sources = new Set(article.flatMap((b) => (b.image ? [b.image.src] : [])));
  const folded = article.map(foldBlock);
  const inserts = new Map<number, Block[]>();
  let anchor = -1;
  for (let i = first; i <= last; i += 1) {
    const block = body[i];
    if (!block) continue;
    if (present[i]) {
      const text = foldBlock(block);
      const at = folded.findIndex((f, j) => j > anchor && f.includes(text));
      if (at !== -1) anchor = at;
      continue;
    }
    const missingImage = block.kind === 'image' && block.image !== undefined && !sources.has(block.image.src);
    if (!missingImage && block.kind !== 'caption') continue;
    const list = inserts.get(anchor) ?? [];
    list.push(block);
    inserts.set(anchor, list);
  }
  if (inserts.size === 0) return [...article];
  const out: Block[] = [...(inserts.get(-1) ?? [])];
  article.forEach((block, j) => {
    out.push(block, ...(inserts.get(j) ?? []));
  });
  return out;
}
