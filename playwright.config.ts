import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';
import { chromium } from 'playwright';

/**
 * Browser: $CHROMIUM_PATH if set; else Playwright's own Chromium when installed
 * (`npx playwright install chromium`); else Debian's /usr/bin/chromium.
 */
function chromiumPath(): string | undefined {
  if (process.env['CHROMIUM_PATH']) return process.env['CHROMIUM_PATH'];
  try {
    if (existsSync(chromium.executablePath())) return undefined;
  } catch {
    // Playwright has no browser of its own here.
  }
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

const executablePath = chromiumPath();
const PORT = 4400;

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  // A step that hangs fails with its own message rather than the whole test's timeout;
  // on CI a test that fails once is run again, and still reported as flaky.
  retries: process.env['CI'] ? 1 : 0,
  fullyParallel: false,
  workers: 1,
  reporter: process.env['CI'] ? 'list' : 'list',
  outputDir: 'test-results',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: 'chromium',
    actionTimeout: 20_000,
    navigationTimeout: 30_000,
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  webServer: {
    // The example archive, built three ways: at the root (served here), under /archive/
    // with --site (served by tests/e2e/deploy.spec.ts), and as a portable copy for file://.
    command: [
      'node bin/dossier.mjs build --quiet --out .dossier/test-site',
      'node bin/dossier.mjs build --quiet --out .dossier/test-base --base /archive/ --site https://archive.test',
      'node bin/dossier.mjs build --quiet --portable --out .dossier/test-portable',
      'DOSSIER_PRECACHE_ARTICLES_BYTES=0 node bin/dossier.mjs build --quiet --out .dossier/test-lazy',
      `node bin/dossier.mjs serve --out .dossier/test-site --port ${PORT}`,
    ].join(' && '),
    url: `http://127.0.0.1:${PORT}/`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
