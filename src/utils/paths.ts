/** Joins the site base (`/` or `/sub/path/`) with a site-relative path. */
export function withBase(base: string, path: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  return `${b}${path.replace(/^\/+/, '')}`;
}

/** The site-relative path of an article page. */
export function articlePath(slug: string): string {
  return `articles/${encodeURIComponent(slug)}/`;
}

/** The site-relative path of a passage within an article page. */
export function passagePath(slug: string, passage: string): string {
  return `${articlePath(slug)}#${encodeURIComponent(passage)}`;
}

/** The site-relative path of an original file. */
export function originalPath(name: string): string {
  return `sources/${encodeURIComponent(name)}`;
}

/** English month names, January first. */
export const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

/** A date for people: `11 June 2020`, from ISO 8601; the input string when unparseable. */
export function formatDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  return `${Number(m[3])} ${MONTH_NAMES[Number(m[2]) - 1] ?? ''} ${m[1]}`;
}

/** A page URL as its folder (`…/2/`): pages are built as folders, and a folder link also works from file://. */
export function folderUrl(url: string): string {
  return url.endsWith('/') ? url : `${url}/`;
}
