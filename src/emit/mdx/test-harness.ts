/**
 * Test-only harness: compile MDX exactly as the site does (Astro 7's Sätteri
 * MDX processor) and, as a second opinion, with `@mdx-js/mdx`; render the
 * result with a tiny JSX runtime into an inspectable tree; parse to mdast
 * with both parsers. Not used at runtime.
 */
import { compileSync, runSync } from '@mdx-js/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { gfm } from 'micromark-extension-gfm';
import { mdxjs } from 'micromark-extension-mdxjs';
import { mdxToMdast } from 'satteri';
import { parseHTML } from 'linkedom';

/** Sätteri features as in our astro config. */
export const FEATURES = { gfm: true, smartPunctuation: false } as const;

// ---------------------------------------------------------------------------
// Tiny JSX runtime: builds a plain tree, never touches the DOM or HTML strings.

/** Rendered element. */
export interface El {
  tag: string;
  props: Record<string, unknown>;
  children: Child[];
}
/** Rendered child. */
export type Child = El | string;

const FRAGMENT = Symbol('Fragment');

function flatten(value: unknown, out: Child[]): void {
  if (value === null || value === undefined || value === false || value === true) return;
  if (Array.isArray(value)) {
    for (const v of value) flatten(v, out);
  } else if (typeof value === 'string' || typeof value === 'number') {
    out.push(String(value));
  } else if (typeof value === 'object' && value !== null && 'tag' in value) {
    out.push(value as El);
  } else if (typeof value === 'object' && value !== null && (value as { fragment?: unknown }).fragment === FRAGMENT) {
    out.push(...(value as { children: Child[] }).children);
  } else {
    throw new Error(`unexpected JSX child ${typeof value}`);
  }
}

function jsx(type: unknown, props: Record<string, unknown>): unknown {
  if (typeof type === 'function') return (type as (p: unknown) => unknown)(props);
  const children: Child[] = [];
  flatten(props['children'], children);
  if (type === FRAGMENT) return { fragment: FRAGMENT, children };
  if (typeof type !== 'string') throw new Error(`unexpected JSX type ${String(type)}`);
  const rest: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(props)) if (k !== 'children') rest[k] = v;
  return { tag: type, props: rest, children } satisfies El;
}

/** The runtime handed to compiled code. */
export const runtime = { Fragment: FRAGMENT, jsx, jsxs: jsx, jsxDEV: jsx };

function renderComponent(component: unknown, props: Record<string, unknown> = {}): Child[] {
  if (typeof component !== 'function') throw new Error('MDX module has no default component');
  const out: Child[] = [];
  flatten((component as (p: unknown) => unknown)(props), out);
  return out;
}

/** A parsed HTML node as a rendered child; a comment (or anything else) becomes a `#…` element, so checks see it. */
function fromDom(node: Node): Child {
  if (node.nodeType === 3) return (node as Text).data;
  if (node.nodeType !== 1) return { tag: node.nodeName.toLowerCase(), props: { value: node.textContent ?? '' }, children: [] };
  const element = node as Element;
  const props: Record<string, unknown> = {};
  for (const attribute of element.attributes) props[attribute.name] = attribute.value;
  return { tag: element.localName, props, children: [...element.childNodes].map(fromDom) };
}

/**
 * Astro's `<Fragment set:html={…}>`, which Sätteri's static optimisation (`optimize` in the
 * site's MDX config) emits for Markdown-only subtrees: Astro writes the string as is, so it
 * is read back here as a browser reads it, by an HTML parser.
 */
function setHtmlFragment(props: Record<string, unknown>): unknown {
  const html = props['set:html'];
  if (html === undefined) return jsx(FRAGMENT, props);
  if (typeof html !== 'string') throw new Error(`set:html is not a string: ${typeof html}`);
  const { document } = parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`);
  if (document.head.childNodes.length > 0) throw new Error(`set:html put nodes in <head>: ${html}`);
  return { fragment: FRAGMENT, children: [...document.body.childNodes].map(fromDom) };
}

// ---------------------------------------------------------------------------
// Sätteri, through Astro's own MDX processor.

type Renderer = { process(content: string, filePath: string, frontmatter: Record<string, unknown>): Promise<{ code: string }> };
let rendererPromise: Promise<Renderer> | undefined;

function astroRenderer(): Promise<Renderer> {
  rendererPromise ??= (async () => {
    const processor = satteri({ features: { ...FEATURES } }) as unknown as {
      createMdxRenderer(shared: unknown, mdx: unknown): Promise<Renderer>;
    };
    return processor.createMdxRenderer(
      { syntaxHighlight: false, gfm: true, smartypants: false },
      // As astro.config.mjs configures @astrojs/mdx: static Markdown subtrees become one HTML string.
      { optimize: true, srcDir: new URL('file:///site/src/') },
    );
  })();
  return rendererPromise;
}

/** Module-level lines Astro's MDX pipeline itself emits (everything else is suspicious). */
const RUNTIME_IMPORT = /^import \{ ((?:[A-Za-z]+ as _[A-Za-z]+)(?:, [A-Za-z]+ as _[A-Za-z]+)*) \} from "astro\/jsx-runtime";$/;
const ALLOWED_EXPORT_LINES = [/^export const frontmatter = /, /^export function getHeadings\(\) \{ return /];

/**
 * Compile `mdx` with Astro 7's Sätteri MDX processor (the real compiler of
 * the site, configured as in astro.config), check that the module contains
 * no `import`/`export` other than what Astro emits itself, then evaluate
 * that exact code with {@link runtime} and return the rendered tree.
 *
 * @param mdx MDX source.
 * @returns Compiled code and rendered top-level children.
 */
export async function renderWithAstroSatteri(mdx: string): Promise<{ code: string; rendered: Child[] }> {
  const { code } = await (await astroRenderer()).process(mdx, '/site/src/content/articles/a.mdx', {});
  const lines = code.split('\n');
  const body: string[] = [];
  for (const line of lines) {
    if (/^\s*import\b/.test(line) || /^\s*import\s*\(/.test(line)) {
      const m = RUNTIME_IMPORT.exec(line);
      if (!m?.[1]) throw new Error(`unexpected import in compiled module: ${line}`);
      const bindings = m[1].split(', ').map((b) => b.replace(' as ', ': '));
      body.push(`const { ${bindings.join(', ')} } = __runtime;`);
    } else if (/^\s*export\b/.test(line)) {
      if (!ALLOWED_EXPORT_LINES.some((re) => re.test(line))) throw new Error(`unexpected export in compiled module: ${line}`);
      body.push(line.replace(/^export /, ''));
    } else {
      body.push(line);
    }
  }
  body.push('return MDXContent;');
  // Only compiler-generated code reaches this point: every module-level
  // import/export has been checked above and the mdast checks run first.
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  const component = new Function('__runtime', body.join('\n'))(runtime) as unknown;
  return { code, rendered: renderComponent(component, { components: { Fragment: setHtmlFragment } }) };
}

/**
 * Parse `mdx` to mdast with Sätteri (same features as the site).
 *
 * @param mdx MDX source.
 * @returns mdast root as plain data.
 */
export function satteriMdast(mdx: string): unknown {
  return mdxToMdast(mdx, { features: { ...FEATURES }, position: false });
}

// ---------------------------------------------------------------------------
// @mdx-js/mdx, the second opinion.

function remarkGfmLite(this: { data(): Record<string, unknown[] | undefined> }): void {
  const data = this.data();
  (data['micromarkExtensions'] ??= []).push(gfm());
  (data['fromMarkdownExtensions'] ??= []).push(gfmFromMarkdown());
}

/**
 * Parse `mdx` to mdast the way `@mdx-js/mdx` (remark-parse + remark-mdx +
 * GFM) does.
 *
 * @param mdx MDX source.
 * @returns mdast root.
 */
export function mdxJsMdast(mdx: string): Root {
  return fromMarkdown(mdx, {
    extensions: [mdxjs(), gfm()],
    mdastExtensions: [mdxFromMarkdown(), gfmFromMarkdown()],
  });
}

/**
 * Compile with `@mdx-js/mdx` (function-body output, HTML attribute names,
 * GFM), check that no `import`/`export` survived, run it with
 * {@link runtime} and return the rendered tree.
 *
 * @param mdx MDX source.
 * @returns Rendered top-level children.
 */
export function renderWithMdxJs(mdx: string): { code: string; rendered: Child[] } {
  const code = String(
    compileSync(mdx, {
      outputFormat: 'function-body',
      elementAttributeNameCase: 'html',
      remarkPlugins: [remarkGfmLite as never],
    }),
  );
  // In function-body output, MDX ESM would appear as `await import(…)` /
  // `import.meta`; look for them outside string literals.
  const withoutStrings = code.replace(/"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'/g, '""');
  if (/\bimport\s*\(|\bimport\.meta\b|^\s*(?:import|export)\b/m.test(withoutStrings)) {
    throw new Error(`unexpected import/export in @mdx-js/mdx output:\n${code}`);
  }
  const mod = runSync(code, { ...runtime, baseUrl: 'file:///site/src/content/articles/a.mdx' } as never) as { default: unknown };
  return { code, rendered: renderComponent(mod.default) };
}

// ---------------------------------------------------------------------------
// Inspecting rendered trees.

/** HTML's ASCII whitespace collapsing, as a browser applies it to normal flow text. */
export function collapse(value: string): string {
  return value.replace(/[\t\n\f\r ]+/g, ' ').trim();
}

const CONTAINERS = new Set(['pre', 'div', 'section', 'blockquote', 'ul', 'ol', 'li', 'table', 'thead', 'tbody', 'tr']);

/**
 * Text content of rendered children, skipping whitespace-only strings that
 * the compiler inserts between blocks inside containers, and footnote
 * back-references (compiler-generated `↩` links).
 */
export function textContent(children: readonly Child[], parentTag = 'div'): string {
  let out = '';
  // Separators are only inserted next to block children (a tight `<li>`
  // holding just text has none, and its text may be whitespace-only).
  const hasElements = children.some((c) => typeof c !== 'string');
  for (const child of children) {
    if (typeof child === 'string') {
      if (hasElements && CONTAINERS.has(parentTag) && /^[\t\n\r ]*$/.test(child)) continue;
      out += child;
    } else if (child.props['data-footnote-backref'] === undefined && child.props['dataFootnoteBackref'] === undefined) {
      out += textContent(child.children, child.tag);
    }
  }
  return out;
}

/** All elements in document order. */
export function* elements(children: readonly Child[]): Generator<El> {
  for (const child of children) {
    if (typeof child !== 'string') {
      yield child;
      yield* elements(child.children);
    }
  }
}

/** Top-level elements (ignoring the whitespace strings between them). */
export function topLevel(children: readonly Child[]): El[] {
  return children.filter((c): c is El => typeof c !== 'string');
}

// ---------------------------------------------------------------------------
// Canonical mdast for round-trip comparison.

/** Canonical node: only the fields that carry meaning for us. */
export interface Canon {
  type: string;
  [key: string]: unknown;
}

const SIMPLE_PARENTS = new Set([
  'root', 'paragraph', 'blockquote', 'table', 'tableRow', 'tableCell', 'emphasis', 'strong', 'delete',
]);

/**
 * Reduce a parsed (or input) mdast node to its meaningful fields, merging
 * adjacent text nodes, so trees from `@mdx-js/mdx`, Sätteri and our input
 * can be compared with `toEqual`. Unknown node types are kept with all
 * their fields so that they show up in a diff.
 *
 * @param node Any mdast node (plain data).
 * @param text Mapping applied to text-ish values and attribute values (use
 *   `normalizeText` for input trees, identity for parsed trees).
 */
export function canon(node: unknown, text: (s: string) => string = (s) => s): Canon {
  const n = node as Record<string, unknown> & { type: string; children?: unknown[] };
  const kids = (): Canon[] => mergeText((n.children ?? []).map((c) => canon(c, text)));
  switch (n.type) {
    case 'text':
      return { type: n.type, value: text(String(n['value'])) };
    case 'inlineCode':
      // CommonMark: line endings in code spans render as spaces.
      return { type: n.type, value: text(String(n['value'])).replaceAll('\n', ' ') };
    case 'code':
      return { type: 'code', lang: n['lang'] ?? null, value: text(String(n['value'])) };
    case 'heading':
      return { type: 'heading', depth: n['depth'], children: kids() };
    case 'list':
      return n['ordered'] === true
        ? { type: 'list', ordered: true, start: n['start'] ?? 1, children: kids() }
        : { type: 'list', ordered: false, children: kids() };
    case 'listItem':
      return { type: 'listItem', checked: n['checked'] ?? null, children: kids() };
    case 'link':
      return { type: 'link', url: n['url'], title: n['title'] == null ? null : text(String(n['title'])), children: kids() };
    case 'footnoteReference':
      return { type: 'footnoteReference', identifier: n['identifier'] };
    case 'footnoteDefinition':
      return { type: 'footnoteDefinition', identifier: n['identifier'], children: kids() };
    case 'break':
    case 'thematicBreak':
      return { type: n.type };
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      if (n['name'] == null && (n.children ?? []).length === 0) return { type: 'text', value: '' };
      return {
        type: n.type,
        name: n['name'],
        attributes: ((n['attributes'] as Array<Record<string, unknown>>) ?? []).map((a) =>
          a['type'] === 'mdxJsxAttribute' && typeof a['value'] === 'string'
            ? { name: a['name'], value: text(a['value']) }
            : { ...a },
        ),
        children: kids(),
      };
    default:
      if (SIMPLE_PARENTS.has(n.type)) return { type: n.type, children: kids() };
      return { ...n, position: undefined } as Canon;
  }
}

function mergeText(list: Canon[]): Canon[] {
  const out: Canon[] = [];
  for (const node of list) {
    const last = out.at(-1);
    if (node.type === 'text' && node['value'] === '') continue;
    if (node.type === 'text' && last?.type === 'text') {
      out[out.length - 1] = { type: 'text', value: String(last['value']) + String(node['value']) };
    } else {
      out.push(node);
    }
  }
  return out;
}

/** Any node in a parsed tree of one of these types means text escaped into code or raw HTML. */
export const FORBIDDEN_MDAST_TYPES: ReadonlySet<string> = new Set([
  'mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression', 'html', 'yaml', 'toml', 'definition',
  'image', 'imageReference', 'linkReference', 'math', 'inlineMath',
]);

/** Every node type in a (parsed) tree, depth first. */
export function* nodeTypes(node: unknown): Generator<string> {
  const n = node as { type: string; children?: unknown[]; attributes?: Array<{ type: string }> };
  yield n.type;
  for (const a of n.attributes ?? []) yield a.type;
  for (const c of n.children ?? []) yield* nodeTypes(c);
}
