import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BuildSettings } from '../config/settings.ts';

/** Writes `report.json` (from the generated folder) and `robots.txt` into the built site. */
export function writeSiteExtras(settings: BuildSettings, dir: URL): void {
  const out = fileURLToPath(dir);
  copyFileSync(join(settings.genDir, 'report.json'), join(out, 'report.json'));
  writeFileSync(join(out, 'robots.txt'), 'User-agent: *\nDisallow: /\n');
}
