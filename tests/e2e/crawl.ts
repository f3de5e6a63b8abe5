import { expect, type APIRequestContext } from '@playwright/test';

/** Every page reached from `start` through internal links, with the links found on them. */
export async function crawl(request: APIRequestContext, start: string): Promise<{ pages: Map<string, string>; links: { from: string; href: string }[] }> {
  const pages = new Map<string, string>();
  const links: { from: string; href: string }[] = [];
  const queue = [start];
  while (queue.length > 0) {
    const path = queue.shift()!;
    if (pages.has(path)) continue;
    const response = await request.get(path);
    expect(response.status(), `GET ${path}`).toBe(200);
    const type = response.headers()['content-type'] ?? '';
    const body = type.includes('text/html') ? await response.text() : '';
    pages.set(path, body);
    for (const m of body.matchAll(/\s(?:href|src)="([^"]+)"/g)) {
      const href = m[1]!.replace(/&amp;/g, '&');
      if (/^[a-z]+:/i.test(href)) continue; // external (http, mailto…): not followed
      const url = new URL(href, `http://x${path}`);
      links.push({ from: path, href: url.pathname + url.hash });
      if (!pages.has(url.pathname) && !queue.includes(url.pathname)) queue.push(url.pathname);
    }
  }
  return { pages, links };
}

/** Asserts every crawled link reaches a page and every fragment an element id. Returns the number of fragments checked. */
export function expectLinksResolve(pages: Map<string, string>, links: { from: string; href: string }[]): number {
  let anchors = 0;
  for (const { from, href } of links) {
    const [path, fragment] = href.split('#');
    expect(pages.has(path!), `${from} links to ${href}`).toBe(true);
    if (fragment) {
      anchors++;
      const html = pages.get(path!)!;
      expect(html.includes(`id="${decodeURIComponent(fragment)}"`), `${from} links to missing #${fragment} on ${path}`).toBe(true);
    }
  }
  return anchors;
}
