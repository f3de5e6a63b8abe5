import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { copyMediaFiles, mediaFileNames } from './media-files.ts';

describe('copyMediaFiles', () => {
  const dirs: string[] = [];
  const temp = (): string => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-media-'));
    dirs.push(dir);
    return dir;
  };
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('copies only the files emit names, byte for byte, into media/', () => {
    const gen = temp();
    const out = temp();
    mkdirSync(join(gen, 'media', 'sub.png'), { recursive: true });
    writeFileSync(join(gen, 'media', 'bbbbbbbbbbbbbbbb.webp'), 'webp bytes');
    writeFileSync(join(gen, 'media', 'aaaaaaaaaaaaaaaa.png'), 'png bytes');
    writeFileSync(join(gen, 'media', 'notes.txt'), 'not media');
    writeFileSync(join(gen, 'media', 'aaaaaaaaaaaaaaaa.svg'), '<svg/>');
    expect(mediaFileNames(gen)).toEqual(['aaaaaaaaaaaaaaaa.png', 'bbbbbbbbbbbbbbbb.webp']);
    expect(copyMediaFiles(gen, out)).toBe(2);
    expect(readdirSync(join(out, 'media')).sort()).toEqual(['aaaaaaaaaaaaaaaa.png', 'bbbbbbbbbbbbbbbb.webp']);
    expect(readFileSync(join(out, 'media', 'aaaaaaaaaaaaaaaa.png'), 'utf8')).toBe('png bytes');
  });

  it('makes no folder when there are no images', () => {
    const gen = temp();
    const out = temp();
    expect(copyMediaFiles(gen, out)).toBe(0);
    expect(existsSync(join(out, 'media'))).toBe(false);
  });
});
