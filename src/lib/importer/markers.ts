/**
 * What a line of a plan starts with: a Roman-numeral section (I., II.), a numbered item (1.,
 * 1.1, 1.1.), a lettered item (a) … đ) … g)), a bullet, an attribute label, or a part of the
 * document's head and foot (national motto, "Số:", "Nơi nhận", signature). Used both to join
 * hard-wrapped lines (a structural line never continues the previous one) and to build the tree.
 */
import { startsWithLabel } from './labels.ts';

const ROMAN_VALUE: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };
const VALID_ROMAN = /^(?:C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;

/** The value of a Roman numeral ("IV" → 4), or null when the text is not one. */
export function romanValue(numeral: string): number | null {
  if (!numeral || !VALID_ROMAN.test(numeral)) return null;
  let total = 0;
  for (let i = 0; i < numeral.length; i++) {
    const value = ROMAN_VALUE[numeral[i]!]!;
    const next = ROMAN_VALUE[numeral[i + 1] ?? ''] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

export interface RomanMarker {
  numeral: string;
  value: number;
  title: string;
}

/** "II. NỘI DUNG TRIỂN KHAI" → { numeral: "II", value: 2, title: "NỘI DUNG TRIỂN KHAI" }. */
export function parseRoman(text: string): RomanMarker | null {
  const match = /^([IVXLC]{1,8})\s*[.)]\s*(.*)$/.exec(text);
  if (!match) return null;
  const value = romanValue(match[1]!);
  if (value === null) return null;
  return { numeral: match[1]!, value, title: match[2]!.trim() };
}

export interface NumberedMarker {
  /** "3.2" → ["3", "2"] */
  parts: string[];
  /** The marker as printed, with its dot when there is one: "1.", "1.1", "1.1." */
  marker: string;
  title: string;
}

/** "1.1. Tuyên truyền…", "1.1 Duy trì…", "1. Mục đích" (a single number needs its dot). */
export function parseNumbered(text: string): NumberedMarker | null {
  const match = /^(\d{1,3}(?:\.\d{1,2})*)(\.?)(?=\s|$)\s*(.*)$/.exec(text);
  if (!match) return null;
  const parts = match[1]!.split('.');
  if (parts.length === 1 && !match[2]) return null;
  return {
    parts: parts.map((part) => String(Number(part))),
    marker: `${match[1]}${match[2]}`,
    title: match[3]!.trim(),
  };
}

export interface LetteredMarker {
  letter: string;
  title: string;
}

/**
 * "a) Xây dựng…", "đ) Hỗ trợ…", and the other ways of writing the letter: "a. …" (Word's plain
 * text of automatic lettering), "a/ …", "(a) …". Without the parenthesis a space must follow, so
 * that an abbreviation ("v.v.") is not an item.
 */
export function parseLettered(text: string): LetteredMarker | null {
  const match = /^(?:([a-zđ])\)\s*|\(([a-zđ])\)\s*|([a-zđ])[./]\s+)(.*)$/u.exec(text);
  if (!match) return null;
  return { letter: (match[1] ?? match[2] ?? match[3])!, title: match[4]!.trim() };
}

/** The letters of lettered items in order: the Vietnamese alphabet (đ after d, no f), plus f, which some plans use after e. */
export const LETTER_ORDER = 'abcdđefghijklmnopqrstuvwxyz';

/** The letters that may follow `letter` in a lettered list: e) is followed by f) or g). */
export function nextLetters(letter: string | null): string[] {
  if (letter === null) return ['a'];
  if (letter === 'e') return ['f', 'g'];
  const next = LETTER_ORDER[LETTER_ORDER.indexOf(letter) + 1];
  return next ? [next] : [];
}

/** "- Cơ quan chủ trì: …" → "Cơ quan chủ trì: …" (the bullet's text), or null for a non-bullet. */
export function parseBullet(text: string): string | null {
  const match = /^[-–—•+*·▪●○►]\s+(.*)$/u.exec(text) ?? /^[-–•](\p{Lu}.*)$/u.exec(text);
  return match ? match[1]!.trim() : null;
}

/** Signature lines: "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH" (stray ** allowed). */
export function isSignatureMarker(text: string): boolean {
  const bare = stripEmphasis(text);
  return (
    /^(?:TM|KT|Q|TL|TUQ)\.\s*\p{Lu}/u.test(bare) ||
    /^(?:PHÓ\s+)?(?:CHỦ TỊCH|GIÁM ĐỐC|BỘ TRƯỞNG|TRƯỞNG BAN)$/u.test(bare)
  );
}

/** The document-kind line printed above the title: "KẾ HOẠCH". */
export function isDocKind(text: string): boolean {
  return /^(?:KẾ HOẠCH|QUYẾT ĐỊNH|CHƯƠNG TRÌNH)$/u.test(stripEmphasis(text));
}

/** The national motto lines. */
export function isMotto(text: string): boolean {
  return /^(?:CỘNG\s+H(?:ÒA|OÀ)\s+XÃ\s+HỘI|Độc\s+lập\s*[-–]\s*Tự\s+do)/iu.test(text);
}

/** "Số: 142/KH-UBND" (the document number line of the head). */
export function isNumberLine(text: string): boolean {
  return /^Số\s*:/u.test(text);
}

/** "Nơi nhận:" (the recipients list that precedes the signature). */
export function isRecipients(text: string): boolean {
  return /^(?:\*\*)?\s*Nơi\s+nhận(?![\p{L}])/iu.test(text);
}

/** Paragraphs of the preamble begin with these words ("Căn cứ…", "Thực hiện…"). */
function isPreambleStart(text: string): boolean {
  return /^(?:Căn cứ|Thực hiện|Trên cơ sở|Xét đề nghị)\s/u.test(text);
}

/** Remove markdown emphasis markers (`**`, `__`) left over from a copy. */
export function stripEmphasis(text: string): string {
  return text.replace(/\*\*|__/g, '').trim();
}

/** A numbered line that reads as a heading ("1. Mục đích") rather than a paragraph ("1. Sở …: Chủ trì …"). */
export function isHeadingLike(title: string): boolean {
  const bare = stripEmphasis(title);
  return bare.length > 0 && bare.length <= 160 && !/[.:;]$/.test(bare) && !/:\s/.test(bare);
}

/** A line that starts a new block: it never continues the previous line. */
export function isStructural(text: string): boolean {
  return (
    parseRoman(text) !== null ||
    parseNumbered(text) !== null ||
    parseLettered(text) !== null ||
    parseBullet(text) !== null ||
    startsWithLabel(text) ||
    isSignatureMarker(text) ||
    isDocKind(text) ||
    isMotto(text) ||
    isNumberLine(text) ||
    isRecipients(text) ||
    isPreambleStart(text)
  );
}

/** A line that always stands alone: nothing is joined to it. */
export function isStandalone(text: string): boolean {
  const title = /^(?:PHÓ\s+)?(?:CHỦ TỊCH|GIÁM ĐỐC|BỘ TRƯỞNG|TRƯỞNG BAN)$/u.test(stripEmphasis(text));
  return (
    isDocKind(text) || isNumberLine(text) || title || isRecipients(text) || /^Độc\s+lập\s*[-–]\s*Tự\s+do/iu.test(text)
  );
}

/** "1.", "1.1", "a)", "II.": a marker whose text is on the next line. */
export function isMarkerOnly(text: string): boolean {
  return /^(?:\d{1,3}(?:\.\d{1,2})*\.?|[a-zđ][)./]|\([a-zđ]\)|[IVXLC]{1,8}\.)$/u.test(text);
}

/** Text in capitals ("HỖ TRỢ HỆ SINH THÁI…"): at least two letters and none in lower case. */
export function isAllCaps(text: string): boolean {
  const letters = text.match(/\p{L}/gu) ?? [];
  return letters.length >= 2 && !letters.some((letter) => /\p{Ll}/u.test(letter));
}

/** The first letter or digit is a lower-case letter or a digit: the line continues a sentence. */
export function startsLowercase(text: string): boolean {
  const first = /[\p{L}\p{N}]/u.exec(text)?.[0];
  return first !== undefined && (/\p{Ll}/u.test(first) || /\p{N}/u.test(first));
}

// Words after which a Vietnamese sentence cannot stop ("… theo ⏎ Chương trình …"). Compared with
// their diacritics: folded, "tư" (in "Đầu tư") would be taken for "từ".
const CONNECTIVES = new Set([
  'theo',
  'của',
  'và',
  'với',
  'cho',
  'các',
  'những',
  'về',
  'tại',
  'trong',
  'để',
  'từ',
  'đến',
  'là',
  'được',
  'bằng',
  'do',
  'như',
  'hoặc',
  'cùng',
  'giữa',
  'trên',
  'dưới',
  'thuộc',
  'nhằm',
  'qua',
]);

/** The line ends with a word that needs a continuation ("theo", "của", "các"…). */
export function endsWithConnective(text: string): boolean {
  const last = text.toLocaleLowerCase('vi').split(' ').pop() ?? '';
  return CONNECTIVES.has(last);
}
