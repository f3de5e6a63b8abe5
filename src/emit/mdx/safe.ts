import type { SafeConfig, State, Unsafe } from 'mdast-util-to-markdown';

/**
 * A faster, byte-for-byte equivalent of `mdast-util-to-markdown`'s `safe()`
 * (v2.2.x, `lib/util/safe.js`), installed as `state.safe` by `toMdx`.
 *
 * The library runs every unsafe pattern (≈ 110 with the GFM, MDX and our own
 * rules) as a global regex over every string it writes. But a pattern can
 * only match where its `character` occurs in the scanned string (its
 * compiled regex is `(before)?<character>(after)?`, and the escape position
 * is that character), so a pattern whose character is absent from
 * `before + value + after` contributes no position and no `infos` entry.
 * Here the characters present are found in one linear pass and only the
 * patterns of present characters are run (in another order, which cannot
 * matter: positions are sorted and their flags are a conjunction over all
 * matching patterns), with the library's own compiled
 * regexes on the same subject; the rest of the algorithm (position merging,
 * intraword underscores, skipped escapes, backslash escaping) is a
 * line-for-line copy. The output is therefore identical to the library's.
 */

const own = {}.hasOwnProperty;

/**
 * Per list of unsafe patterns (one per serializer state, same objects across calls): the patterns
 * grouped by their character — ASCII characters by code, others in `other`.
 */
interface PatternIndex {
  ascii: (Unsafe[] | undefined)[];
  other: Map<string, Unsafe[]>;
}
const indexes = new WeakMap<readonly Unsafe[], PatternIndex>();

function indexOf(unsafe: readonly Unsafe[]): PatternIndex {
  let index = indexes.get(unsafe);
  if (index === undefined) {
    index = { ascii: new Array<Unsafe[] | undefined>(128).fill(undefined), other: new Map() };
    for (const pattern of unsafe) {
      const c = pattern.character;
      const code = c.length === 1 ? c.charCodeAt(0) : 128;
      let list = code < 128 ? index.ascii[code] : index.other.get(c);
      if (list === undefined) {
        list = [];
        if (code < 128) index.ascii[code] = list;
        else index.other.set(c, list);
      }
      list.push(pattern);
    }
    indexes.set(unsafe, index);
  }
  return index;
}

/** Generation stamps: `seen[code] === generation` when the ASCII character occurs in the current value. */
const seen = new Uint32Array(128);
let generation = 0;

/** `micromark-util-classify-character` for a UTF-16 code unit: 1 whitespace, 2 punctuation, else undefined. */
function classifyCharacter(code: number): 1 | 2 | undefined {
  if (code === 32) return 1;
  const ch = String.fromCharCode(code);
  if (/\s/.test(ch)) return 1;
  if (/\p{P}|\p{S}/u.test(ch)) return 2;
  return undefined;
}

function listInScope(stack: readonly string[], list: Unsafe['inConstruct'], none: boolean): boolean {
  const items = typeof list === 'string' ? [list] : list;
  if (!items || items.length === 0) return none;
  for (const item of items) if (stack.includes(item)) return true;
  return false;
}

function patternInScope(stack: readonly string[], pattern: Unsafe): boolean {
  return listInScope(stack, pattern.inConstruct, true) && !listInScope(stack, pattern.notInConstruct, false);
}

function nodeInScope(types: Unsafe['beforeNode'], node: SafeConfig['beforeNode']): boolean {
  if (!types) return true;
  if (!node) return false;
  return typeof types === 'string' ? types === node.type : types.includes(node.type);
}

function encodeCharacterReference(code: number): string {
  return '&#x' + code.toString(16).toUpperCase() + ';';
}

function escapeBackslashes(value: string, after: string): string {
  // Fast path: with no backslash in `value`, the library's loop can only add one backslash per
  // escapable backslash of `after` (never for a lone trailing one, e.g. `after` = '\\').
  if (!value.includes('\\') && !/\\(?=[!-/:-@[-`{-~])/.test(after)) return value;
  const expression = /\\(?=[!-/:-@[-`{-~])/g;
  const positions: number[] = [];
  const results: string[] = [];
  const whole = value + after;
  let start = 0;
  let match: RegExpExecArray | null;
  while ((match = expression.exec(whole))) positions.push(match.index);
  for (const position of positions) {
    if (start !== position) results.push(value.slice(start, position));
    results.push('\\');
    start = position;
  }
  results.push(value.slice(start));
  return results.join('');
}

/** Same contract and output as the library's `safe(state, input, config)`. */
export function fastSafe(state: State, input: string | null | undefined, config: SafeConfig): string {
  const value = (config.before || '') + (input || '') + (config.after || '');
  const positions: number[] = [];
  const result: string[] = [];
  const infos: Record<number, { before: boolean; after: boolean }> = {};
  const percentEncode = state.stack.includes('autolink');
  const offset = config.before ? config.before.length : 0;
  const end = value.length - (config.after ? config.after.length : 0);

  // The patterns whose character occurs in `value` (order does not matter: positions are sorted and
  // the before/after flags of a position are the conjunction over all patterns matching there).
  const index = indexOf(state.unsafe);
  const candidates: Unsafe[] = [];
  generation = (generation + 1) >>> 0;
  if (generation === 0) {
    seen.fill(0);
    generation = 1;
  }
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code < 128 && seen[code] !== generation) {
      seen[code] = generation;
      const list = index.ascii[code];
      if (list !== undefined) for (const pattern of list) candidates.push(pattern);
    }
  }
  for (const [character, list] of index.other) if (value.includes(character)) for (const pattern of list) candidates.push(pattern);

  for (const pattern of candidates) {
    if (!patternInScope(state.stack, pattern) || !nodeInScope(pattern.beforeNode, config.beforeNode) || !nodeInScope(pattern.afterNode, config.afterNode)) {
      continue;
    }
    const expression = state.compilePattern(pattern);
    const from = pattern.beforeNode ? offset : 0;
    const subject = value.slice(from, pattern.afterNode ? end : undefined);
    let match: RegExpExecArray | null;
    while ((match = expression.exec(subject))) {
      const before = Boolean(pattern.before || pattern.atBreak);
      const after = Boolean(pattern.after);
      const position = from + match.index + (before ? (match[1] ?? '').length : 0);
      const info = own.call(infos, position) ? infos[position] : undefined;
      if (info) {
        if (info.before && !before) info.before = false;
        if (info.after && !after) info.after = false;
      } else {
        positions.push(position);
        infos[position] = { before, after };
      }
    }
  }

  positions.sort((a, b) => a - b);

  let start = offset;
  for (let index = 0; index < positions.length; index++) {
    const position = positions[index] as number;
    if (position < start || position >= end) continue;

    // Intraword underscores (`a_b`, `a__b`), as in the library.
    if (
      value.charAt(position) === '_' &&
      position > 0 &&
      classifyCharacter(value.charCodeAt(position - 1)) === undefined &&
      !own.call(infos, position - 1) &&
      !(position - 1 === offset && /[*_]/.test(value.charAt(offset - 1)))
    ) {
      let sequenceEnd = position + 1;
      while (sequenceEnd < end && value.charAt(sequenceEnd) === '_') sequenceEnd++;
      const skip = sequenceEnd - position - 1;
      if (
        positions[index + skip] === sequenceEnd - 1 &&
        sequenceEnd < value.length &&
        classifyCharacter(value.charCodeAt(sequenceEnd)) === undefined &&
        !own.call(infos, sequenceEnd) &&
        !(sequenceEnd === end - 1 && /[*_]/.test(value.charAt(end)))
      ) {
        index += skip;
        continue;
      }
    }

    const here = infos[position] as { before: boolean; after: boolean };
    const next = infos[position + 1];
    const prev = infos[position - 1];
    if (
      (position + 1 < end && positions[index + 1] === position + 1 && here.after && next !== undefined && !next.before && !next.after) ||
      (position - 1 >= offset && positions[index - 1] === position - 1 && here.before && prev !== undefined && !prev.before && !prev.after)
    ) {
      continue;
    }

    if (start !== position) {
      const slice = value.slice(start, position);
      result.push(percentEncode ? slice : escapeBackslashes(slice, '\\'));
    }
    start = position + 1;

    if (percentEncode) {
      result.push('%' + value.charCodeAt(position).toString(16).toUpperCase().padStart(2, '0'));
    } else if (/[!-/:-@[-`{-~]/.test(value.charAt(position)) && (!config.encode || !config.encode.includes(value.charAt(position)))) {
      result.push('\\' + value.charAt(position));
    } else {
      result.push(encodeCharacterReference(value.charCodeAt(position)));
    }
  }

  const rest = value.slice(start, end);
  result.push(percentEncode ? rest : escapeBackslashes(rest, config.after ?? ''));
  return result.join('');
}
