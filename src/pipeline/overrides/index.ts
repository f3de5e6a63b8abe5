export { readOverrides, MANIFEST_KEY } from './read-overrides.ts';
export { applyOverrides } from './apply-overrides.ts';
export { parseSidecar } from './read-sidecar.ts';
export { parseManifest, MANIFEST_COLUMNS } from './read-manifest.ts';
export { mergeOverrides } from './merge-overrides.ts';
export { parseLineList } from './parse-line-list.ts';
export { parseCsv } from './parse-csv.ts';
export type { Overrides, OverrideSet, OverrideField, OverrideOrigin } from './types.ts';
