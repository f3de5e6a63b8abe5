/**
 * A deterministic synthetic news archive for `npm run bench`.
 *
 *   node bench/generate.ts --articles 1000 --seed 1 [--one-story] [--out DIR]
 *
 * Publishers each have their own chrome (nav line, newsletter prompt, share line,
 * footer, photo credit and byline styles, date format). Stories ("threads") share
 * facts (paraphrased) and quotations (with small wording differences) across their
 * articles; a few wire stories are syndicated verbatim by several publishers. About
 * one article in five is undated; about one in eight is a Markdown record with YAML
 * front matter. Articles are 300–1,200 words of body text.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createRng, type Rng } from './lib/rng.ts';
import {
  ADJECTIVES, ADVERBS, FIRST_NAMES, LAST_NAMES, MONTHS, NOUNS, REGIONS, ROLES, SYLLABLES, TOPICS, VERBS_BASE, VERBS_PAST, WEEKDAYS,
} from './lib/lexicon.ts';

export interface GenerateOptions {
  articles: number;
  seed: number;
  /** All articles in one story folder. */
  oneStory: boolean;
  /** Number of story threads (default: max(50, ceil(articles / 40))). */
  stories?: number;
  /** Number of publishers (default: 24). */
  publishers?: number;
}

/** One generated input, as the floor site needs it. */
export interface GeneratedArticle {
  /** Path relative to the content folder. */
  path: string;
  title: string;
  /** The file's text without front matter: what a reader of the raw article sees. */
  text: string;
  dated: boolean;
}

export interface GenerateSummary {
  params: { articles: number; seed: number; oneStory: boolean; stories: number; storyFolders: number; publishers: number };
  files: number;
  bytes: number;
  bodyWords: { min: number; max: number; mean: number };
  formats: { txt: number; md: number; mdWithoutBody: number };
  dated: number;
  undated: number;
  wireCopies: number;
  wireStories: number;
  sharedQuotes: number;
  /** Words to search the built site for: a rare one (one story) and a common one. */
  searchTerms: string[];
}

export interface Archive {
  summary: GenerateSummary;
  articles: GeneratedArticle[];
}

interface Person {
  first: string;
  last: string;
  role: string;
}

interface Publisher {
  name: string;
  domain: string;
  nav: string;
  newsletter: string;
  share: string;
  footer: string;
  related: string;
  photoCredit: (photographer: string) => string;
  byline: (author: string) => string;
  dateLine: (date: Date) => string;
  quoteMarks: [string, string];
  blankLines: boolean;
  staff: string[];
}

interface Quote {
  speaker: Person;
  text: string;
}

interface Thread {
  topic: string;
  folder: string;
  org: string;
  place: string;
  region: string;
  people: Person[];
  facts: string[][];
  quotes: Quote[];
  start: Date;
  /** Invented names peculiar to the story: streets, firms, minor figures. */
  terms: string[];
  wires: { headline: string; body: string[]; date: Date; copies: number; author: string }[];
}

const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
const plural = (n: string): string => (/(s|x|ch|sh)$/.test(n) ? `${n}es` : /[^aeiou]y$/.test(n) ? `${n.slice(0, -1)}ies` : `${n}s`);
const article = (w: string): string => (/^[aeiou]/i.test(w) ? 'an' : 'a');
/** `an adj` / `a adj`. */
const an = (w: string): string => `${article(w)} ${w}`;
const slugify = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
const countWords = (s: string): number => s.split(/\s+/).filter(Boolean).length;

function inventName(rng: Rng, syllables: number): string {
  let name = '';
  for (let i = 0; i < syllables; i++) name += rng.pick(SYLLABLES);
  return cap(name);
}

function money(rng: Rng): string {
  const n = rng.int(2, 950);
  return rng.chance(0.5) ? `$${(n / 10).toFixed(1)} million` : `${n} million dollars`;
}

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth'];

function fmtDate(d: Date, style: number): string {
  const day = d.getUTCDate();
  const month = MONTHS[d.getUTCMonth()]!;
  const year = d.getUTCFullYear();
  const weekday = WEEKDAYS[(d.getUTCDay() + 6) % 7]!;
  const iso = d.toISOString().slice(0, 10);
  switch (style) {
    case 0: return `${month} ${day}, ${year}`;
    case 1: return `Published ${iso}`;
    case 2: return `Updated ${day} ${month.slice(0, 3)} ${year} ${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')} GMT`;
    case 3: return `${weekday} ${day} ${month} ${year}`;
    default: return `${month.slice(0, 3)}. ${day}, ${year} at ${(d.getUTCHours() % 12) + 1}:${String(d.getUTCMinutes()).padStart(2, '0')} p.m. ET`;
  }
}

function makePublisher(rng: Rng, index: number): Publisher {
  const word = inventName(rng, 2);
  const kind = rng.pick(['Herald', 'Ledger', 'Courier', 'Gazette', 'Times', 'Post', 'Observer', 'Chronicle', 'Dispatch', 'Tribune', 'Record', 'Daily', 'Bulletin', 'Review']);
  const name = rng.chance(0.5) ? `The ${word} ${kind}` : `${word} ${kind}`;
  const domain = `${slugify(`${word}${kind}`).replace(/-/g, '')}.${rng.pick(['com', 'co.uk', 'net', 'org', 'news'])}`;
  const sections = rng.shuffle(['Home', 'World', 'Politics', 'Business', 'Tech', 'Science', 'Opinion', 'Sport', 'Culture', 'Climate', 'Local', 'Video', 'Podcasts', 'Markets']).slice(0, rng.int(5, 9));
  const sep = rng.pick([' | ', '  ', ' · ', ' / ', ' ']);
  const letter = `${rng.pick(['The Morning', 'The Evening', 'Daily', 'First', 'The Weekly'])} ${rng.pick(['Brief', 'Edition', 'Wrap', 'Read', 'Digest'])}`;
  const newsletter = rng.pick([
    `Sign up for ${letter}, our free newsletter, delivered to your inbox every weekday.`,
    `Get ${letter} from ${name}. Enter your email address to subscribe.`,
    `Want more stories like this? Subscribe to ${letter} newsletter.`,
    `Never miss a story: join ${(rng.int(20, 900) * 1000).toLocaleString('en-US')} readers of ${letter}.`,
  ]);
  const share = rng.pick(['Share on Facebook Share on Twitter Share via Email', 'Share this article', 'Share  Tweet  Email  Print', 'Facebook Twitter LinkedIn WhatsApp Copy link', 'SHARE | TWEET | EMAIL']);
  const year = 2020 + (index % 5);
  const footer = rng.pick([
    `© ${year} ${name}. All rights reserved.`,
    `Copyright ${year} ${word} Media Group Ltd. Terms of use | Privacy policy | Cookie settings`,
    `${name} is published by ${word} Holdings. Contact us | Advertise | Careers`,
    `All content © ${word} News Network ${year}. Reproduction without permission is prohibited.`,
  ]);
  const related = rng.pick(['Related stories', 'More from ' + name, 'Read more', 'Recommended for you', 'Most popular']);
  const creditStyle = rng.int(0, 4);
  const agency = rng.pick(['Getty Images', 'Reuters', 'AFP', 'AP Photo', 'Shutterstock', 'EPA']);
  const photoCredit = (p: string): string =>
    [`Photo: ${p}/${agency}`, `(${p} / ${name})`, `${p}/${word}`, `Image credit: ${p} for ${name}`, `${agency} / ${p}`][creditStyle]!;
  const bylineStyle = rng.int(0, 4);
  const byline = (a: string): string =>
    [`By ${a}`, `${a} | Staff Writer`, `Written by ${a}, ${rng.pick(['Correspondent', 'Reporter', 'Senior Editor'])}`, `BY ${a.toUpperCase()}`, `${a}, ${name}`][bylineStyle]!;
  const dateStyle = rng.int(0, 4);
  const staff = Array.from({ length: rng.int(4, 10) }, () => `${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_NAMES)}`);
  return {
    name, domain, newsletter, share, footer, related, photoCredit, byline, staff,
    nav: sections.join(sep),
    dateLine: (d) => fmtDate(d, dateStyle),
    quoteMarks: rng.chance(0.6) ? ['"', '"'] : ['\u201c', '\u201d'],
    blankLines: rng.chance(0.75),
  };
}

/** A filler sentence about a thread. */
function filler(rng: Rng, t: Thread): string {
  const p = rng.pick(t.people);
  const n = (): string => rng.pick(NOUNS);
  const a = (): string => rng.pick(ADJECTIVES);
  const vp = (): string => rng.pick(VERBS_PAST);
  const vb = (): string => rng.pick(VERBS_BASE);
  const adv = (): string => rng.pick(ADVERBS);
  const month = (): string => rng.pick(MONTHS);
  switch (rng.int(0, 15)) {
    case 14: return `${rng.pick(FIRST_NAMES)} ${rng.pick(t.terms)}, who runs ${an(rng.pick(NOUNS))} on ${rng.pick(t.terms)} Street, said the ${n()} had ${vp()} ${rng.pick(['her', 'his', 'their'])} ${n()}.`;
    case 15: return `${rng.pick(t.terms)} ${rng.pick(['Holdings', 'Partners', 'Logistics', 'Foods', 'Engineering', 'Trust'])}, ${an(a())} ${n()} based in ${rng.pick(t.terms)}, ${vp()} the ${n()} in ${month()}.`;
    case 0: { const adj = a(); return `${cap(article(adj))} ${adj} ${n()} in ${t.place} ${vp()} the ${n()}'s ${n()} on ${rng.pick(WEEKDAYS)}.`; }
    case 1: return `${p.first} ${p.last}, the ${t.org}'s ${p.role}, said the ${n()} would ${vb()} the ${a()} ${n()} by ${month()}.`;
    case 2: return `Officials ${vp()} ${rng.int(3, 900)} ${plural(n())} across ${t.region}, according to ${an(a())} ${n()} seen by reporters.`;
    case 3: return `The ${t.org} has ${adv()} ${vp()} plans to ${vb()} its ${n()}, which ${plural(n())} say could ${vb()} ${a()} ${plural(n())}.`;
    case 4: return `Critics ${adv()} argue that the ${n()} will ${vb()} ${a()} ${plural(n())} in ${t.place} and beyond.`;
    case 5: return `About ${rng.int(100, 9000).toLocaleString('en-US')} ${plural(n())} were affected, up from ${rng.int(10, 99)} in ${month()}, figures from the ${t.org} show.`;
    case 6: return `It was not immediately clear whether the ${n()} would ${vb()} the ${a()} ${n()}.`;
    case 7: return `The ${a()} ${n()} is expected to cost about ${money(rng)} over ${rng.int(2, 12)} years.`;
    case 8: return `${p.last} ${vp()} the ${n()} as ${a()} and ${a()}, though ${rng.pick(['some', 'several', 'few', 'many'])} ${plural(n())} disagreed.`;
    case 9: return `Residents of ${t.place} have ${adv()} ${vp()} the ${n()} since ${month()}, when the ${a()} ${n()} was first ${vp()}.`;
    case 10: return `A ${rng.pick(['spokesperson', 'spokesman', 'spokeswoman'])} for the ${t.org} did not respond to a request for comment.`;
    case 11: return `The ${n()} follows ${an(a())} ${n()} in ${rng.pick(REGIONS)} ${rng.int(2, 11)} ${rng.pick(['weeks', 'months', 'years'])} ago that ${vp()} the ${n()} ${adv()}.`;
    case 12: return `${cap(plural(n()))} in ${t.region} ${vp()} the ${a()} ${n()} on ${rng.pick(WEEKDAYS)}, calling it ${an(a())} ${n()} for ${t.place}.`;
    default: return `Under the ${a()} ${n()}, the ${t.org} would ${vb()} ${rng.int(2, 40)} ${plural(n())} and ${vb()} the ${n()} by ${rng.int(5, 60)} percent.`;
  }
}

/** A fact with two or three paraphrases. */
function fact(rng: Rng, t: Thread): string[] {
  const subject = rng.chance(0.5) ? `the ${t.org}` : `${t.place}'s ${rng.pick(['council', 'regulator', 'authority', 'government'])}`;
  const verb = rng.pick(VERBS_PAST);
  const adj = rng.pick(ADJECTIVES);
  const obj = `${article(adj)} ${adj} ${rng.pick(NOUNS)} worth ${money(rng)}`;
  const when = `on ${rng.pick(WEEKDAYS)}`;
  const count = rng.int(2, 400);
  const what = plural(rng.pick(NOUNS));
  return [
    `${cap(subject)} ${verb} ${obj} ${when}, affecting ${count} ${what}.`,
    `${cap(when)}, ${subject} ${verb} ${obj}, a move affecting ${count} ${what}.`,
    `${cap(obj)} was ${verb} by ${subject} ${when}; ${count} ${what} are affected.`,
  ].slice(0, rng.int(2, 3));
}

function quoteText(rng: Rng, t: Thread): string {
  const n = (): string => rng.pick(NOUNS);
  const parts = [
    `We will not ${rng.pick(VERBS_BASE)} the ${n()} until the ${n()} is ${rng.pick(VERBS_PAST)}`,
    `This ${n()} is about the ${plural(n())} of ${t.place}, and we owe them ${an(rng.pick(ADJECTIVES))} ${n()}`,
    `Nobody in ${t.place} wants ${an(rng.pick(ADJECTIVES))} ${n()}, but we cannot ${rng.pick(VERBS_BASE)} the ${n()} forever`,
    `The ${plural(n())} have been very clear, and the ${t.org} must ${rng.pick(VERBS_BASE)} its ${n()} now`,
    `We have been working on this ${n()} for ${rng.int(2, 15)} years and we are not going to stop`,
    `It is really a question of ${n()}, not ${n()}`,
  ];
  const first = rng.pick(parts);
  const second = rng.pick(parts);
  return first === second ? `${first}.` : `${first}. ${second}.`;
}

/** A quotation as one source reports it: small wording differences. */
function quoteVariant(rng: Rng, text: string): string {
  let out = text;
  if (rng.chance(0.3)) out = out.replace(/\bWe will not\b/, "We won't").replace(/\bcannot\b/, "can't").replace(/\bwe are\b/, "we're").replace(/\bIt is\b/, "It's");
  if (rng.chance(0.25)) out = out.replace(/ very /, ' ').replace(/ really /, ' ');
  if (rng.chance(0.2)) out = out.split('. ')[0]!.replace(/\.?$/, '.');
  if (rng.chance(0.1)) out = out.replace(/ now\./, '.');
  return out;
}

function renderQuote(rng: Rng, q: Quote, t: Thread, marks: [string, string]): string {
  const text = quoteVariant(rng, q.text);
  const [o, c] = marks;
  const body = text.replace(/\.$/, '');
  const who = `${q.speaker.first} ${q.speaker.last}`;
  switch (rng.int(0, 3)) {
    case 0: return `${o}${body},${c} ${who} said.`;
    case 1: return `${who}, the ${q.speaker.role} of the ${t.org}, said: ${o}${text}${c}`;
    case 2: return `${o}${body},${c} said ${q.speaker.last}, ${t.org} ${q.speaker.role}.`;
    default: return `${q.speaker.last} told reporters: ${o}${text}${c}`;
  }
}

function makeThread(rng: Rng, i: number, oneStory: boolean): Thread {
  const topic = TOPICS[i % TOPICS.length]!;
  const place = inventName(rng, rng.int(2, 3));
  const org = `${place} ${rng.pick(['Port Authority', 'Water Board', 'Transit Agency', 'Health Trust', 'City Council', 'Energy Company', 'Regional Government', 'Development Corporation', 'Mining Group', 'Teachers Union'])}`;
  const people = Array.from({ length: rng.int(3, 6) }, (): Person => ({ first: rng.pick(FIRST_NAMES), last: rng.pick(LAST_NAMES), role: rng.pick(ROLES) }));
  const start = new Date(Date.UTC(2019 + rng.int(0, 5), rng.int(0, 11), rng.int(1, 28), rng.int(6, 20), rng.int(0, 59)));
  const t: Thread = {
    topic, place, org, people, start,
    region: rng.pick(REGIONS),
    folder: oneStory ? 'the-story' : `${String(i + 1).padStart(3, '0')}-${topic}-${slugify(place)}`,
    facts: [], quotes: [], wires: [],
    terms: Array.from({ length: 24 }, () => inventName(rng, rng.int(2, 3))),
  };
  t.facts = Array.from({ length: rng.int(8, 14) }, () => fact(rng, t));
  t.quotes = Array.from({ length: rng.int(4, 8) }, () => ({ speaker: rng.pick(people), text: quoteText(rng, t) }));
  return t;
}

function headline(rng: Rng, t: Thread): string {
  const adj = rng.pick(ADJECTIVES);
  switch (rng.int(0, 4)) {
    case 0: return `${t.org} ${rng.pick(VERBS_PAST)} ${adj} ${rng.pick(NOUNS)} plan as ${t.topic.replace(/-/g, ' ')} row deepens`;
    case 1: return `${cap(t.topic.replace(/-/g, ' '))}: ${t.place} ${rng.pick(['faces', 'braces for', 'weighs', 'rejects', 'welcomes'])} ${adj} ${rng.pick(NOUNS)}`;
    case 2: return `What the ${t.place} ${rng.pick(NOUNS)} means for ${plural(rng.pick(NOUNS))}`;
    case 3: return `${t.people[0]!.last} ${rng.pick(VERBS_PAST)} ${t.org} over ${adj} ${rng.pick(NOUNS)}`;
    default: return `${cap(plural(rng.pick(NOUNS)))} in ${t.place} ${rng.pick(VERBS_PAST)} after ${ORDINALS[rng.int(0, 4)]} ${rng.pick(NOUNS)} ${rng.pick(['vote', 'hearing', 'report', 'meeting'])}`;
  }
}

/** Body paragraphs of roughly `target` words. */
function body(rng: Rng, t: Thread, target: number, marks: [string, string]): string[] {
  const paragraphs: string[] = [];
  let words = 0;
  const facts = rng.shuffle(t.facts);
  const quotes = rng.shuffle(t.quotes).slice(0, rng.int(2, Math.min(5, t.quotes.length)));
  let fi = 0;
  let qi = 0;
  while (words < target) {
    const sentences: string[] = [];
    const kind = rng.next();
    if (kind < 0.35 && qi < quotes.length) sentences.push(renderQuote(rng, quotes[qi++]!, t, marks));
    else if (kind < 0.7 && fi < facts.length) sentences.push(rng.pick(facts[fi++]!));
    const more = rng.int(1, 4);
    for (let i = 0; i < more; i++) sentences.push(filler(rng, t));
    const paragraph = sentences.join(' ');
    paragraphs.push(paragraph);
    words += countWords(paragraph);
  }
  return paragraphs;
}

function frontMatter(fields: Record<string, string | undefined>): string {
  const lines = Object.entries(fields).filter(([, v]) => v !== undefined).map(([k, v]) => `${k}: ${JSON.stringify(v)}`);
  return `---\n${lines.join('\n')}\n---\n`;
}

/** Generates the archive into `contentDir` (emptied first) and returns what was written. */
export function generateArchive(contentDir: string, options: GenerateOptions): Archive {
  const rng = createRng(options.seed);
  const storyCount = options.stories ?? Math.max(50, Math.ceil(options.articles / 40));
  const publisherCount = options.publishers ?? 24;
  const publishers = Array.from({ length: publisherCount }, (_, i) => makePublisher(rng.fork(`publisher-${i}`), i));
  const threads = Array.from({ length: storyCount }, (_, i) => makeThread(rng.fork(`thread-${i}`), i, options.oneStory));
  rmSync(contentDir, { recursive: true, force: true });
  mkdirSync(contentDir, { recursive: true });
  writeFileSync(join(contentDir, 'archive.yml'), `title: Benchmark archive (seed ${options.seed})\ndescription: Synthetic news coverage generated by bench/generate.ts.\n`);

  const articles: GeneratedArticle[] = [];
  const stats = { bytes: 0, md: 0, mdNoBody: 0, txt: 0, dated: 0, wireCopies: 0, wireStories: 0, minW: Infinity, maxW: 0, sumW: 0 };
  const quoteUse = new Map<string, number>();
  const arng = rng.fork('articles');
  const folders = new Set<string>();
  for (let i = 0; i < options.articles; i++) {
    const t = threads[i % threads.length]!;
    const pub = publishers[arng.int(0, publishers.length - 1)]!;
    const dated = arng.chance(0.8);
    const date = new Date(t.start.getTime() + arng.int(0, 14 * 24 * 60) * 60_000);
    let title: string;
    let paragraphs: string[];
    let author = arng.pick(pub.staff);
    // Wire copy: a story distributed verbatim to several publishers.
    const openWire = t.wires.find((w) => w.copies > 0);
    if (openWire && arng.chance(0.5)) {
      openWire.copies--;
      stats.wireCopies++;
      title = openWire.headline;
      paragraphs = openWire.body;
      author = openWire.author;
    } else {
      title = headline(arng, t);
      paragraphs = body(arng, t, arng.int(300, 1200), pub.quoteMarks);
      for (const q of t.quotes) if (paragraphs.some((p) => p.includes(q.text.slice(0, 30)))) quoteUse.set(q.text, (quoteUse.get(q.text) ?? 0) + 1);
      if (arng.chance(0.04)) {
        const agency = arng.pick(['Associated Wire', 'Continental Press Agency', 'Global News Service']);
        const wireBody = [`${t.region.toUpperCase()} (${agency}) — ${paragraphs[0]!}`, ...paragraphs.slice(1)];
        t.wires.push({ headline: title, body: wireBody, date, copies: arng.int(2, 4), author: `${arng.pick(FIRST_NAMES)} ${arng.pick(LAST_NAMES)}, ${agency}` });
        stats.wireStories++;
        stats.wireCopies++;
        paragraphs = wireBody;
      }
    }
    const words = paragraphs.reduce((n, p) => n + countWords(p), 0);
    stats.minW = Math.min(stats.minW, words);
    stats.maxW = Math.max(stats.maxW, words);
    stats.sumW += words;
    if (dated) stats.dated++;

    const asRecord = arng.chance(0.12);
    const slug = slugify(title).slice(0, 48).replace(/-$/, '');
    const name = `${String(i).padStart(5, '0')}_${pub.domain.split('.')[0]}_${slug}.${asRecord ? 'md' : 'txt'}`;
    const rel = `${t.folder}/${name}`;
    let text: string;
    let raw: string;
    if (asRecord) {
      stats.md++;
      const noBody = arng.chance(0.2);
      if (noBody) stats.mdNoBody++;
      const excerpt = paragraphs[0]!.split('. ')[0]!.replace(/\.?$/, '.');
      const fm = frontMatter({
        title,
        excerpt,
        author,
        siteName: pub.name,
        publishedDateTime: dated ? date.toISOString().replace(/\.\d+Z$/, 'Z') : undefined,
        webUrl: `https://www.${pub.domain}/${t.topic}/${date.getUTCFullYear()}/${slug}`,
        type: 'article',
      });
      text = noBody ? excerpt : paragraphs.join('\n\n');
      raw = `${fm}${noBody ? '' : `${text}\n`}`;
    } else {
      stats.txt++;
      const lines: string[] = [pub.nav, title];
      if (arng.chance(0.6)) lines.push(filler(arng, t));
      if (arng.chance(0.7)) lines.push(pub.photoCredit(`${arng.pick(FIRST_NAMES)} ${arng.pick(LAST_NAMES)}`));
      lines.push(pub.byline(author));
      if (dated) lines.push(pub.dateLine(date));
      const at = Math.min(paragraphs.length, arng.int(2, 4));
      lines.push(...paragraphs.slice(0, at), pub.newsletter, ...paragraphs.slice(at), pub.share);
      if (arng.chance(0.5)) lines.push(pub.related, headline(arng, t), headline(arng, t));
      lines.push(pub.footer);
      text = lines.join(pub.blankLines ? '\n\n' : '\n');
      raw = `${text}\n`;
    }
    if (!folders.has(t.folder)) {
      mkdirSync(join(contentDir, t.folder), { recursive: true });
      folders.add(t.folder);
    }
    writeFileSync(join(contentDir, rel), raw);
    stats.bytes += Buffer.byteLength(raw);
    articles.push({ path: rel, title, text, dated });
  }
  const t0 = threads[0]!;
  const summary: GenerateSummary = {
    params: {
      articles: options.articles, seed: options.seed, oneStory: options.oneStory, stories: storyCount,
      storyFolders: options.oneStory ? 1 : storyCount, publishers: publisherCount,
    },
    files: articles.length,
    bytes: stats.bytes,
    bodyWords: { min: stats.minW, max: stats.maxW, mean: Math.round(stats.sumW / Math.max(1, articles.length)) },
    formats: { txt: stats.txt, md: stats.md, mdWithoutBody: stats.mdNoBody },
    dated: stats.dated,
    undated: articles.length - stats.dated,
    wireCopies: stats.wireCopies,
    wireStories: stats.wireStories,
    sharedQuotes: [...quoteUse.values()].filter((n) => n >= 2).length,
    searchTerms: [t0.place.toLowerCase(), threads[1 % threads.length]!.people[0]!.last.toLowerCase()],
  };
  return { summary, articles };
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: { articles: { type: 'string', default: '1000' }, seed: { type: 'string', default: '1' }, 'one-story': { type: 'boolean', default: false }, out: { type: 'string', default: '.dossier/bench/content' } },
  });
  const out = resolve(values.out);
  const { summary } = generateArchive(out, { articles: Number(values.articles), seed: Number(values.seed), oneStory: values['one-story'] });
  process.stdout.write(`${JSON.stringify({ out, ...summary }, null, 2)}\n`);
}
