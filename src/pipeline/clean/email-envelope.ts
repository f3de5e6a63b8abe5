import type { Draft } from './draft.ts';
import type { LineFeatures } from './line-features.ts';
import { nextNonBlank } from './related-blocks.ts';

/** A header field of an e-mail, as mail programs print it ("From: …", "Sent: …", "Subject: …"). */
const FIELD = /^(?:from|sent|date|to|cc|bcc|subject|reply-to|von|gesendet|datum|an|betreff|de|envoyé|objet|para|asunto|enviado)\s*:\s*\S/iu;
/** The line a mail program puts above a forwarded or quoted message. */
const SEPARATOR = /^(?:-{2,}\s*(?:forwarded message|original message|weitergeleitete nachricht|message transféré|mensaje reenviado)\s*-{2,}|begin forwarded message:?|-{5,}\s*original message\s*-{5,})$/iu;
/** The sender's note hands over to the article it forwards ("From the Thornbury Advertiser:", "Here's the article:"). */
const HAND_OVER = /:$/;
/** How far below the last header the sender's note may run before the article starts. */
const NOTE_LINES = 5;

/** The subject field, which an e-mail has and a press release's "DATE:" / "FROM:" block does not. */
const SUBJECT = /^(?:subject|betreff|objet|asunto)\s*:/iu;

/** True when line `i` starts an envelope: a separator, or two header fields in a row, one of them the subject. */
function opensEnvelope(features: readonly LineFeatures[], i: number): boolean {
  const f = features[i];
  if (!f) return false;
  if (SEPARATOR.test(f.text)) return true;
  let j = i;
  while (FIELD.test(features[j]?.text ?? '')) j += 1;
  return j - i >= 2 && features.slice(i, j).some((g) => SUBJECT.test(g.text));
}

/**
 * Remove the envelope of an e-mail that forwards an article: the mail program's
 * header blocks ("From:", "Sent:", "To:", "Subject:", and the "Forwarded message"
 * line), and the sender's note between two forwards or between the last header
 * and a line that hands over to the article ("From the Thornbury Advertiser:").
 * The dates and names in an envelope are the e-mail's, never the article's, so
 * the lines are marked `email`.
 */
export function dropEmailEnvelope(features: readonly LineFeatures[], drafts: Draft[], prose: boolean[]): void {
  const headers: number[] = [];
  for (let i = 0; i < features.length; i += 1) {
    if (!opensEnvelope(features, i)) continue;
    let j = i;
    while (j < features.length && (SEPARATOR.test(features[j]?.text ?? '') || FIELD.test(features[j]?.text ?? ''))) {
      mark(drafts, prose, j);
      j += 1;
    }
    headers.push(i, j - 1);
    i = j - 1;
  }
  if (headers.length === 0) return;
  // Between two envelopes: the note of the one who forwarded it on.
  for (let k = 1; k + 1 < headers.length; k += 2) {
    for (let i = (headers[k] ?? 0) + 1; i < (headers[k + 1] ?? 0); i += 1) mark(drafts, prose, i);
  }
  // After the last one: the note runs to the line that hands over to the article, when there is one close below.
  const last = headers.at(-1) ?? 0;
  let seen = 0;
  for (let i = nextNonBlank(features, last); i !== -1 && seen < NOTE_LINES; i = nextNonBlank(features, i)) {
    seen += 1;
    const f = features[i];
    if (!f || f.words > 25) return;
    if (HAND_OVER.test(f.text)) {
      for (let j = last + 1; j <= i; j += 1) mark(drafts, prose, j);
      return;
    }
  }
}

function mark(drafts: Draft[], prose: boolean[], i: number): void {
  const d = drafts[i];
  if (d === undefined || (!d.keep && d.reason === 'blank')) return;
  // An envelope line is the e-mail's whatever an earlier rule thought it was.
  d.keep = false;
  d.reason = 'email';
  prose[i] = false;
}
