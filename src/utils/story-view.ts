import { MONTH_NAMES } from './paths.ts';

/** How many items of each list a story page shows; the rest are on the list's own page. */
export const LIMITS = {
  timeline: 12,
  quotes: 8,
  entities: 24,
  sources: 50,
  uniqueFacts: 10,
  factsPerSource: 2,
  conflicts: 10,
  related: 10,
} as const;

/** The lists that have a full page. */
export const STORY_LISTS = ['timeline', 'quotes', 'people', 'sources', 'related'] as const;

/** Items per page of a story's full list: pages stay bounded however large the archive. */
export const LIST_PAGE_SIZE = 100;
export type StoryList = (typeof STORY_LISTS)[number];

/** Site-relative path of a story's full list. */
export function listPath(storySlug: string, list: string): string {
  return `lists/${encodeURIComponent(storySlug)}/${list}/`;
}


/** `2018`, `November 2019`, `10 June 2020`, `8–9 June 2020`. */
export function eventDate(e: { date: string; end?: string | undefined; precision: string }): string {
  const one = (iso: string): string => {
    const [y, m, d] = iso.split('-');
    if (!m) return y ?? iso;
    const month = MONTH_NAMES[Number(m) - 1] ?? m;
    return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
  };
  if (e.end && e.end !== e.date) {
    const [y1, m1, d1] = e.date.split('-');
    const [y2, m2, d2] = e.end.split('-');
    if (y1 === y2 && m1 === m2 && d1 && d2) return `${Number(d1)}–${Number(d2)} ${MONTH_NAMES[Number(m1) - 1]} ${y1}`;
    return `${one(e.date)} – ${one(e.end)}`;
  }
  return one(e.date);
}
