/**
 * The archive's navigation model: stories (newest coverage first), each story's sources
 * in display order, and publishers with their counts. Built once per build from the
 * generated archive and shared by every page, so the sidebar costs O(1) per page
 * after the first (in `astro dev` it is rebuilt each time, as content can change).
 */
import type { StoryData } from '../../schemas/story.ts';
import type { ArticleRecord } from '../../schemas/article.ts';
import { archiveData } from '../../schemas/archive.ts';
import { articlePath, withBase } from '../../utils/paths.ts';

export interface NavSource {
  slug: string;
  title: string;
  publisher: string | null;
  published: string | null;
  href: string;
}

export interface NavStory {
  slug: string;
  title: string;
  href: string;
  sources: NavSource[];
  /** Latest publication date among its sources ('' when none is dated). */
  latest: string;
}

export interface NavModel {
  stories: NavStory[];
  /** Story slug of each article. */
  storyOf: Map<string, string>;
  /** Index of each story in `stories`. */
  storyIndex: Map<string, number>;
  /** Index of each article among its story's `sources`. */
  sourceIndex: Map<string, number>;
  publishers: { name: string; count: number; href: string }[];
  /** Number of published articles and records. */
  articleCount: number;
}

/** Site-relative href of a story page (the home page when it is the single loose story). */
export function storyHref(base: string, slug: string): string {
  return slug === 'index' ? base : withBase(base, `stories/${encodeURIComponent(slug)}/`);
}

/** Site-relative href of the search page filtered to one publisher. */
export function publisherHref(base: string, name: string): string {
  return withBase(base, `search/?publisher=${encodeURIComponent(name)}`);
}

function build(stories: StoryData[], records: ArticleRecord[], base: string): NavModel {
  const bySlug = new Map(records.map((r) => [r.slug, r]));
  const storyOf = new Map<string, string>();
  const sourceIndex = new Map<string, number>();
  const navStories = stories.map((story): NavStory => {
    const sources: NavSource[] = [];
    let latest = '';
    for (const slug of story.articles) {
      const r = bySlug.get(slug);
      if (!r) continue;
      storyOf.set(slug, story.slug);
      sourceIndex.set(slug, sources.length);
      if (r.published && r.published > latest) latest = r.published;
      sources.push({ slug, title: r.displayTitle, publisher: r.publisher, published: r.published, href: withBase(base, articlePath(slug)) });
    }
    return { slug: story.slug, title: story.title, href: storyHref(base, story.slug), sources, latest };
  });
  navStories.sort((a, b) => (a.latest !== b.latest ? (a.latest < b.latest ? 1 : -1) : a.slug < b.slug ? -1 : 1));
  const counts = new Map<string, number>();
  for (const r of records) if (r.publisher) counts.set(r.publisher, (counts.get(r.publisher) ?? 0) + 1);
  const publishers = [...counts]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([name, count]) => ({ name, count, href: publisherHref(base, name) }));
  const storyIndex = new Map(navStories.map((s, i) => [s.slug, i]));
  return { stories: navStories, storyOf, storyIndex, sourceIndex, publishers, articleCount: records.length };
}

let cached: NavModel | null = null;

/** The navigation model of this build. */
export function navModel(base: string): NavModel {
  const make = (): NavModel => {
    const { stories, records } = archiveData();
    return build(stories, records, base);
  };
  if (import.meta.env.DEV) return make();
  cached ??= make();
  return cached;
}

/**
 * At most `max` items of `list`, as a window that contains index `at` (when given),
 * with how many were left out before and after.
 */
export function windowAround<T>(list: readonly T[], at: number, max: number): { items: T[]; before: number; after: number } {
  if (list.length <= max) return { items: [...list], before: 0, after: 0 };
  const start = at < 0 ? 0 : Math.min(Math.max(0, at - Math.floor(max / 2)), list.length - max);
  return { items: list.slice(start, start + max), before: start, after: list.length - start - max };
}
