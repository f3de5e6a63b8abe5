import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isPageAssetFolder } from './asset-folder.ts';
import { contentAssetReader } from './read-asset.ts';

describe('isPageAssetFolder', () => {
  it('recognises the _files folder of a page saved beside it', () => {
    expect(isPageAssetFolder('bakery-closes_files', ['bakery-closes.html', 'bakery-closes_files'])).toBe(true);
    expect(isPageAssetFolder('page_files', ['page.htm'])).toBe(true);
    expect(isPageAssetFolder('page_files', ['other.html'])).toBe(false);
    expect(isPageAssetFolder('story-a', ['story-a.html'])).toBe(false);
  });
});

describe('contentAssetReader', () => {
  const read = contentAssetReader(join(import.meta.dirname, '../../../../tests/fixtures/html'));
  it('reads files below the content folder only', () => {
    expect(read('save-complete/bakery-closes_files/hartleys-front.jpg')?.length).toBe(134);
    expect(read('save-complete/bakery-closes_files/none.jpg')).toBeNull();
    expect(read('../html/river-plan.html')).toBeNull();
    expect(read('/etc/passwd')).toBeNull();
    expect(read('save-complete')).toBeNull();
  });
});
