/** A line's provisional verdict while the cleaning rules run. */
export interface Draft {
  keep: boolean;
  reason: string;
}

/** Mark a draft as removed for `reason` (no-op when it is already removed). */
export function drop(draft: Draft | undefined, reason: string): void {
  if (draft?.keep) {
    draft.keep = false;
    draft.reason = reason;
  }
}
