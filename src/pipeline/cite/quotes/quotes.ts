/**
 * Direct quotations in an article's passages, with their speakers resolved within the article.
 *
 * Quote spans
 *  - Marks: straight `"` (toggles), curly `“` (opens) and `”` (closes), guillemets `«`/`»`. Single
 *    quotes are not quotation marks here (they are apostrophes far too often).
 *  - A quote left open at the end of a passage continues into the next passage when that passage is a
 *    list item or starts with an opening mark (the multi-paragraph convention); otherwise it ends with
 *    its passage (an article cut after an unclosed quote still yields the quote).
 *  - Split quotes: `"A," said X, "b …"` — the first part ends with a comma and the attribution between
 *    the two parts ends with a comma — are ONE quote ("A, b …"). When the attribution ends a sentence
 *    (`"A," X said. "B"`) they are two quotes with the same speaker.
 *  - Kept: quotes of ≥ 6 words, and shorter quotes that are a whole sentence (start of a sentence or
 *    after `said:`/`said,`, and ending with . ! ?). Dropped: scare quotes and partial quotes under 6
 *    words (“review factors”, “grounded in human rights”). Partial quotes of ≥ 6 words are kept.
 *  - `text` is the quoted words, whitespace collapsed, without the marks and without a trailing comma.
 *
 * Speakers
 *  - Attribution after the quote (`," X said`, `," said X`, `," X told the Post`, `," X adds`,
 *    `," according to X`, `," X said in a statement`, …) or before it in the same sentence
 *    (`X said: "…"`, `According to X, "…"`, `In a statement, X said: "…"`,
 *    `the company said it wanted … :` then the quote).
 *  - A quote without its own attribution takes the speaker of the previous quote in the same passage;
 *    a passage that is only a quotation takes the attribution of the previous passage when that ends
 *    with `:` or holds a quote (continuation), else of the next passage when it opens with one.
 *  - Resolution within the article: a surname alone → the latest full name ending with it mentioned up
 *    to there ("Smith" → "Brad Smith"); titles are stripped ("Microsoft President Brad Smith" → "Brad
 *    Smith"); roles lose their article ("a/the Microsoft spokesperson" → "Microsoft spokesperson",
 *    "a spokesperson for Microsoft" → "Microsoft spokesperson"); "the company/firm" → the article's
 *    dominant organisation name; he/she → the last named person; "the spokesperson" → the last
 *    "… spokesperson" speaker.
 * Linear in the text; no backtracking-prone patterns.
 */
import type { Metadata, Passage } from '../../types.ts';
import { groupBySharedRuns } from '../shared-runs.ts';

export interface FoundQuote {
  text: string;
  speaker: string | null;
  /** Passage id (the passage where the quote opens). */
  passage: string;
}

/** Normalised key for matching the same quote across sources: folded case/accents, apostrophes
 *  removed, other punctuation and quote marks → space, whitespace collapsed. */
export function quoteKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘`´]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

// ------------------------------------------------------------------------------------------------
const VERBS = new Set(
  ('said says say told tells added adds wrote writes explained explains noted notes stated states continued ' +
    'continues argued argues insisted insists warned warns claimed claims tweeted tweets posted responded ' +
    'replied asked asks commented comments declared declares announced acknowledged admitted recalled ' +
    'remarked observed emphasized emphasised stressed concluded suggested predicted cautioned conceded ' +
    'countered maintained affirmed confirmed confirms reiterated reiterates urged urges').split(' '),
);
const ROLE = new Set(
  ('spokesperson spokesman spokeswoman spokespeople representative rep official officials executive ' +
    'president ceo cfo coo cto chief director chairman chairwoman chair founder cofounder co-founder head ' +
    'secretary minister senator sen governor gov mayor manager leader commissioner deputy attorney lawyer ' +
    'counsel prosecutor judge analyst professor prof dr researcher economist vice general officer ' +
    'mr mrs ms rep').split(' '),
);
const ORG_NOUNS = new Set('company firm group organisation organization agency department ministry government giant'.split(' '));
const SUBJECT_STOP = new Set(
  ('in on at during to about after before while when via through who which that adding noting saying ' +
    'explaining because as from for with and but if than').split(' '),
);
const PRONOUN_PERSON = new Set(['he', 'she']);
const PRONOUN_ANY = new Set(['they', 'it', 'we', 'i']);
const DETERMINERS = new Set(['a', 'an', 'the', 'one', 'another']);
const CAP_STOP = new Set(
  ('The A An This That These Those It Its He She They We I In On At For But And Or So If As When While After ' +
    'Before Since Until Last Next Its Our Their His Her My Your According Some Many Both Two One Three Tech ' +
    'Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July ' +
    'August September October November December US U.S. Congress Post').split(' '),
);

const OPEN = new Set(['“', '«']);
const CLOSE = new Set(['”', '»']);

interface Span {
  /** Offsets of the quoted text (inside the marks) in the passage text. */
  start: number;
  end: number;
  /** Offsets of the marks themselves (open may be -1 when continued from a previous passage). */
  open: number;
  close: number;
}

interface RawQuote {
  passageIdx: number;
  passage: string;
  /** Offsets within the passage text. */
  open: number;
  close: number;
  text: string;
  /** Start of the sentence holding the opening mark (offset). */
  sentenceStart: number;
  speakerRaw: string[] | null;
  /** The quote is a whole sentence (vs a partial quote inside a sentence). */
  full: boolean;
}

/** Quote spans of one passage; `carry` says a quote is already open at its start. */
function spansOf(text: string, carry: boolean): { spans: Span[]; openAtEnd: boolean } {
  const spans: Span[] = [];
  let inside = carry;
  let start = 0;
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? '';
    if (ch === '"') {
      if (inside && i === 0 && carry) {
        // a re-opening mark at the start of a continued paragraph
        start = 1;
        continue;
      }
      if (!inside) {
        inside = true;
        open = i;
        start = i + 1;
      } else {
        spans.push({ start, end: i, open, close: i });
        inside = false;
      }
    } else if (OPEN.has(ch)) {
      // an opening mark inside an open quote (unbalanced): restart the quote here
      inside = true;
      open = i === 0 && carry ? -1 : i;
      start = i + 1;
    } else if (CLOSE.has(ch)) {
      if (inside) {
        spans.push({ start, end: i, open, close: i });
        inside = false;
      } else if (spans.length === 0 && i > 0) {
        // a closing mark with no opening one: the quote began at the passage start
        spans.push({ start: 0, end: i, open: -1, close: i });
      }
    }
  }
  if (inside) spans.push({ start, end: text.length, open, close: text.length });
  return { spans, openAtEnd: inside };
}

function words(s: string): string[] {
  return s.split(/\s+/).filter(Boolean);
}
/** A word without the punctuation around it. */
function bare(w: string): string {
  // Most words start and end with an ASCII letter or digit, and have nothing to strip.
  if (w.length > 0 && isAsciiAlnum(w.charCodeAt(0)) && isAsciiAlnum(w.charCodeAt(w.length - 1))) return w;
  return w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}
function isAsciiAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
function isCap(w: string): boolean {
  return /^\p{Lu}/u.test(bare(w));
}

/** Start of the sentence containing offset `at` (bounded look-back). */
function sentenceStartBefore(text: string, at: number): number {
  const stop = Math.max(0, at - 400);
  for (let i = at - 1; i > stop; i--) {
    const ch = text[i] ?? '';
    if ((ch === ' ' || ch === '\n') && /[.!?]["”’)]?$/.test(text.slice(Math.max(0, i - 3), i))) {
      const prev = text.slice(Math.max(0, i - 4), i);
      if (/\b(?:Mr|Ms|Mrs|Dr|St)\.$/.test(prev)) continue;
      return i + 1;
    }
  }
  return stop === 0 ? 0 : stop;
}

/** Tokens of a subject in verb-subject order ("said Matt Cagle, a …" → Matt Cagle). */
function subjectAfterVerb(tokens: string[]): string[] {
  const out: string[] = [];
  for (const t of tokens) {
    const b = bare(t);
    if (!b) break;
    const lb = b.toLowerCase();
    if (out.length > 0 && SUBJECT_STOP.has(lb)) break;
    out.push(t);
    if (/[,.;:!?]["”’)]*$/.test(t) || out.length >= 8) break;
  }
  return out;
}

/** Subject tokens in subject-verb order: those before the verb, after the last clause comma. */
function subjectBeforeVerb(tokens: string[]): string[] {
  // "Brad Smith, Microsoft's president," → Brad Smith (appositive)
  let sub = tokens;
  const firstComma = sub.findIndex((t) => t.endsWith(','));
  if (firstComma >= 0 && firstComma < sub.length - 1 && sub[sub.length - 1]?.endsWith(',')) {
    sub = sub.slice(0, firstComma + 1);
  } else {
    let lastComma = -1;
    sub.forEach((t, i) => {
      if (t.endsWith(',') && i < sub.length - 1) lastComma = i;
    });
    sub = sub.slice(lastComma + 1);
  }
  return sub.slice(-8);
}

/** The attribution right after a quote, as raw subject tokens, or null. */
function attributionAfter(after: string): string[] | null {
  // up to the end of the sentence or the next opening mark
  let end = after.length;
  for (let i = 0; i < Math.min(after.length, 300); i++) {
    const ch = after[i] ?? '';
    if (ch === '"' || OPEN.has(ch)) {
      end = i;
      break;
    }
    if ((ch === '.' || ch === '!' || ch === '?') && i > 2 && /\s/.test(after[i + 1] ?? ' ')) {
      const w = after.slice(Math.max(0, i - 4), i);
      if (/\b(?:Mr|Ms|Mrs|Dr|St|\p{Lu})$/u.test(w)) continue;
      end = i + 1;
      break;
    }
    end = i + 1;
  }
  const tokens = words(after.slice(0, end)).slice(0, 20);
  if (tokens.length === 0) return null;
  // leading punctuation-only tokens
  while (tokens.length > 0 && !bare(tokens[0] ?? '')) tokens.shift();
  const t0 = bare(tokens[0] ?? '').toLowerCase();
  const t1 = bare(tokens[1] ?? '').toLowerCase();
  if (t0 === 'according' && t1 === 'to') return subjectAfterVerb(tokens.slice(2));
  if (VERBS.has(t0)) return subjectAfterVerb(tokens.slice(1));
  for (let i = 1; i < Math.min(tokens.length, 10); i++) {
    const tok = tokens[i] ?? '';
    const w = bare(tok).toLowerCase();
    if (VERBS.has(w) && tok === tok.toLowerCase().replace(/^./, (c) => c)) {
      const sub = subjectBeforeVerb(tokens.slice(0, i));
      if (sub.length === 0) return null;
      // the subject must look like one: names, roles, determiners, pronouns — no clause words
      if (sub.some((t) => SUBJECT_STOP.has(bare(t).toLowerCase()) && bare(t).toLowerCase() !== 'for' && bare(t).toLowerCase() !== 'and')) return null;
      return sub;
    }
  }
  return null;
}

/** The attribution introducing a quote from before it in the same sentence (`X said: "`), or null. */
function attributionBefore(before: string): string[] | null {
  const trimmed = before.trimEnd();
  if (!/[:,]$/.test(trimmed)) return null;
  const tokens = words(trimmed).slice(-25);
  const first = bare(tokens[0] ?? '').toLowerCase();
  if (first === 'according' && bare(tokens[1] ?? '').toLowerCase() === 'to') return subjectAfterVerb(tokens.slice(2));
  for (let i = tokens.length - 1; i >= 1; i--) {
    const tok = tokens[i] ?? '';
    const w = bare(tok).toLowerCase();
    if (VERBS.has(w)) {
      // the verb must be followed by little: "said:", "told the Post:", "said it wanted … :"
      if (tokens.length - 1 - i > 14) return null;
      const sub = subjectBeforeVerb(tokens.slice(0, i));
      return sub.length > 0 ? sub : null;
    }
  }
  return null;
}

// ------------------------------------------------------------------------------------------------
interface Context {
  /** Full names (≥ 2 capitalised tokens) with the global offset of their last mention. */
  names: Array<{ name: string; last: string; at: number }>;
  /** "<Org> spokesperson" mentions: the capitalised word before a spokes* role word. */
  roles: Array<{ role: string; phrase: string; at: number }>;
  org: string | null;
}

function buildContext(passages: Passage[]): Context {
  const names: Context['names'] = [];
  const roles: Context['roles'] = [];
  const counts = new Map<string, number>();
  const surnames = new Set<string>();
  let offset = 0;
  for (const p of passages) {
    const toks = p.text.split(/\s+/);
    let run: string[] = [];
    let runAt = offset;
    let pos = offset;
    const flush = (): void => {
      // strip leading stop/role words
      while (run.length > 0 && (CAP_STOP.has(bare(run[0] ?? '')) || ROLE.has(bare(run[0] ?? '').toLowerCase()))) run.shift();
      if (run.length >= 2 && run.length <= 3) {
        const name = run.map(bare).join(' ');
        const last = bare(run[run.length - 1] ?? '');
        names.push({ name, last, at: runAt });
        surnames.add(last);
      }
      run = [];
    };
    let prevRaw = '';
    for (const raw of toks) {
      const b = bare(raw);
      const lb = b.toLowerCase();
      if (/^spokes/.test(lb) && /^\p{Lu}/u.test(bare(prevRaw)) && !CAP_STOP.has(bare(prevRaw))) {
        roles.push({ role: lb, phrase: `${bare(prevRaw).replace(/['’]s$/, '')} ${lb}`, at: pos });
      }
      prevRaw = raw;
      const cap = b.length > 0 && /^\p{Lu}[\p{L}'’.-]*$/u.test(b) && !/^\p{Lu}+$/u.test(b.replace(/[.]/g, '')) ? true : /^\p{Lu}\.$/u.test(b + '.') && b.length === 1;
      const startsWithQuote = /^["“«(]/.test(raw);
      if (cap && !startsWithQuote && !/['’]s$/.test(raw.replace(/[,.;:!?]+$/, ''))) {
        if (run.length === 0) runAt = pos;
        run.push(raw);
        if (/[,.;:!?"”»)]$/.test(raw)) flush();
      } else {
        if (cap && /['’]s$/.test(raw.replace(/[,.;:!?]+$/, ''))) {
          // possessive ends a name: "Microsoft's"
          flush();
        } else flush();
      }
      if (b && /^\p{Lu}/u.test(b) && !CAP_STOP.has(b)) {
        const key = b.replace(/['’]s$/, '');
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
      pos += raw.length + 1;
    }
    flush();
    offset += p.text.length + 1;
  }
  let org: string | null = null;
  let best = 0;
  const givenNames = new Set(names.map((x) => x.name.split(' ')[0]));
  for (const [w, n] of counts) {
    if (surnames.has(w) || ROLE.has(w.toLowerCase()) || givenNames.has(w)) continue;
    if (n > best || (n === best && org !== null && w < org)) {
      best = n;
      org = w;
    }
  }
  return { names, roles, org: best >= 2 ? org : null };
}

/** The latest full name mentioned before `at` (fallback for he/she). */
function lastNameBefore(ctx: Context, at: number): string | null {
  let pick: string | null = null;
  for (const n of ctx.names) if (n.at <= at) pick = n.name;
  return pick;
}

function resolveSurname(ctx: Context, surname: string, at: number): string | null {
  let pick: string | null = null;
  let pickAt = -1;
  for (const n of ctx.names) {
    if (n.last !== surname || n.name === surname) continue;
    if (n.at <= at && n.at > pickAt) {
      pick = n.name;
      pickAt = n.at;
    }
  }
  if (pick !== null) return pick;
  for (const n of ctx.names) if (n.last === surname && n.name !== surname) return n.name;
  return null;
}

interface SpeakerState {
  lastPerson: string | null;
  lastSpeaker: string | null;
  lastSpokes: string | null;
}

/** Turns raw subject tokens into a speaker string, resolving within the article. */
function normaliseSpeaker(raw: string[], ctx: Context, at: number, st: SpeakerState): string | null {
  let toks = raw.map(bare).filter(Boolean);
  if (toks.length === 0) return null;
  const lower = toks.map((t) => t.toLowerCase());
  if (toks.length === 1 && PRONOUN_PERSON.has(lower[0] ?? '')) return st.lastPerson ?? lastNameBefore(ctx, at);
  if (toks.length === 1 && PRONOUN_ANY.has(lower[0] ?? '')) return st.lastSpeaker;
  // strip determiners
  while (toks.length > 0 && DETERMINERS.has((toks[0] ?? '').toLowerCase())) toks = toks.slice(1);
  if (toks.length === 0) return null;
  // "a spokesperson for Microsoft" → "Microsoft spokesperson"
  const forIdx = toks.findIndex((t) => t === 'for' || t === 'at' || t === 'of');
  if (forIdx > 0 && ROLE.has((toks[forIdx - 1] ?? '').toLowerCase()) && forIdx < toks.length - 1) {
    toks = [...toks.slice(forIdx + 1).filter((t) => !DETERMINERS.has(t.toLowerCase())), ...toks.slice(0, forIdx)];
  }
  const low = toks.map((t) => t.toLowerCase());
  // "the company" / "the firm" (possibly "the tech giant")
  if (low.every((t) => ORG_NOUNS.has(t) || t === 'tech' || t === 'software')) return ctx.org;
  // "the spokesperson" → last spokesperson
  if (toks.length === 1 && ROLE.has(low[0] ?? '') && !isCap(toks[0] ?? '')) {
    if (/^spokes/.test(low[0] ?? '')) {
      if (st.lastSpokes !== null) return st.lastSpokes;
      const role = low[0] ?? '';
      let pick: string | null = null;
      for (const m of ctx.roles) if (m.role === role && m.at <= at) pick = m.phrase;
      if (pick !== null) return pick;
    }
    return toks[0] ?? null;
  }
  // a name after titles: "Microsoft President Brad Smith", "company president Brad Smith"
  let lastRole = -1;
  toks.forEach((t, i) => {
    if (ROLE.has(t.toLowerCase()) || (!isCap(t) && i < toks.length - 1)) lastRole = i;
  });
  const afterRole = toks.slice(lastRole + 1);
  if (afterRole.length > 0 && afterRole.every(isCap)) {
    if (afterRole.length === 1) {
      const full = resolveSurname(ctx, afterRole[0] ?? '', at);
      return full ?? afterRole[0] ?? null;
    }
    return afterRole.join(' ');
  }
  // a role phrase: "Microsoft spokesperson", "company's spokesperson"
  const phrase = toks.map((t) => t.replace(/['’]s$/, '')).join(' ');
  if (phrase.split(' ').length > 6) return null;
  return phrase.replace(/^(company|firm)\b/i, ctx.org ?? '$1');
}

function isPersonName(s: string): boolean {
  const parts = s.split(' ');
  return parts.length >= 2 && parts.every((p) => /^\p{Lu}/u.test(p)) && !parts.some((p) => ROLE.has(p.toLowerCase()));
}

// ------------------------------------------------------------------------------------------------
export function findQuotes(passages: Passage[], meta?: Metadata): FoundQuote[] {
  void meta; // reserved: the article's metadata does not change attribution today
  const ctx = buildContext(passages);
  const st: SpeakerState = { lastPerson: null, lastSpeaker: null, lastSpokes: null };
  const out: FoundQuote[] = [];
  let carry = false;
  let carried: FoundQuote | null = null;
  let offset = 0;
  let prevPassageSpeaker: string | null = null;
  let prevEndsWithColonSpeaker: string | null = null;
  for (let pi = 0; pi < passages.length; pi++) {
    const p = passages[pi];
    if (p === undefined) continue;
    const text = p.text;
    const continues = carry && (p.kind === 'list-item' || /^\s*["“«]/.test(text) || /^[^“"«]*[”»]/.test(text));
    const { spans, openAtEnd } = spansOf(text, continues);
    const quotes: RawQuote[] = [];
    let i = 0;
    while (i < spans.length) {
      const s = spans[i];
      if (s === undefined) break;
      let qText = text.slice(s.start, s.end);
      let close = s.close;
      let splitBy: string[] | null = null;
      // merge "A," said X, "b…"
      for (;;) {
        const nx = spans[i + 1];
        if (nx === undefined) break;
        const between = text.slice(close + 1, nx.open);
        if (!/,\s*$/.test(qText.trimEnd()) || !/,\s*$/.test(between) || words(between).length > 12) break;
        const attr = attributionAfter(between);
        if (attr === null) break;
        splitBy ??= attr;
        qText = qText.trimEnd() + ' ' + text.slice(nx.start, nx.end);
        close = nx.close;
        i++;
      }
      const sentenceStart = s.open >= 0 ? sentenceStartBefore(text, s.open) : 0;
      const before = s.open >= 0 ? text.slice(sentenceStart, s.open) : '';
      const after = close < text.length ? text.slice(close + 1) : '';
      let speakerRaw = splitBy ?? attributionAfter(firstSpanOfAfter(after, spans[i + 1], close, text));
      const introduced = attributionBefore(before);
      if (speakerRaw === null) speakerRaw = introduced;
      const full = before.trim() === '' || introduced !== null || /[:,]\s*$/.test(before);
      quotes.push({ passageIdx: pi, passage: p.id, open: s.open, close, text: qText, sentenceStart, speakerRaw, full });
      i++;
    }

    // continuation of an open quote from the previous passage
    let continued: FoundQuote | null = null;
    if (continues && carried !== null && quotes.length > 0 && quotes[0]?.open === -1) {
      const q0 = quotes.shift();
      if (q0 !== undefined) {
        const piece = collapse(q0.text).replace(/^[•*·-]\s*/, '').replace(/[,;:\s]+$/, '');
        carried.text = collapse(carried.text + ' ' + piece);
        if (carried.speaker === null && q0.speakerRaw !== null) carried.speaker = normaliseSpeaker(q0.speakerRaw, ctx, offset, st);
        if (q0.close === text.length) continued = carried;
      }
    }

    const wholePassage =
      quotes.length === 1 && (quotes[0]?.open ?? 0) <= 1 && text.length - (quotes[0]?.close ?? 0) <= 2;
    let passageSpeaker: string | null = null;
    let lastInPassage: string | null = null;
    const found: FoundQuote[] = [];
    for (const q of quotes) {
      let speaker = q.speakerRaw !== null ? normaliseSpeaker(q.speakerRaw, ctx, offset + Math.max(0, q.open), st) : null;
      if (speaker === null && lastInPassage !== null) speaker = lastInPassage;
      if (speaker === null && wholePassage) speaker = prevEndsWithColonSpeaker ?? prevPassageSpeaker;
      const clean = collapse(q.text).replace(/[,;:\s]+$/, '');
      const n = words(clean).length;
      const wholeSentence = q.full && /[.!?…]$/.test(clean);
      if (n >= 6 || (n >= 2 && wholeSentence && (speaker !== null || wholePassage))) {
        found.push({ text: clean, speaker, passage: q.passage });
      }
      if (speaker !== null) {
        lastInPassage = speaker;
        passageSpeaker = speaker;
        st.lastSpeaker = speaker;
        if (isPersonName(speaker)) st.lastPerson = speaker;
        if (/spokes/i.test(speaker)) st.lastSpokes = speaker;
      }
    }
    // speakers for quotes found before their attribution within the passage (attribution later on)
    for (let k = found.length - 2; k >= 0; k--) {
      const f = found[k];
      const g = found[k + 1];
      if (f !== undefined && g !== undefined && f.speaker === null && g.speaker !== null && !wholePassage) f.speaker = g.speaker;
    }
    // a whole-passage quote with no attribution before it may be attributed in the next passage
    if (wholePassage && found.length === 1 && found[0]?.speaker === null) {
      const next = passages[pi + 1];
      if (next !== undefined) {
        const raw = attributionAfter(next.text);
        if (raw !== null && words(next.text).length > 0 && /^(?:\p{Ll}|[A-Z]\w* (?:said|says|added|adds|told|wrote))/u.test(next.text)) {
          const sp = normaliseSpeaker(raw, ctx, offset, st);
          const f0 = found[0];
          if (f0 !== undefined) f0.speaker = sp;
        }
      }
    }
    out.push(...found);
    if (openAtEnd) {
      carried = quotes.length === 0 ? continued : (found[found.length - 1] ?? null);
      if (carried !== null && quotes.length > 0 && quotes[quotes.length - 1]?.close !== text.length) carried = null;
    } else carried = null;
    carry = openAtEnd && carried !== null;

    // what the next passage may inherit
    const trimmed = text.trimEnd();
    prevEndsWithColonSpeaker = null;
    if (/:$/.test(trimmed)) {
      const lastSentence = trimmed.slice(sentenceStartBefore(trimmed, trimmed.length - 1));
      const raw = attributionBefore(lastSentence) ?? lastAttributionIn(trimmed);
      if (raw !== null) prevEndsWithColonSpeaker = normaliseSpeaker(raw, ctx, offset, st);
    }
    prevPassageSpeaker = passageSpeaker;
    offset += text.length + 1;
  }
  return out;
}

/** The last "SUBJECT VERB" clause of a passage (outside quotation marks), e.g. "the company says". */
function lastAttributionIn(text: string): string[] | null {
  const tokens = words(text.slice(-2000).replace(/["“][^"“”]{0,2000}["”]/g, ' ')).slice(-80);
  for (let i = tokens.length - 1; i >= 1; i--) {
    const tok = tokens[i] ?? '';
    if (!VERBS.has(bare(tok).toLowerCase()) || tok !== tok.toLowerCase()) continue;
    const start = Math.max(0, i - 4);
    let sub = tokens.slice(start, i);
    // keep only the noun phrase right before the verb: stop at punctuation or a clause word
    let cut = 0;
    sub.forEach((t, k) => {
      if (/[,.;:]$/.test(t) || SUBJECT_STOP.has(bare(t).toLowerCase())) cut = k + 1;
    });
    sub = sub.slice(cut);
    return sub.length > 0 ? sub : null;
  }
  return null;
}

/** The text after a quote, up to the next quote's opening mark. */
function firstSpanOfAfter(after: string, next: Span | undefined, close: number, text: string): string {
  if (next === undefined || next.open < 0) return after;
  return text.slice(close + 1, next.open);
}

function collapse(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/**
 * Cross-source speaker reconciliation (for the story level): quotes from different articles that share
 * a 6-word run (on `quoteKey`) are the same quotation; when one article names the speaker more
 * precisely ("Microsoft spokesperson") than another ("Microsoft", or no speaker), the precise speaker is
 * adopted by the others. Conflicting speakers (neither refines the other) are left alone.
 * Near-linear: an index over 6-word shingles.
 */
export function reconcileSpeakers<T extends { text: string; speaker: string | null }>(quotes: readonly T[]): T[] {
  const groups = groupBySharedRuns(quotes.map((q) => quoteKey(q.text)), 6);
  const refines = (a: string, b: string | null): boolean => b === null || a === b || a.startsWith(b + ' ');
  const out = quotes.map((q) => ({ ...q }));
  for (const members of groups) {
    const speakers = [...new Set(members.map((i) => quotes[i]?.speaker ?? null).filter((s): s is string => s !== null))];
    const pick = speakers.find((s) => speakers.every((o) => refines(s, o)));
    if (pick === undefined) continue;
    for (const i of members) {
      const q = out[i];
      if (q !== undefined && refines(pick, q.speaker)) q.speaker = pick;
    }
  }
  return out;
}
