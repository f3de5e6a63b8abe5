import { htmlToHast } from 'satteri';

/** Elements whose content is never article text. */
const DROP = new Set([
  'head', 'script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'math',
  'form', 'button', 'select', 'textarea', 'input', 'nav', 'canvas', 'video', 'audio', 'base', 'meta', 'link',
]);

/** Elements that start a new line of text. */
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup',
  'hr', 'li', 'main', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tr', 'ul', 'br', 'caption', 'title',
]);

interface HastLike {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: HastLike[];
}

/** Text extracted from an HTML page, with the metadata its `<head>` states. */
export interface ExtractedHtml {
  text: string;
  /** `<meta>`/`<title>`/`<link rel=canonical>`/`<html lang>` values, keyed `html:<name>`. */
  head: Record<string, string>;
}

/**
 * Extracts the readable text of an HTML page, one block element per line with a
 * blank line between blocks, so the text cleaner can classify it like any other input.
 * Scripts, styles, forms, frames and navigation never reach the text.
 */
export function htmlToText(html: string): ExtractedHtml {
  const tree = htmlToHast(html) as HastLike;
  const head: Record<string, string> = {};
  collectHead(tree, head);
  const blocks: string[] = [];
  let current = '';
  const flush = (): void => {
    const line = current.replace(/[ \t\n\f\r\u00a0]+/g, ' ').trim();
    if (line) blocks.push(line);
    current = '';
  };
  const visit = (node: HastLike): void => {
    if (node.type === 'text') {
      current += node.value ?? '';
      return;
    }
    if (node.type !== 'element' && node.type !== 'root') return;
    const tag = node.tagName ?? '';
    if (DROP.has(tag)) return;
    if (node.properties?.['hidden'] !== undefined && node.properties['hidden'] !== false) return;
    if (tag === 'img') {
      return;
    }
    const block = BLOCK.has(tag);
    if (block) flush();
    for (const child of node.children ?? []) visit(child);
    if (block) flush();
  };
  visit(tree);
  flush();
  return { text: blocks.join('\n\n'), head };
}

function collectHead(node: HastLike, head: Record<string, string>): void {
  if (node.type === 'element') {
    const tag = node.tagName;
    const props = node.properties ?? {};
    if (tag === 'html' && typeof props['lang'] === 'string') head['html:lang'] = props['lang'];
    if (tag === 'title' && !head['html:title']) head['html:title'] = textOf(node).trim();
    if (tag === 'meta') {
      const key = String(props['property'] ?? props['name'] ?? props['itemProp'] ?? '').toLowerCase();
      const content = props['content'];
      if (key && typeof content === 'string' && !head[`html:meta[${key}]`]) head[`html:meta[${key}]`] = content;
    }
    if (tag === 'link') {
      const rel = props['rel'];
      const rels = Array.isArray(rel) ? rel.map(String) : typeof rel === 'string' ? rel.split(/\s+/) : [];
      if (rels.includes('canonical') && typeof props['href'] === 'string') head['html:link[canonical]'] = props['href'];
    }
  }
  for (const child of node.children ?? []) collectHead(child, head);
}

function textOf(node: HastLike): string {
  if (node.type === 'text') return node.value ?? '';
  return (node.children ?? []).map(textOf).join('');
}
