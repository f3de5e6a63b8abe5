import { describe, expect, it } from 'vitest';
import { encodeTextDirectiveTerm, textFragmentUrl } from './text-fragment.ts';

describe('textFragmentUrl', () => {
  it('quotes a short passage whole', () => {
    expect(textFragmentUrl('https://a.example/x', 'Microsoft said no.')).toBe('https://a.example/x#:~:text=Microsoft%20said%20no.');
  });

  it('uses the first and last words of a long passage', () => {
    const text = 'Microsoft Corp said on Thursday it would not sell its facial-recognition technology to police departments until there is a federal law.';
    expect(textFragmentUrl('https://a.example/x?y=1', text)).toBe(
      'https://a.example/x?y=1#:~:text=Microsoft%20Corp%20said%20on%20Thursday,there%20is%20a%20federal%20law.',
    );
  });

  it('encodes the directive syntax characters - , & and non-ASCII', () => {
    expect(encodeTextDirectiveTerm('a-b, c & d — é #%')).toBe('a%2Db%2C%20c%20%26%20d%20%E2%80%94%20%C3%A9%20%23%25');
    const url = textFragmentUrl('https://a.example/', 'facial-recognition, police & “law”');
    expect(url.split('#:~:text=')[1]).not.toMatch(/[-,&\s]/);
    expect(decodeURIComponent(url.split('#:~:text=')[1] ?? '')).toBe('facial-recognition, police & “law”');
  });

  it('keeps an existing fragment and an existing directive', () => {
    expect(textFragmentUrl('https://a.example/x#sec', 'Hello world')).toBe('https://a.example/x#sec:~:text=Hello%20world');
    expect(textFragmentUrl('https://a.example/x#:~:text=foo', 'Hello')).toBe('https://a.example/x#:~:text=foo&text=Hello');
    expect(textFragmentUrl('https://a.example/x#', 'Hello')).toBe('https://a.example/x#:~:text=Hello');
  });

  it('collapses white space and leaves the URL alone for empty text', () => {
    expect(textFragmentUrl('https://a.example/', '  Hello\n\n world ')).toBe('https://a.example/#:~:text=Hello%20world');
    expect(textFragmentUrl('https://a.example/', ' \n ')).toBe('https://a.example/');
  });
});
