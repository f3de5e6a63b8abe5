/**
 * How fit a sentence is to stand alone in a summary: a multiplier in [0, 1] (0 = never use).
 *
 * Heuristics (each documented at its rule), all linear in the sentence length:
 *  - fragments: fewer than 7 or more than 60 words, no sentence-final punctuation (headlines, captions,
 *    chrome), starting with a lower-case letter or stray punctuation, ending with ":" → 0;
 *  - questions → 0; web chrome (subscribe, cookies, URLs, ©…) → 0;
 *  - context-dependent openers ("That", "This", "He", "But", "However", "Also", "Others"…) → 0.15; a
 *    definite description that points back ("The move…", "The decision…", "The two men…") or a bare
 *    quantifier subject ("Many said…", "Some were…") → 0.5 (`dependentOpener` tells both apart from a
 *    sentence that can open a summary);
 *  - a quotation attributed only to a pronoun ('"…," he said.') → 0.5: the speaker is unresolved;
 *  - broken grammar left by stripped link text → 0.1: a sentence opening with a bare role and no name
 *    ("President and Chief Counsel has reiterated…"), a preposition/determiner followed directly by a
 *    finite verb ("comes after put a…", "the has"), or followed directly by punctuation ("according to ,");
 *  - first-person outside quotation marks (a continuation of a quote) → 0.4;
 *  - quote-only sentences → 0.6; a piece of a multi-sentence quote (unbalanced quote marks) → 0.3.
 */
import { countWords } from './text/index.ts';

const DEPENDENT_OPENERS = new Set(
  ('that this these those he she it its they them his her their him but and or so yet also however still ' +
    'meanwhile instead moreover furthermore besides nevertheless nonetheless thus hence therefore then ' +
    'such there here both either neither additionally further likewise similarly otherwise indeed others ' +
    'nor elsewhere later afterward afterwards earlier').split(' '),
);
/** Nouns that, after "The"/"That"/"Such", point back to an event named earlier ("The move…"). */
const ANAPHORIC_NOUNS = new Set(
  ('move decision announcement step deal plan proposal measure measures incident accident attack attacks ' +
    'statement comments comment remarks news change changes ruling verdict vote report action actions ' +
    'development effort efforts agreement pledge policy case episode event situation latest same ' +
    'former latter pair two three men women man woman couple').split(' '),
);
const QUANTIFIERS = new Set('many some most several few all none both each'.split(' '));
const PRONOUN_SPEAKER = /[,!?]["”’']?\s+(?:he|she|they)\s+(?:said|says|added|adds|told|tells|asked|explained|wrote|noted|continued)\b/i;

const ROLE_WORDS = new Set(
  ('president vice chief ceo cfo coo cto director chairman chairwoman chair spokesperson spokesman spokeswoman ' +
    'secretary minister senator governor mayor executive officer counsel founder cofounder co-founder head ' +
    'general manager leader commissioner deputy attorney prosecutor judge').split(' '),
);
const ROLE_GLUE = new Set(['and', 'of', '&']);
const FINITE = new Set(
  ('has have had is are was were said says told tells announced announces reiterated reiterates added adds ' +
    'put puts will would can could did does took made gave wrote stated declared confirmed').split(' '),
);
const PREP_DET = new Set(
  ('after before by with from of at since the a an its their his her our into onto upon about against ' +
    'during without toward towards').split(' '),
);
const PREP_DET_PUNCT = new Set(
  'after before by with from of at since the a an to and as about against during via including like'.split(' '),
);
const CHROME =
  /\b(?:click here|subscribe|sign up|newsletter|cookies?|advertisement|all rights reserved|read more|follow us|share this|terms of use|terms of service|privacy policy|affiliate|sponsored|download the app|log in|notifications|javascript)\b|https?:\/\/|www\.|©|\{|\}/i;

const QUOTE_CHARS = /["“”«»]/g;
const FIRST_PERSON = new Set('i we our us my me ours'.split(' '));

/** Words of the sentence with the surrounding punctuation removed (keeps case). */
function bareWords(sentence: string, limit: number): string[] {
  const out: string[] = [];
  // The whitespace-separated words, read only as far as `limit` needs.
  const words = /\S+/g;
  for (let m = words.exec(sentence); m !== null && out.length < limit; m = words.exec(sentence)) {
    const raw = m[0];
    // A word that starts and ends with an ASCII letter or digit has no punctuation to strip.
    const w = isAsciiAlnum(raw.charCodeAt(0)) && isAsciiAlnum(raw.charCodeAt(raw.length - 1)) ? raw : raw.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    if (w) out.push(w);
  }
  return out;
}

function isAsciiAlnum(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function quoteMarksIn(text: string): number {
  return text.match(QUOTE_CHARS)?.length ?? 0;
}

/** Text with quoted spans removed (straight or curly double quotes); linear. */
export function outsideQuotes(sentence: string): string {
  let out = '';
  let inside = false;
  for (const ch of sentence) {
    if (ch === '"' || ch === '“' || ch === '”') {
      inside = ch === '“' ? true : ch === '”' ? false : !inside;
      continue;
    }
    if (!inside) out += ch;
  }
  return out;
}

/** True when the sentence shows signs of words missing (stripped link text). */
export function looksBroken(sentence: string): boolean {
  const words = bareWords(sentence, 400);
  // bare role opening: "President and Chief Counsel has reiterated …"
  const first = words[0];
  if (first !== undefined && ROLE_WORDS.has(first.toLowerCase()) && /^\p{Lu}/u.test(first)) {
    for (let i = 1; i < Math.min(words.length, 7); i++) {
      const w = words[i] ?? '';
      const lw = w.toLowerCase();
      if (FINITE.has(lw)) return true; // reached the verb without meeting a name
      if (!ROLE_WORDS.has(lw) && !ROLE_GLUE.has(lw)) break; // a name or something else: fine
    }
  }
  // preposition/determiner followed directly by a finite verb
  const tokens = sentence.split(/\s+/);
  for (let i = 0; i + 1 < tokens.length; i++) {
    const a = (tokens[i] ?? '').toLowerCase();
    const bRaw = tokens[i + 1] ?? '';
    if (PREP_DET.has(a)) {
      const b = bRaw.toLowerCase().replace(/[^\p{L}]+$/u, '');
      if (FINITE.has(b) && b === bRaw.toLowerCase()) return true;
    }
    if (PREP_DET_PUNCT.has(a) && /^[,.;:)]/.test(bRaw)) return true;
  }
  if (/\s[,;]/.test(sentence)) return true; // "by , the" — a link was removed
  return false;
}

/**
 * True when the sentence leans on what came before it and so cannot open a summary: a context-dependent
 * opener ("He…", "But…", "This…"), a definite description pointing back ("The move…", "The two men…"),
 * or a bare quantifier subject ("Many said…").
 */
export function dependentOpener(sentence: string): boolean {
  const text = sentence.trim();
  if (/^["“‘']/.test(text)) return false;
  const bare = bareWords(text, 4).map((w) => w.toLowerCase());
  const [a = '', b = '', c = ''] = bare;
  if (DEPENDENT_OPENERS.has(a)) return true;
  if (a === 'the' && (ANAPHORIC_NOUNS.has(b) || (/^(?:new|latest|proposed|planned|surprise)$/.test(b) && ANAPHORIC_NOUNS.has(c)))) return true;
  if (QUANTIFIERS.has(a) && (FINITE.has(b) || /^(?:were|are|had|have|stayed|left|fled|died|went|say)$/.test(b))) return true;
  return false;
}

/** The multiplier `sentenceQuality` applies for the opener: 0.15 (pronoun, connective…), 0.5 ("The move…"), else 1. */
export function openerPenalty(sentence: string): number {
  const text = sentence.trim();
  if (/^["“‘']/.test(text)) return 1;
  const opener = (bareWords(text, 1)[0] ?? '').toLowerCase();
  if (DEPENDENT_OPENERS.has(opener)) return 0.15;
  return dependentOpener(text) ? 0.5 : 1;
}

export function sentenceQuality(sentence: string): number {
  const text = sentence.trim();
  const words = countWords(text);
  if (words < 7 || words > 60) return 0;
  const firstChar = text[0] ?? '';
  if (!/[\p{Lu}\p{N}"“‘'(]/u.test(firstChar)) return 0;
  const stripped = text.replace(/["'”’)\]]+$/, '');
  const last = stripped[stripped.length - 1] ?? '';
  if (last === '?' ) return 0;
  if (last !== '.' && last !== '!') return 0;
  if (/:\s*["“]?$/.test(text)) return 0;
  if (CHROME.test(text)) return 0;

  let q = 1;
  q *= openerPenalty(text);
  if (PRONOUN_SPEAKER.test(text) && quoteMarksIn(text) > 0) q *= 0.5;
  if (looksBroken(text)) q *= 0.1;

  const quoteMarks = text.match(QUOTE_CHARS)?.length ?? 0;
  const outside = outsideQuotes(text);
  if (quoteMarks % 2 === 1) q *= 0.3;
  else if (quoteMarks > 0 && countWords(outside.replace(/[^\p{L}\p{N}\s]/gu, ' ')) < 3) q *= 0.6;
  else if (quoteMarks > 0) q *= 0.85;
  for (const w of bareWords(outside, 400)) {
    if (FIRST_PERSON.has(w.toLowerCase()) && w !== 'US') {
      q *= 0.4;
      break;
    }
  }
  return q;
}
