import { toBlocks } from './blocks.ts';
import { chooseBlocks } from './choose-blocks.ts';
import { collectHead } from './collect-head.ts';
import { DroppedTally } from './dropped.ts';
import { fallbackRoot } from './fallback-root.ts';
import { layoutBlocks } from './layout.ts';
import { measureTree } from './measure-tree.ts';
import { parseDocument } from './parse-document.ts';
import { prepareInput } from './prepare-input.ts';
import { restoreHeadLines } from './restore-head-lines.ts';
import { runReadability } from './run-readability.ts';
import { sanitizeDocument } from './sanitize.ts';
import type { ExtractedHtml, ExtractHtmlOptions } from './types.ts';
import { wrapDocument } from './wrap-document.ts';

export type { ExtractedHtml, ExtractHtmlOptions, ExtractedImage, ExtractedLink, HtmlLineKind, DroppedItem } from './types.ts';
export { sniffImage } from './sniff-image.ts';
export { resolveAssetPath } from './resolve-asset-path.ts';
export { isPageAssetFolder } from './asset-folder.ts';
export { contentAssetReader } from './read-asset.ts';

const MB = 1024 * 1024;
/** Readability slows sharply (on linkedom) with the number of elements and their depth; beyond these, the body is used. */
const READABILITY_MAX_ELEMENTS = 10_000;
const READABILITY_MAX_DEPTH = 100;

/**
 * Extracts the article of a saved HTML page (plain save, "save complete" with a
 * `_files/` folder, or SingleFile) as lines for the text cleaner, with each line's
 * structure, the images kept, the head's metadata and what was dropped.
 *
 * The page is parsed with linkedom and sanitised (no scripts, frames, forms, handlers,
 * unsafe URLs); Mozilla Readability picks the article, unless it finds too little, in
 * which case the whole body minus chrome is used, so no article text is lost. Never
 * throws; pages beyond `readabilityLimit` (or with more than 10,000 elements, or nested
 * more than 100 deep) skip Readability; pages beyond `hardLimit` are cut.
 */
export function extractHtml(html: string, options: ExtractHtmlOptions): ExtractedHtml {
  const tally = new DroppedTally();
  const maxImageBytes = options.maxImageBytes ?? 2 * MB;
  const prepared = prepareInput(String(html ?? ''), Math.ceil((maxImageBytes * 4) / 3) + 256, options.hardLimit ?? 12 * MB);
  if (prepared.cut > 0) tally.note('html-cut', `The page was cut after ${prepared.html.length} characters (${prepared.cut} more not read).`);
  const document = parseDocument(wrapDocument(prepared.html));
  const head = safely(() => collectHead(document), {});
  safely(() => sanitizeDocument(document, tally), undefined);
  const body = safely(() => toBlocks(fallbackRoot(document)), []);
  let chosen: ReturnType<typeof chooseBlocks> = { blocks: body, extractor: 'body' };
  const tree = safely(() => measureTree(document.documentElement), { elements: 0, depth: 0 });
  if (prepared.markupSize > (options.readabilityLimit ?? 5 * MB)) {
    tally.note('html-large', `The page is ${(prepared.markupSize / MB).toFixed(1)} MB of markup: Readability was skipped and the whole body was kept.`);
  } else if (tree.elements > READABILITY_MAX_ELEMENTS || tree.depth > READABILITY_MAX_DEPTH) {
    tally.note('html-complex', `The page has ${tree.elements} elements nested ${tree.depth} deep: Readability was skipped and the whole body was kept.`);
  } else {
    const article = runReadability(document);
    const blocks = article ? safely(() => restoreHeadLines(toBlocks(article.root), document, article.byline), null) : null;
    chosen = chooseBlocks(blocks, body);
  }
  const context = { path: options.path, maxImageBytes, ...(options.readAsset ? { readAsset: options.readAsset } : {}) };
  const layout = safely(() => layoutBlocks(chosen.blocks, context, tally), { text: '', kinds: ['blank'], images: [], links: [], linkShare: [0] });
  return { ...layout, head, dropped: tally.list(), extractor: chosen.extractor };
}

function safely<T>(run: () => T, fallback: T): T {
  try {
    return run();
  } catch {
    return fallback;
  }
}
