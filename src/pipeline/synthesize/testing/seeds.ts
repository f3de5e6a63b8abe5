/**
 * Test helper: the example archive's seeds as Passages, built from the gold labels only
 * (`tests/fixtures/gold/*.labels.txt`, label `C` = content), one passage per non-blank content line.
 * Lines equal to the gold title, or without sentence-final punctuation, become `heading` passages;
 * lines starting with a bullet become `list-item`s. Not used at run time.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Metadata, Passage } from '../../types.ts';

const ROOT = fileURLToPath(new URL('../../../../tests/fixtures/', import.meta.url));

export interface Seed {
  name: string;
  passages: Passage[];
  meta: Metadata;
}

interface GoldMeta {
  title: string | null;
  dek: string | null;
  publisher: string | null;
  author?: string | null;
  published: string | null;
  url: string | null;
}

export function metaOf(g: Partial<GoldMeta>): Metadata {
  return {
    title: g.title ?? null,
    displayTitle: g.title ?? 'Untitled',
    titleDerived: g.title == null,
    dek: g.dek ?? null,
    publisher: g.publisher ?? null,
    author: g.author ?? null,
    editor: null,
    published: g.published ?? null,
    url: g.url ?? null,
    language: 'en',
    provenance: {},
  };
}

export function loadSeeds(): Seed[] {
  const gold = JSON.parse(readFileSync(ROOT + 'gold/seeds-meta.json', 'utf8')) as Record<string, GoldMeta>;
  const out: Seed[] = [];
  for (const name of readdirSync(ROOT + 'seeds').sort()) {
    const lines = readFileSync(ROOT + 'seeds/' + name, 'utf8').split('\n');
    const labelPath = ROOT + 'gold/' + name.replace(/\.txt$/, '.labels.txt');
    let labels: string[] = [];
    try {
      labels = readFileSync(labelPath, 'utf8').split('\n');
    } catch {
      labels = [];
    }
    const g = gold[name] ?? { title: null, dek: null, publisher: null, published: null, url: null };
    const passages: Passage[] = [];
    lines.forEach((line, i) => {
      if ((labels[i] ?? '').trim() !== 'C' || !line.trim()) return;
      const text = line.trim();
      const kind: Passage['kind'] = /^[•*-]\s/.test(text)
        ? 'list-item'
        : text === g.title || !/[.!?]["'”’)]*$/.test(text) || (text === g.dek)
          ? 'heading'
          : 'paragraph';
      passages.push({ id: `p${passages.length + 1}`, kind, text, lines: [i + 1], index: passages.length + 1 });
    });
    out.push({ name, passages, meta: metaOf(g) });
  }
  return out;
}
