export { toMdx } from './to-mdx.ts';
export { jsxFlow, jsxText } from './jsx.ts';
export { isSafeUrl } from './url.ts';
export { normalizeText } from './normalize.ts';
export { isSafeImageSrc, jsxImage, type ImageSpec } from './image.ts';
