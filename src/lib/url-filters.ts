/**
 * Filters read from a page's address (`?tinh=kon-tum&chu-de=dao-tao`, `?ke-hoach=a,b`): a value
 * the page does not offer (an old or mistyped link, a pasted script) is dropped rather than kept
 * to match nothing, and the page then writes its address without it. The same rule on every page
 * that reads filters from its address: the timelines (src/client/timeline.ts) and the comparison
 * (src/client/compare.ts). No imports: it runs in the browser.
 */

export interface AddressFilter {
  /** The values asked for that the page offers, each once, in the order asked. */
  values: string[];
  /** Whether the address asked for anything the page does not offer. */
  dropped: boolean;
}

/**
 * The values of parameter `key` of an address that are among `offered`. A parameter may be
 * repeated (`?chu-de=a&chu-de=b`) and, with `separator`, each one may hold a list (`a,b`).
 */
export function addressFilter(
  params: URLSearchParams,
  key: string,
  offered: Iterable<string>,
  separator?: RegExp,
): AddressFilter {
  const known = new Set(offered);
  const asked = params
    .getAll(key)
    .flatMap((value) => (separator ? value.split(separator) : [value]))
    .filter((value) => value !== '');
  const values = [...new Set(asked.filter((value) => known.has(value)))];
  return { values, dropped: asked.some((value) => !known.has(value)) };
}
