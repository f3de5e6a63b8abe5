import type { BlockContent, Root } from 'mdast';
import { jsxFlow, toMdx } from './mdx/index.ts';
import type { Passage } from '../pipeline/types.ts';

/**
 * The MDX body of an article page: one `<div class="passage" id="…">` per passage,
 * holding a paragraph or heading of literal text. Built as mdast and serialized by
 * the safe writer, so nothing in the text can become markup, expressions or ESM.
 */
export function articleMdx(passages: readonly Passage[]): string {
  const tree: Root = { type: 'root', children: passages.map(passageNode) };
  return toMdx(tree);
}

function passageNode(passage: Passage): BlockContent {
  const text = { type: 'text' as const, value: passage.text };
  const block: BlockContent =
    passage.kind === 'heading'
      ? { type: 'heading', depth: 2, children: [text] }
      : { type: 'paragraph', children: [text] };
  return jsxFlow('div', { id: passage.id, class: `passage passage-${passage.kind}`, 'data-index': String(passage.index) }, [block]);
}
