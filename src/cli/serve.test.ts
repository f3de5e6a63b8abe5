import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveRequest } from './serve.ts';

describe('resolveRequest', () => {
  const root = mkdtempSync(join(tmpdir(), 'dossier-serve-'));
  mkdirSync(join(root, 'a'));
  writeFileSync(join(root, 'index.html'), 'home');
  writeFileSync(join(root, 'a', 'index.html'), 'a');
  it('maps paths under the base to files and folders to index.html', () => {
    expect(resolveRequest(root, '/', '/')).toBe(join(root, 'index.html'));
    expect(resolveRequest(root, '/archive/', '/archive/a/?q=1')).toBe(join(root, 'a', 'index.html'));
    expect(resolveRequest(root, '/archive/', '/a/')).toBeNull();
  });
  it('never leaves the root', () => {
    expect(resolveRequest(root, '/', '/../../etc/passwd')).toBeNull();
    expect(resolveRequest(root, '/', '/%2e%2e/%2e%2e/etc/passwd')).toBeNull();
    expect(resolveRequest(root, '/', '/%E0%A4%A')).toBeNull();
  });
});
