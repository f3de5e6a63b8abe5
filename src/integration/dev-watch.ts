import type { AstroIntegrationLogger } from 'astro';
import type { ViteDevServer } from 'vite';
import type { BuildSettings } from '../config/settings.ts';
import { LOCK_FILE, runArchivePipeline } from './pipeline.ts';

/**
 * In `astro dev`, re-runs the pipeline when anything in the content folder changes.
 * The generated folder is synced file by file, so the content layer reloads only
 * the pages whose data changed.
 */
export function watchContent(settings: BuildSettings, server: ViteDevServer, logger: AstroIntegrationLogger): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const rerun = (path: string): void => {
    // The pipeline writes the lock file itself: that change must not trigger another run.
    if (!path.startsWith(settings.contentDir) || path.endsWith(LOCK_FILE)) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      try {
        runArchivePipeline(settings, logger);
      } catch (error) {
        logger.error(`pipeline failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    }, 150);
  };
  server.watcher.add(settings.contentDir);
  server.watcher.on('add', rerun);
  server.watcher.on('change', rerun);
  server.watcher.on('unlink', rerun);
}
