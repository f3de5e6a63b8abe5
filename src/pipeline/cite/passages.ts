import { sha256Hex } from '../../utils/hash.ts';
import type { LineVerdict, Passage, PassageKind } from '../types.ts';

/** Passage kinds for the structure an HTML page marks up. */
const STRUCTURE_KINDS: Record<string, PassageKind> = { paragraph: 'paragraph', heading: 'heading', 'list-item': 'list-item', quote: 'quote', caption: 'caption' };

const TERMINAL = /[.!?…:"”’')\]]$/;
const BULLET = /^\s*(?:[•·▪◦‣*+-]|\d{1,3}[.)])\s+/;

/**
 * Groups an article's kept lines into passages (paragraphs, headings, list items).
 * A blank or removed line always ends a passage. Within a run of consecutive kept
 * lines, a line starts a new passage unless the run is hard-wrapped text (a line
 * that stops short of sentence punctuation, or a narrow column of lines) continuing
 * the previous one. The headline is not a passage: it is the page title.
 */
export function buildPassages(verdicts: readonly LineVerdict[], structure?: readonly string[] | null): Passage[] {
  const blocks: { kind: PassageKind; lines: LineVerdict[] }[] = [];
  let run: LineVerdict[] = [];
  const flushRun = (): void => {
    if (run.length > 0) blocks.push(...splitRun(run));
    run = [];
  };
  for (const verdict of verdicts) {
    if (!verdict.keep || verdict.text.trim() === '' || verdict.reason === 'headline') {
      flushRun();
      continue;
    }
    // Structured input (HTML): every block is its own passage, of the kind the page marked up.
    const marked = structure?.[verdict.n - 1];
    if (marked) {
      flushRun();
      if (marked === 'image' || marked === 'blank') continue;
      blocks.push({ kind: STRUCTURE_KINDS[marked] ?? 'paragraph', lines: [verdict] });
      continue;
    }
    run.push(verdict);
  }
  flushRun();
  const used = new Map<string, number>();
  return blocks.map((block, i) => {
    const text = block.lines.map((l) => l.text.trim()).join(' ');
    return {
      id: passageId(text, used),
      kind: block.kind,
      text,
      lines: block.lines.map((l) => l.n),
      index: i + 1,
    };
  });
}

function splitRun(run: LineVerdict[]): { kind: PassageKind; lines: LineVerdict[] }[] {
  const widest = Math.max(...run.map((l) => l.text.trim().length));
  const wrapped = run.length > 2 && widest <= 100;
  const out: { kind: PassageKind; lines: LineVerdict[] }[] = [];
  for (const line of run) {
    const kind = kindOf(line);
    const prev = out[out.length - 1];
    const prevLast = prev?.lines[prev.lines.length - 1];
    const continues =
      prev !== undefined &&
      prevLast !== undefined &&
      kind === 'paragraph' &&
      prev.kind === 'paragraph' &&
      (wrapped ? prevLast.text.trim().length >= widest * 0.75 || !TERMINAL.test(prevLast.text.trim()) : !TERMINAL.test(prevLast.text.trim()) && /^[a-z(]/.test(line.text.trim()));
    if (continues) prev.lines.push(line);
    else out.push({ kind, lines: [line] });
  }
  return out;
}

function kindOf(line: LineVerdict): PassageKind {
  if (line.reason === 'subheading') return 'heading';
  if (line.reason === 'caption') return 'caption';
  if (line.reason === 'list-item' || BULLET.test(line.text)) return 'list-item';
  return 'paragraph';
}

/**
 * A passage id derived from its text alone, so it survives rebuilds and changes in
 * the cleaner that do not change the passage itself: `p-` and 6 hex digits of the
 * SHA-256 of the whitespace-folded text; a repeat within one article gets `-2`, `-3`….
 */
export function passageId(text: string, used: Map<string, number>): string {
  const base = `p-${sha256Hex(text.replace(/\s+/g, ' ').trim().toLowerCase()).slice(0, 6)}`;
  const count = (used.get(base) ?? 0) + 1;
  used.set(base, count);
  return count === 1 ? base : `${base}-${count}`;
}
