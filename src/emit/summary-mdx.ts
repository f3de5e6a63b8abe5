import type { FootnoteDefinition, PhrasingContent, Root } from 'mdast';
import { jsxFlow, jsxText, toMdx } from './mdx/index.ts';
import type { PublishedArticle } from '../pipeline/run.ts';
import type { Story } from '../pipeline/types.ts';
import { displayText } from '../utils/display-text.ts';
import { formatDate, passagePath, withBase } from '../utils/paths.ts';

/**
 * The story summary as MDX: each sentence ends with chips that link straight to the
 * passages supporting it and with GFM footnote references; a footnote list carries the
 * full reference of each cited passage (publisher, title, date, ¶) with back-links.
 * Unresolvable citations are shown as such, never re-anchored.
 */
export function summaryMdx(story: Story, articles: readonly PublishedArticle[], base: string): string {
  const byFile = new Map(articles.map((a) => [a.article.source.file.path, a]));
  const copies = new Map(story.duplicates.map((d) => [d.source, d.of]));
  const footnotes = new Map<string, { id: string; definition: FootnoteDefinition }>();
  const sentences = story.summary.map((sentence) => {
    const children: PhrasingContent[] = [jsxText('bdi', {}, [{ type: 'text', value: sentence.text }]), { type: 'text', value: ' ' }];
    for (const c of sentence.citations) {
      const a = byFile.get(c.source);
      const passage = a?.passages.find((p) => p.id === c.passage);
      if (!a || !passage) {
        children.push(jsxText('span', { class: 'citation unresolved' }, [{ type: 'text', value: 'unresolved' }]));
        continue;
      }
      const name = displayText(a.article.meta.publisher ?? a.article.meta.displayTitle);
      const href = withBase(base, passagePath(a.slug, passage.id));
      const key = `${c.source}#${c.passage}`;
      let note = footnotes.get(key);
      if (!note) {
        const id = `s${footnotes.size + 1}`;
        const date = a.article.meta.published ? formatDate(a.article.meta.published) : 'undated';
        note = {
          id,
          definition: {
            type: 'footnoteDefinition',
            identifier: id,
            children: [
              {
                type: 'paragraph',
                children: [
                  { type: 'text', value: `${name}, “${displayText(a.article.meta.displayTitle)}”, ${date}, ` },
                  { type: 'link', url: href, children: [{ type: 'text', value: `¶${passage.index}` }] },
                  { type: 'text', value: '.' },
                ],
              },
            ],
          },
        };
        footnotes.set(key, note);
      }
      children.push(jsxText('span', { class: 'citation' }, [{ type: 'link', url: href, children: [{ type: 'text', value: `${name} ¶${passage.index}` }] }]));
      children.push({ type: 'footnoteReference', identifier: note.id });
    }
    const reporting = new Set(sentence.citations.map((c) => copies.get(c.source) ?? c.source)).size;
    children.push(jsxText('span', { class: 'reported-by' }, [{ type: 'text', value: ` reported by ${reporting} of ${story.independentSources} sources` }]));
    return jsxFlow('div', { class: 'summary-sentence' }, [{ type: 'paragraph', children }]);
  });
  const tree: Root = { type: 'root', children: [...sentences, ...[...footnotes.values()].map((f) => f.definition)] };
  return toMdx(tree);
}
