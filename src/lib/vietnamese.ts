/**
 * Vietnamese text helpers shared by the agency registry, slugs and (later) search.
 * Folding removes what readers often leave out when they type: diacritics, including
 * đ/Đ, which Unicode decomposition does not turn into d/D.
 */

const COMBINING_MARKS = /[\u0300-\u036f]/g;

/** Fold a Vietnamese string to lower-case ASCII letters: "Đoàn Thanh niên" → "doan thanh nien". */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** A URL-safe ASCII slug: "Tây Ninh" → "tay-ninh", "3.2.đ" → "3-2-d". */
export function slugify(text: string): string {
  return fold(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Compare Vietnamese strings the way a Vietnamese reader sorts them (đ after d, tones ignored first). */
export const vietnameseCollator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });
