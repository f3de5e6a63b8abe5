import { describe, expect, it } from 'vitest';
import { extractHtml } from './index.ts';

const HOSTILE = `<!doctype html><html><head>
<base href="https://evil.example/">
<meta http-equiv="Refresh" content="0;url=https://evil.example/">
<script>alert('head')</script></head>
<body onload="steal()">
<p onclick="steal()" onmouseover="x()">Visible <a href="javascript:alert(1)">click</a> and <a href="jav&#x09;ascript:alert(2)">tab</a> and <a href=" VBScript:msgbox(1)">vb</a>.</p>
<p><a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">data link</a></p>
<iframe src="https://evil.example/frame"><p>frame fallback text</p></iframe>
<object data="x.swf"><p>object fallback</p></object><embed src="y.swf">
<form action="https://evil.example/post"><label>Card number</label><input name="card"><button>Pay</button></form>
<svg><script>alert(3)</script><text>svg text</text></svg>
<template><p>template text</p></template>
<noscript><p>Please enable JavaScript</p></noscript>
<style>p { color: red }</style>
<img src="javascript:alert(4)" alt="bad image">
<img src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9ImFsZXJ0KDEpIi8+" alt="svg image">
<img src="file:///etc/passwd" alt="file image">
<math><mi>x</mi></math>
</body></html>`;

describe('sanitising', () => {
  const out = extractHtml(HOSTILE, { path: 'hostile.html' });

  it('keeps only text and allowed structure', () => {
    expect(out.text).toContain('Visible click and tab and vb.');
    expect(out.text).toContain('data link');
    for (const gone of ['alert', 'frame fallback', 'object fallback', 'Card number', 'Pay', 'svg text', 'template text', 'enable JavaScript', 'color: red', 'bad image', 'svg image', 'file image', 'steal']) {
      expect(out.text).not.toContain(gone);
    }
    expect(out.images).toEqual([]);
    expect(out.links).toEqual([]);
  });

  it('reports what it dropped', () => {
    const codes = new Set(out.dropped.map((d) => d.code));
    for (const code of ['base', 'meta-refresh', 'script', 'iframe', 'object', 'form', 'event-handler', 'javascript-url', 'data-url', 'image-data-unsupported', 'image-scheme']) {
      expect(codes, code).toContain(code);
    }
    const handlers = out.dropped.find((d) => d.code === 'event-handler');
    expect(handlers?.message).toBe('Removed 3 event-handler attributes.');
    const js = out.dropped.find((d) => d.code === 'javascript-url');
    expect(js?.message).toBe('Removed 4 javascript:/vbscript: URLs.');
  });
});
