/** True when the page hides an element from readers: a `hidden` attribute or an inline `display:none`/`visibility:hidden` style. */
export function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  const style = (el.getAttribute('style') ?? '').toLowerCase().replace(/\s+/g, '');
  return /(?:^|;)display:none(?:!important)?(?:;|$)/.test(style) || /(?:^|;)visibility:hidden(?:!important)?(?:;|$)/.test(style);
}
