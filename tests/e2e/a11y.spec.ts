/**
 * Accessibility: axe-core finds no WCAG 2.2 AA violations on the example site's main page types.
 * The example archive is served at the Playwright baseURL by the config's webServer.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Known bug, documented by the `test.fail` at the end of this file: the sidebar
 * (`<details id="sidebar">` in src/components/Sidebar.astro) is a scrollable region that
 * cannot get keyboard focus. Set aside here so that every other check still runs.
 */
function isKnownSidebarBug(v: { id: string; nodes: { target: unknown[] }[] }): boolean {
  return v.id === 'scrollable-region-focusable' && v.nodes.every((n) => n.target.join(' ') === '#sidebar');
}

async function expectNoViolations(page: Page, what: string, options: { allowKnown?: boolean } = {}): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const violations = options.allowKnown === false ? results.violations : results.violations.filter((v) => !isKnownSidebarBug(v));
  const summary = violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')}: ${n.failureSummary?.split('\n').slice(1).join(' ') ?? ''}`),
  }));
  expect(summary, what).toEqual([]);
  // axe must actually have checked something.
  expect(results.passes.length, what).toBeGreaterThan(10);
}

test('the home (story) page has no WCAG 2.2 AA violations', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('h1')).toBeVisible();
  await expectNoViolations(page, 'home');
});

test('an article page has no WCAG 2.2 AA violations', async ({ page }) => {
  await page.goto('/');
  const href = await page.locator('main a[href*="/articles/"]').first().getAttribute('href');
  expect(href).toBeTruthy();
  await page.goto(href!);
  await expect(page.locator('h1')).toBeVisible();
  await expectNoViolations(page, `article ${href}`);
  // With the "What was removed" panel and every other disclosure open too.
  await page.evaluate(() => {
    for (const d of Array.from(document.querySelectorAll('details'))) d.open = true;
  });
  await expectNoViolations(page, `article ${href} with details open`);
});

test('the search page with results has no WCAG 2.2 AA violations', async ({ page }) => {
  await page.goto('/search/?q=Microsoft');
  await expect(page.locator('#search-results > li').first()).toBeVisible();
  await expectNoViolations(page, 'search results');
});

test('the report page has no WCAG 2.2 AA violations', async ({ page }) => {
  await page.goto('/report/');
  await expect(page.locator('h1')).toHaveText('Build report');
  await expectNoViolations(page, 'report');
});

// BUG (src/components/Sidebar.astro + site.css): on a wide screen the sidebar
// `<details id="sidebar">` scrolls (overflow: auto) but neither it nor anything in it can
// take keyboard focus when its content overflows, so keyboard users cannot scroll it (axe
// `scrollable-region-focusable`, WCAG 2.1.1). Fix: give the scrolling element tabindex="0"
// (with an accessible name, e.g. aria-label="Archive"), or make sure it holds focusable links.
test.fail('the sidebar is a keyboard-scrollable region (axe scrollable-region-focusable)', async ({ page }) => {
  // A short wide window (the sidebar layout starts at 56rem): the sidebar's list overflows.
  await page.setViewportSize({ width: 1280, height: 400 });
  for (const path of ['/']) {
    await page.goto(path);
    await expect(page.locator('h1').first()).toBeVisible();
    await expectNoViolations(page, path, { allowKnown: false });
  }
});
