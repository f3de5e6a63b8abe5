/** Shared test inputs: the example archive's kinds of sources, and a hostile one. */
import type { CitableSource } from './types.ts';

/** A title built to break every format: quotes, `</script>`, braces, backslash, `@`, `%`, line breaks, non-ASCII. */
export const HOSTILE_TITLE =
  'He said "</script><script>alert(1)</script> {x} \\ @home 50% \n@article{evil, title={pwned}}\r\nER  - \nTY  - JOUR\u2028ünïcode — Won’t a--b ``q\'\' ~^_$#&<!-- 東京 🙂';

/** What the hostile title becomes in every format: one line, white space collapsed. */
export const HOSTILE_TITLE_ONE_LINE = HOSTILE_TITLE.replace(/[\s\u2028]+/g, ' ');

export const REUTERS: CitableSource = {
  slug: 'microsoft-declines-to-sell-facial-recognition-tech-to-police',
  title: 'Microsoft declines to sell facial recognition tech to police',
  displayTitle: 'Microsoft declines to sell facial recognition tech to police',
  titleDerived: false,
  publisher: 'Reuters',
  author: null,
  published: '2020-06-11T17:56:00Z',
  url: 'https://www.reuters.com/article/us-microsoft-facial-recognition/microsoft-declines-to-sell-facial-recognition-tech-to-police-idUSKBN23I2T6',
  language: null,
  sha256: 'c7d9bd126aac6e9875f8b8ceae8e3197eaa2d775057e392bf0aa3813c7a69df0',
};

export const WINBUZZER: CitableSource = {
  slug: 'microsoft-facial-recognition-tech-wont-be-sold-to-police',
  title: 'Microsoft Facial Recognition Tech Won’t be Sold to Police, Says Chief Counsel',
  displayTitle: 'Microsoft Facial Recognition Tech Won’t be Sold to Police, Says Chief Counsel',
  titleDerived: false,
  publisher: 'WinBuzzer',
  author: 'Luke Jones',
  published: null,
  url: null,
  language: null,
  sha256: '27a54d5b0c6c0f5aed1bbd3637fcef8889dd6f7022d3d006164a005db865fb7c',
};

export const DERIVED: CitableSource = {
  slug: 'tech-juggernaut-microsoft-wont-sell-its-facial-recognition',
  title: null,
  displayTitle: 'Tech juggernaut Microsoft won’t sell its facial recognition software to police or law enforcement',
  titleDerived: true,
  publisher: 'IT News Africa',
  author: null,
  published: null,
  url: null,
  language: null,
  sha256: '1fcb959088247fc60361bb9abd5d07d3f0e59362528ddcc68897c64c33ae703f',
};

export const HOSTILE: CitableSource = {
  slug: 'hostile',
  title: HOSTILE_TITLE,
  displayTitle: HOSTILE_TITLE,
  titleDerived: false,
  publisher: 'Le Monde & {Co} 100%',
  author: 'Luke Jones and Zoë O’Brien-Smith; Associated Press',
  published: '2021-02-28',
  url: 'https://example.com/a b?q={x}&r="1"#frag',
  language: 'fr',
  retrieved: '2024-01-02T10:00:00Z',
  sha256: '0'.repeat(64),
};

export const ALL: CitableSource[] = [REUTERS, WINBUZZER, DERIVED, HOSTILE];
