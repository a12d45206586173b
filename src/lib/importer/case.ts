/**
 * Vietnamese letter case for text printed in capitals: titles ("HỖ TRỢ HỆ SINH THÁI…" →
 * "Hỗ trợ hệ sinh thái…"), place names ("KON TUM" → "Kon Tum") and signature lines
 * ("PHÓ CHỦ TỊCH" → "Phó Chủ tịch"). Abbreviations keep their capitals.
 */

// Abbreviations of DOMAIN.md that stay in capitals inside a sentence-cased title.
const ABBREVIATIONS = [
  'HSTKNĐMST',
  'KNĐMST',
  'ĐMST',
  'UBND',
  'HĐND',
  'KH&CN',
  'KH&ĐT',
  'GD&ĐT',
  'LĐ-TB&XH',
  'TT&TT',
  'NN&PTNT',
  'LHPN',
  'TNCS',
  'HCM',
  'THPT',
  'THCS',
  'CLB',
  'OCOP',
  'TECHFEST',
];

const lower = (text: string) => text.toLocaleLowerCase('vi');
const upperFirst = (text: string) => (text ? text[0]!.toLocaleUpperCase('vi') + text.slice(1) : text);

/** "KON TUM" → "Kon Tum". */
export function titleCase(text: string): string {
  return text
    .split(' ')
    .map((word) => upperFirst(lower(word)))
    .join(' ');
}

/** "HỖ TRỢ … TỈNH KON TUM …" → "Hỗ trợ … tỉnh Kon Tum …", given the proper nouns to restore. */
export function sentenceCase(text: string, properNouns: string[] = []): string {
  let result = upperFirst(lower(text));
  for (const noun of properNouns.filter(Boolean)) {
    result = result.split(lower(noun)).join(noun);
  }
  for (const abbreviation of ABBREVIATIONS) {
    result = result.replace(
      new RegExp(`(^|[^\\p{L}])${escapeRegExp(lower(abbreviation))}(?![\\p{L}])`, 'gu'),
      `$1${abbreviation}`,
    );
  }
  return upperFirst(result);
}

/** "PHÓ CHỦ TỊCH" → "Phó Chủ tịch", "ỦY BAN NHÂN DÂN" → "Ủy ban nhân dân" (titles of office keep their capital). */
export function officeCase(text: string): string {
  return sentenceCase(text).replace(
    /(\s)(chủ tịch|giám đốc|bộ trưởng|trưởng ban)/gu,
    (_, space: string, office: string) => space + upperFirst(office),
  );
}

/** Text to match literally inside a RegExp. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
