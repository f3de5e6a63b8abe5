/** A mistake in how the command was called: one line on stderr, exit 2. */
export class UsageError extends Error {}

/** Option values as parsed. */
export type Values = Record<string, string | boolean | (string | boolean)[] | undefined>;
