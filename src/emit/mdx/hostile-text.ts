/**
 * Test-only: arbitrary untrusted text for the property tests, built from fragments that
 * mean something to MDX, Markdown, GFM, HTML, JS or Unicode rendering.
 */
import fc from 'fast-check';

/** Fragments that mean something to MDX, Markdown, GFM, HTML, JS or Unicode rendering. */
export const HOSTILE = [
  '{', '}', '{x}', '{/* c */}', '<', '</', '<x>', '</x>', '<script>', '</script>', '<script>alert(1)</script>',
  '<!--', '-->', '<div>', '<Foo />', '<>', '&amp;', '&lt;', '&#123;', '&#x0;', '&', '\\', '\\\\', '\\{',
  'import', 'import ', 'import fs from "node:fs"', 'export', 'export ', 'export const x = 1', 'Import', 'EXPORT ',
  'import{a}from"b"', 'export\t', '#', '# ', '###### ', '>', '> ', '-', '- ', '*', '* ', '+ ', '1.', '1. ', '1) ',
  '|', '| a | b |', '|---|', '---', '***', '___', '===', '+++', '```', '~~~', '`', '``', '    ', '\t', '  ', ' ',
  '[^1]:', '[^1]', '[x]: http://a', '[x]', '[a](b)', '![a](b)', '<https://a.b>', 'https://a.b', 'www.a.b',
  'a@b.c', 'javascript:alert(1)', '_', '__', '**', '~', '~~', '$', '$$', ':::', '[[w]]', '^', '\n', '\n\n', '\r\n',
  '\r', '\n  \n', ' \n', '  \n', '\\\n', '\0', '\u2028', '\u2029', '\u202E', '\u202D', '\u2066', '\u2067', '\u2068',
  '\u2069', '\u200B', '\u200E', '\u200F', '\uFEFF', '\u00A0', '\u000B', '\u000C', '\u0085', '\uD800', '\uDC00',
  ".tdi_3_98b.td-a-rec-img{ text-align: left; }", '"', "'", '=', '(', ')', '!', '?', ':', ';', '%', '@',
  '[', ']', '[{"', '"}', '`[{', '](', '\\[', '"}")',
];

const fragment = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...HOSTILE) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme-ascii', maxLength: 8 }) },
  { weight: 1, arbitrary: fc.constantFrom('a', 'b', 'word', 'Wörd', '日本語', '👩‍👩‍👧', 'مرحبا') },
);

/** Untrusted article text. */
export const hostileText = fc.array(fragment, { maxLength: 14 }).map((parts) => parts.join(''));
