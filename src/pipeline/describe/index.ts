import type { DecodedSource, LineVerdict, Metadata, MetadataField } from '../types.ts';
import type { Found } from './field.ts';
import { tidy } from './field.ts';
import { frontMatterFacts } from './front-matter.ts';
import { authorEvidence, editorEvidence } from './people.ts';
import { publisherEvidence } from './publisher-evidence.ts';
import { dateEvidence } from './date-evidence.ts';
import { urlEvidence } from './url-evidence.ts';
import { deriveTitle, splitTitle } from './title.ts';

const MAX_TITLE_CHARS = 400;

/** The first kept line with the given reason, as found evidence. */
function keptLine(verdicts: readonly LineVerdict[], reason: string): Found | null {
  const at = verdicts.findIndex((x) => x.keep && x.reason === reason);
  const v = verdicts[at];
  if (!v) return null;
  // A headline wrapped over consecutive lines is one value.
  let text = v.text;
  for (let k = at + 1; k < verdicts.length && k < at + 4 && text.length < MAX_TITLE_CHARS * 4; k += 1) {
    const w = verdicts[k];
    if (!w || !w.keep || w.reason !== reason) break;
    text += ` ${w.text.trim()}`;
  }
  const value = tidy(text.replace(/^#{1,6}\s+/, '')).slice(0, MAX_TITLE_CHARS * 4);
  return value.length > 0 ? { value, provenance: `line ${v.n}` } : null;
}

/** The lead sentence for a derived title: the first kept body line. */
function leadLine(verdicts: readonly LineVerdict[]): Found | null {
  const v = verdicts.find((x) => x.keep && x.text.trim().length > 0 && x.reason !== 'caption' && x.reason !== 'dateline');
  return v ? { value: v.text, provenance: 'derived:lead-sentence' } : null;
}

/** A display title for an input that states no headline and has no text: its file name. */
function fileTitle(source: DecodedSource): string {
  const path = typeof source.file?.path === 'string' ? source.file.path : '';
  const base = path.split('/').pop() ?? '';
  const name = base.replace(/\.[a-z0-9]{1,5}$/i, '').replace(/[-_]+/g, ' ').trim();
  return name.length > 0 ? name : 'Untitled';
}

/**
 * Describe one cleaned input: title and dek, publisher, author, editor,
 * publication date, canonical URL and language, each with its provenance.
 * Front matter wins over text evidence; nothing is invented (unknown → null).
 * Uses removed boilerplate too ("Want CNET to notify you", "Edited by …").
 */
export function describe(source: DecodedSource, verdicts: LineVerdict[]): Metadata {
  const fm = frontMatterFacts(source.frontMatter);
  const provenance: Metadata['provenance'] = {};
  const set = (field: MetadataField, found: Found | null): string | null => {
    if (found === null) return null;
    provenance[field] = found.provenance;
    return found.value;
  };

  const editor = set('editor', fm.editor ?? editorEvidence(verdicts));
  const author = set('author', fm.author ?? authorEvidence(verdicts));
  const people = new Set([author, editor].filter((p): p is string => p !== null).flatMap((p) => [p.toLowerCase(), ...p.toLowerCase().split(/\s*(?:,|\band\b|&)\s*/)]));

  const headline = fm.title ?? keptLine(verdicts, 'headline');
  const fromText = publisherEvidence(verdicts, people);
  const known = [fm.publisher?.value, fromText?.value].filter((p): p is string => typeof p === 'string');
  let title: Found | null = null;
  let suffixSite: Found | null = null;
  if (headline) {
    const split = splitTitle(headline.value, known);
    title = { value: split.title.slice(0, MAX_TITLE_CHARS), provenance: headline.provenance };
    if (split.site !== null) suffixSite = { value: split.site, provenance: headline.provenance };
  }
  let publisherFound = fm.publisher ?? fromText;

  if (!fm.publisher && suffixSite) publisherFound = publisherEvidence(verdicts, people, [suffixSite]);
  const titleValue = set('title', title);
  let displayTitle = titleValue;
  let titleDerived = false;
  if (displayTitle !== null) {
    provenance.displayTitle = provenance.title ?? 'derived:title';
  } else {
    const lead = leadLine(verdicts);
    const derived = lead ? deriveTitle(lead.value) : '';
    titleDerived = true;
    if (derived.length > 0) {
      displayTitle = derived;
      provenance.displayTitle = 'derived:lead-sentence';
    } else {
      const dekText = fm.dek?.value;
      displayTitle = dekText ? deriveTitle(dekText) : fileTitle(source);
      provenance.displayTitle = dekText ? 'derived:dek' : 'derived:file-name';
    }
  }

  return {
    title: titleValue,
    displayTitle,
    titleDerived,
    dek: set('dek', fm.dek ?? keptLine(verdicts, 'dek')),
    publisher: set('publisher', publisherFound),
    author,
    editor,
    published: set('published', fm.published ?? dateEvidence(verdicts)),
    url: set('url', fm.url ?? urlEvidence(verdicts)),
    language: set('language', fm.language),
    provenance,
  };
}

