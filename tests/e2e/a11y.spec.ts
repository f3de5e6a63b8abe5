/**
 * Accessibility: axe-core finds no WCAG 2.2 AA violations on the example site's main page types.
 * The example archive is served at the Playwright baseURL by the config's webServer.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function expectNoViolations(page: Page, what: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const summary = results.violations.map((v) => ({
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

// The sidebar scrolls on its own in the wide layout (56rem and up). In a short window its list
// overflows, and keyboard users must still be able to reach and scroll it (axe
// scrollable-region-focusable, WCAG 2.1.1). It failed while the sidebar <details> stayed closed.
test('in a short wide window the scrolling sidebar stays keyboard-accessible', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 400 });
  await page.goto('/');
  await expect(page.locator('h1').first()).toBeVisible();
  await expectNoViolations(page, 'home at 1280×400');
});

test('in the dark colour scheme, the home, an article and the report have no WCAG 2.2 AA violations', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  await expect(page.locator('h1').first()).toBeVisible();
  await expectNoViolations(page, 'home (dark)');
  const href = await page.locator('main a[href*="/articles/"]').first().getAttribute('href');
  await page.goto(href!);
  await expectNoViolations(page, `article ${href} (dark)`);
  await page.goto('/report/');
  await expectNoViolations(page, 'report (dark)');
});
