import { describe as suite, expect, it } from 'vitest';
import { handVerdicts as verdicts } from '../testing/text-source.ts';
import { BODY, described } from './testing.ts';
import { tidy } from './field.ts';
import { authorEvidence, editorEvidence, personName } from './people.ts';
import { urlEvidence } from './url-evidence.ts';
import { cleanUrl } from './clean-url.ts';
import { publisherEvidence } from './publisher-evidence.ts';
import { chromeReason } from '../clean/chrome-reason.ts';
import { lineFeatures } from '../clean/line-features.ts';

suite('values written in Markdown or by a text browser (session 5)', () => {
  it('reads emphasis around the whole value, Markdown links and link numbers as the words they mark', () => {
    expect(tidy('*Across the hills, a dozen bakeries have opened.*')).toBe('Across the hills, a dozen bakeries have opened.');
    expect(tidy('[Imogen Castellane](https://kelby.example/authors/imogen)')).toBe('Imogen Castellane');
    expect(tidy('[9]Imogen Castellane')).toBe('Imogen Castellane');
    expect(tidy('snake_case stays_as_is')).toBe('snake_case stays_as_is');
    expect(tidy('2 * 3 = 6 *')).toBe('2 * 3 = 6 *');
  });

  it('keeps the person, not the department or role after a comma', () => {
    expect(personName('Hollie Stanforth, Internal Communications')).toBe('Hollie Stanforth');
    expect(personName('Fenna Rautenbach, Community Librarian')).toBe('Fenna Rautenbach');
    expect(personName('Jane Doe, John Roe')).toBe('Jane Doe, John Roe');
  });
});

suite('the page address in more places (session 5)', () => {
  const found = (line: string): string | null => urlEvidence(verdicts([['Kelby pool saved as council reverses closure plan', true, 'headline'], [BODY, true, 'content'], [line, false, 'nav']]))?.value ?? null;

  it('reads copy-link labels in other languages, addresses without a scheme, MediaWiki footers, web-archive and cache copies', () => {
    expect(found('Kopiera länk: https://kelby.example/nyheter/pool')).toBe('https://kelby.example/nyheter/pool');
    expect(found('Share this page: kelby.example/news/pool-saved')).toBe('https://kelby.example/news/pool-saved');
    expect(found('Retrieved from "https://kelbywiki.example/wiki/Pool_saved"')).toBe('https://kelbywiki.example/wiki/Pool_saved');
    expect(found('Web Archive - https://web.archive.example/web/20230615081244/https://kelby.example/news/pool')).toBe('https://kelby.example/news/pool');
    expect(found("This is FindIt's cache of https://kelby.example/news/pool. It is a snapshot of the page.")).toBe('https://kelby.example/news/pool');
  });

  it('drops share identifiers from an address', () => {
    expect(cleanUrl('https://forum.example/r/kelby/comments/8kq2mz/pool/?share_id=Qx81')).toBe('https://forum.example/r/kelby/comments/8kq2mz/pool/');
  });
});

suite('editors (session 5)', () => {
  it('reads an editor set in the byline strip and a medical or fact-check review, not a book review', () => {
    const editor = (line: string): string | null => editorEvidence(verdicts([['Kelby pool saved as council reverses closure plan', true, 'headline'], [line, false, 'byline'], [BODY, true, 'content']]))?.value ?? null;
    expect(editor('By Ravi Mehta · Edited by Imogen Castellane')).toBe('Imogen Castellane');
    expect(editor('Fact checked and medically reviewed by Priya Nair, RD')).toBe('Priya Nair');
    expect(editor('Reviewed by Conrad Feltham')).toBeNull();
  });

  it('keeps the name before credentials and a specialty', () => {
    expect(personName('Tobias Achterberg, MD, Pediatrics')).toBe('Tobias Achterberg');
  });
});

suite('publishers in more places (session 5)', () => {
  const publisher = (line: string): string | null => publisherEvidence(verdicts([['Kelby pool saved as council reverses closure plan', true, 'headline'], [BODY, true, 'content'], [line, false, 'copyright']]), new Set())?.value ?? null;

  it("reads a MediaWiki tagline, a footer strip's copyright and a trademark note", () => {
    expect(publisher('From Kelbywiki, the free news source you can write!')).toBe('Kelbywiki');
    expect(publisher('[18]Terms [19]Privacy © 2025 Southern Ledger')).toBe('Southern Ledger');
    expect(publisher('Kelby Health is a registered trademark. This site does not give medical advice.')).toBe('Kelby Health');
  });
});

suite("the outlet's name in a mainstream page's chrome (session 5)", () => {
  const publisher = (line: string, reason = 'copyright'): string | null =>
    publisherEvidence(verdicts([['Kelby pool saved as council reverses closure plan', true, 'headline'], [BODY, true, 'content'], [line, false, reason]]), new Set())?.value ?? null;

  it('reads the name after a copyright sign with no year, in calls to support it, in its group, on its social pages and in its logo', () => {
    expect(publisher('All content © The Kelby Observer')).toBe('Kelby Observer');
    expect(publisher('Support The Kelby Observer’s journalism', 'prompt')).toBe('Kelby Observer');
    expect(publisher('Kelby Observer is part of Westshire Media Group', 'disclaimer')).toBe('Kelby Observer');
    expect(publisher('Back to The Kelby Observer homepage', 'nav')).toBe('Kelby Observer');
    expect(publisher('Kelby Observer Logo', 'image')).toBe('Kelby Observer');
    expect(publisher('Copyright © 2025 Kelby Media Ltd. All rights reserved.')).not.toBe('Copyright');
    expect(publisher('Kelby Observer. All rights reserved.')).toBe('Kelby Observer');
    expect(publisher('Kelby Observer is a trading name of Westshire Media Ltd.')).toBe('Kelby Observer');
  });

  it("takes the site's name from the page's title line above the headline", () => {
    const meta = described([
      ['Kelby pool saved as council reverses closure plan | The Kelby Observer', false, 'related'],
      ['Kelby pool saved as council reverses closure plan', true, 'headline'],
      ['By Ravi Mehta', false, 'byline'],
      [BODY, true, 'content'],
    ]);
    expect(meta.title).toBe('Kelby pool saved as council reverses closure plan');
    expect(meta.publisher).toBe('The Kelby Observer');
  });
});

suite("the outlet's name at the foot of the page (session 5)", () => {
  it('reads a name alone among the footer lines, and not a company named in a press release', () => {
    const meta = described([
      ['Kelby pool saved as council reverses closure plan', true, 'headline'],
      [BODY, true, 'content'],
      ['The Kelby Observer', false, 'related'],
      ['About us | Contact | Advertise', false, 'nav'],
    ]);
    expect(meta.publisher).toBe('The Kelby Observer');
    const release = described([
      ['Kelby Pools Announces New Lido', true, 'headline'],
      [BODY, true, 'content'],
      ['About Kelby Pools Group', false, 'related'],
      ['Kelby Pools Group runs six pools in Westshire.', false, 'related'],
    ]);
    expect(release.publisher).toBeNull();
  });

  it('takes a logo line for an image, not the headline', () => {
    expect(chromeReason(lineFeatures('The Kelby Observer logo'))).toBe('image');
    expect(chromeReason(lineFeatures('Council unveils new logo'))).toBeNull();
  });
});

suite('bylines in more shapes (session 5)', () => {
  const author = (line: string): string | null =>
    authorEvidence(verdicts([['Kelby pool saved as council reverses closure plan', true, 'headline'], [line, false, 'byline'], [BODY, true, 'content']]))?.value ?? null;

  it('reads lists of names, handles, photo credits, labels and dates after the name', () => {
    expect(author('By Ravi Mehta, Ana Sousa and Jo Park')).toBe('Ravi Mehta, Ana Sousa and Jo Park');
    expect(author('Words by Ravi Mehta. Photos by Jo Park')).toBe('Ravi Mehta');
    expect(author('By Ravi Mehta @ravimehta')).toBe('Ravi Mehta');
    expect(author('Ravi Mehta Mar 4, 2025')).toBe('Ravi Mehta');
    expect(author('Reporter: Ravi Mehta')).toBe('Ravi Mehta');
    expect(author('By Ravi Mehta and Ana Sousa, Kelby Observer')).toBe('Ravi Mehta and Ana Sousa');
    expect(author('By Ravi Mehta, Political Editor')).toBe('Ravi Mehta');
  });
});

suite('bylines from scrapers (session 5)', () => {
  const author = (line: string): string | null =>
    authorEvidence(verdicts([['Kelby pool saved as council reverses closure plan', true, 'headline'], [line, false, 'byline'], [BODY, true, 'content']]))?.value ?? null;

  it('reads a name with its role glued on, link numbers, and a photographer set after a gap', () => {
    expect(author('Ravi MehtaLocal democracy reporter')).toBe('Ravi Mehta');
    expect(author('By [9]Ravi Mehta, KNA')).toBe('Ravi Mehta');
    expect(author('Words: Ravi Mehta  Photos: Jo Park')).toBe('Ravi Mehta');
  });
});

suite('dates and addresses of notices and text-browser dumps (session 5)', () => {
  it("reads a notice's 'Dated …' line and a lynx dump's skip link as the page's date and address", () => {
    const meta = described([
      ['Kelby pool to close for repairs', true, 'headline'],
      [BODY, true, 'content'],
      ['Dated 6 October 2025', false, 'timestamp'],
    ]);
    expect(meta.published).toBe('2025-10-06');
    const dump = urlEvidence(verdicts([
      ['[1]Skip to main content', false, 'nav'],
      ['Kelby pool saved as council reverses closure plan', true, 'headline'],
      [BODY, true, 'content'],
      ['References', false, 'related'],
      ['1. https://kelby.example/news/2025/03/04/pool-saved#main', false, 'related'],
      ['2. https://kelby.example/', false, 'related'],
    ]));
    expect(dump?.value).toBe('https://kelby.example/news/2025/03/04/pool-saved');
  });
});

suite("a company's status page and engineering blog (session 5)", () => {
  it('names the company, not its status page or blog', () => {
    const publisher = (line: string): string | null =>
      publisherEvidence(verdicts([['Card payments failing at checkout', true, 'headline'], [BODY, true, 'content'], [line, false, 'copyright']]), new Set())?.value ?? null;
    expect(publisher('© 2025 Kelbypay Status')).toBe('Kelbypay');
    expect(publisher('© 2025 Kelbypay Engineering')).toBe('Kelbypay');
  });
});

suite('a log of updates (session 5)', () => {
  it("dates a status page by its first entry, not its newest, and leaves a single timestamp alone", () => {
    const log = described([
      ['Card payments failing at checkout', true, 'headline'],
      ['Resolved: payments are processing normally again.', true, 'content'],
      ['Mar 04, 2025 - 15:41 UTC', false, 'timestamp'],
      ['Monitoring: a fix has been deployed and we are watching the results.', true, 'content'],
      ['Mar 04, 2025 - 15:20 UTC', false, 'timestamp'],
      ['Investigating: we are seeing elevated error rates for card payments.', true, 'content'],
      ['Mar 04, 2025 - 13:58 UTC', false, 'timestamp'],
    ]);
    expect(log.published).toBe('2025-03-04T13:58:00Z');
    const one = described([['Card payments failing at checkout', true, 'headline'], ['Mar 04, 2025 - 15:41 UTC', false, 'timestamp'], [BODY, true, 'content']]);
    expect(one.published).toBe('2025-03-04T15:41:00Z');
  });
});

suite('credits that name no one (session 5)', () => {
  const author = (line: string): string | null =>
    authorEvidence(verdicts([['Kelby pool saved as council reverses closure plan', true, 'headline'], [line, false, 'byline'], [BODY, true, 'content']]))?.value ?? null;

  it("takes no author from a desk's, an agency's or the outlet's staff credit", () => {
    for (const line of ['By Staff Reporter', 'By Our Correspondent', 'By Agencies', 'By Web Desk', 'By PTI', 'By Kelby Observer Staff']) expect(author(line)).toBeNull();
    expect(author('By Ravi Mehta, Staff Writer')).toBe('Ravi Mehta');
    expect(author('By Ravi Mehta, Observer reporter')).toBe('Ravi Mehta');
  });
});
