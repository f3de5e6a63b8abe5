import type { LineVerdict } from '../types.ts';
import type { Found } from './field.ts';
import { tidy } from './field.ts';

/** How far into a line publisher evidence is looked for. */
const MAX_CHARS = 600;

const NAME = "([\\p{Lu}\\p{N}][\\p{L}\\p{N}&.'’!-]*(?:\\s+(?:of|the|on|&|and|de|du|la|el)?\\s*[\\p{Lu}\\p{N}][\\p{L}\\p{N}&.'’!-]*){0,4})";

/** Patterns that name the publisher, with a weight for how strongly. */
const RULES: ReadonlyArray<{ re: RegExp; weight: number; personRisk?: boolean }> = [
  { re: new RegExp(`\\bwant ${NAME} to notify you`, 'u'), weight: 3 },
  { re: new RegExp(`^(?:popular|trending|more|latest|most read|most popular|best|top stories) (?:on|from|at) ${NAME}\\s*:?$`, 'iu'), weight: 3 },
  { re: new RegExp(`\\bthe post .{1,300}? appeared first on ${NAME}\\.?$`, 'iu'), weight: 3 },
  { re: new RegExp(`\\b(?:alerts|updates|notifications|emails|newsletters?|stories) from ${NAME}(?:[.!?,]|$| on | and )`, 'u'), weight: 2 },
  { re: new RegExp(`\\b(?:recommended|reviewed|tested) by ${NAME} (?:are|is|were)\\b`, 'u'), weight: 2 },
  { re: new RegExp(`^(?:sign up for|subscribe to|get) (?:the |our )?${NAME}(?:'s|’s)? (?:newsletter|daily|weekly|app)`, 'iu'), weight: 2 },
  { re: new RegExp(`^(?:follow|like) ${NAME} on (?:twitter|facebook|instagram|linkedin|x|threads|bluesky|youtube|tiktok)\\b`, 'iu'), weight: 2, personRisk: true },
  { re: new RegExp(`^(?:©|\\(c\\)|copyright)\\s*(?:©\\s*)?(?:\\d{4}(?:\\s*[-–]\\s*\\d{4})?,?\\s+)?${NAME}`, 'iu'), weight: 2 },
  { re: new RegExp(`^[Hh]ome\\s*(?:[›»>|/]\\s*)?${NAME} News(?=\\p{Lu}|\\s*[›»>|/])`, 'u'), weight: 2 },
  { re: new RegExp(`^\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3}\\s?/\\s?${NAME}$`, 'u'), weight: 2 },
  { re: new RegExp(`^(?:this (?:article|story) (?:was )?(?:produced|published|written) by|a service of) ${NAME}`, 'iu'), weight: 2 },
];

/** Wire agencies named in a dateline ("WASHINGTON (Reuters) -"): weak evidence, syndication is common. */
const WIRE = /^[\p{Lu}][\p{Lu} .,'’-]{2,40}(?:,\s*[\p{L} .]{1,30})?\s*\((Reuters|AP|AFP|Bloomberg|UPI|CNN|Xinhua|dpa|PA|ANI|IANS|PTI)\)\s*[-–—]/u;
const WIRE_NAMES: Readonly<Record<string, string>> = { AP: 'Associated Press', PA: 'PA Media', dpa: 'dpa' };

/** Names that are photo agencies or platforms, never the page's publisher. */
const NOT_PUBLISHERS = /^(?:getty(?: images)?|shutterstock|istock(?:photo)?|afp|ap|associated press|reuters|epa|alamy|unsplash|pexels|twitter|facebook|instagram|linkedin|youtube|tiktok|google|apple|us|me|him|her|them|our|the|this|wikimedia commons|flickr|handout|pool|file)$/i;

/** A cleaned-up publisher name, or null when the candidate is not name-like. */
export function publisherName(raw: string): string | null {
  const name = tidy(raw.replace(/(?:'s|’s)$/u, '').replace(/[.,]?\s+(?:all rights reserved|inc|ltd|llc|plc|gmbh|s\.a|co)\.?$/i, '').replace(/\s+(?:all|and its|and|or|is|are)$/i, ''));
  if (name.length < 2 || name.length > 50 || NOT_PUBLISHERS.test(name)) return null;
  return name;
}

/** A publisher candidate with its accumulated weight. */
interface Candidate {
  name: string;
  weight: number;
  provenance: string;
  order: number;
}

const ORG_WORD = /\b(?:news|times|post|daily|journal|media|magazine|herald|tribune|online|tv|radio|network|insider|today|wire|press|gazette|chronicle|observer|guardian|independent|telegraph|mail|express|standard|review|weekly|digital|tech|africa|asia|europe|world|global|report|reporter|register|star|sun|mirror|bulletin|monitor|hub|lab|labs|inc|group|staff|desk|team|\.com|\.net|\.org)\b/i;
const PERSON = /^\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}\.?)?(?:\s+(?:de |van |von |da |del |le |la |di |mc|o')?\p{Lu}[\p{Ll}'’-]+){1,2}$/u;

/** True when a name looks like a person rather than an outlet. */
function personShaped(name: string, people: ReadonlySet<string>, strict: boolean): boolean {
  if (people.has(name.toLowerCase())) return true;
  return strict && PERSON.test(name) && !ORG_WORD.test(name);
}

/**
 * Find the publisher named by the page chrome ("Want CNET to notify you",
 * "Popular on Engadget", "Angela Lang/CNET", "© 2021 Example Media"…),
 * voting across lines. `people` holds names already known to be people
 * (author, editor), which are never taken as the publisher.
 */
export function publisherEvidence(verdicts: readonly LineVerdict[], people: ReadonlySet<string>, extra: readonly Found[] = []): Found | null {
  const candidates = new Map<string, Candidate>();
  const add = (raw: string, weight: number, provenance: string, personRisk = false): void => {
    const name = publisherName(raw);
    if (name === null || personShaped(name, people, personRisk)) return;
    const key = name.toLowerCase();
    const existing = candidates.get(key);
    if (existing) existing.weight += weight;
    else candidates.set(key, { name, weight, provenance, order: candidates.size });
  };
  for (const found of extra) add(found.value, 2, found.provenance);
  for (const v of verdicts) {
    const text = (typeof v.text === 'string' ? v.text : '').slice(0, MAX_CHARS).trim();
    if (text.length === 0) continue;
    for (const { re, weight, personRisk } of RULES) {
      const m = re.exec(text);
      if (m?.[1] !== undefined) add(m[1], weight, `line ${v.n}`, personRisk === true);
    }
    const wire = WIRE.exec(text);
    if (wire?.[1] !== undefined) {
      const name = WIRE_NAMES[wire[1]] ?? wire[1];
      const key = name.toLowerCase();
      const existing = candidates.get(key);
      if (existing) existing.weight += 1;
      else candidates.set(key, { name, weight: 1, provenance: `line ${v.n}`, order: candidates.size });
    }
  }
  let best: Candidate | null = null;
  for (const c of candidates.values()) if (best === null || c.weight > best.weight) best = c;
  return best === null ? null : { value: best.name, provenance: best.provenance };
}
