/**
 * Documents a plan cites (legal bases, căn cứ): "Quyết định số 844/QĐ-TTg ngày 18/5/2016 của
 * Thủ tướng Chính phủ về việc phê duyệt Đề án …". Each document number is found, then its type
 * (from the number's code, else the word before it), date, issuer (the "của …" phrase, else
 * the number's issuer code) and title are read around it. The relation follows the clause:
 * "Thực hiện / Trên cơ sở" → implements, "Căn cứ" → basis, anything else → cites.
 */
import { fold } from '../vietnamese.ts';

/** A document number: "844/QĐ-TTg", "295/2020/NQ-HĐND", "428-KL/BCSĐ", "01/2018/TT- BKHCN". */
export const DOCUMENT_NUMBER =
  /(?<![\p{L}\p{N}/])(\d{1,5}(?:\/(?:19|20)\d\d)?(?:[/-]\s?\p{Lu}[\p{L}&]*)(?:[/-]\s?\p{Lu}[\p{L}&]*){0,3})(?![\p{L}\p{N}])/gu;

/** Remove the stray spaces of a copied number: "01/2018/TT- BKHCN" → "01/2018/TT-BKHCN". */
export function normaliseNumber(number: string): string {
  return number.replace(/\s+/g, '');
}

const TYPE_CODES: Record<string, string> = {
  QĐ: 'Quyết định',
  NQ: 'Nghị quyết',
  TT: 'Thông tư',
  TTLT: 'Thông tư liên tịch',
  KH: 'Kế hoạch',
  KL: 'Kết luận',
  TTr: 'Tờ trình',
  CT: 'Chỉ thị',
  NĐ: 'Nghị định',
  TB: 'Thông báo',
  HD: 'Hướng dẫn',
  CTr: 'Chương trình',
  BC: 'Báo cáo',
};

const TYPE_WORDS = [
  'Quyết định',
  'Nghị quyết',
  'Thông tư',
  'Kế hoạch',
  'Kết luận',
  'Tờ trình',
  'Công văn',
  'Chỉ thị',
  'Nghị định',
  'Thông báo',
  'Hướng dẫn',
  'Chương trình',
  'Luật',
  'Báo cáo',
];

/** Issuer codes in document numbers; "{P}" is the plan's province. */
const ISSUER_CODES: Record<string, string> = {
  TTg: 'Thủ tướng Chính phủ',
  CP: 'Chính phủ',
  BKHCN: 'Bộ Khoa học và Công nghệ',
  BTC: 'Bộ Tài chính',
  BKHĐT: 'Bộ Kế hoạch và Đầu tư',
  BGDĐT: 'Bộ Giáo dục và Đào tạo',
  UBND: 'Ủy ban nhân dân tỉnh {P}',
  HĐND: 'Hội đồng nhân dân tỉnh {P}',
  TU: 'Tỉnh ủy {P}',
  BCSĐ: 'Ban cán sự Đảng Ủy ban nhân dân tỉnh {P}',
  SKHCN: 'Sở Khoa học và Công nghệ',
  BTV: 'Ban Thường vụ Tỉnh ủy {P}',
};

export interface Citation {
  type: string;
  number: string;
  date: string | null;
  issuer: string;
  title: string;
  relation: 'implements' | 'basis' | 'cites';
  /** Source line where it is first cited. */
  line: number;
  /** The number as printed, when it had to be tidied ("01/2018/TT- BKHCN"). */
  printed?: string;
}

/** "18/5/2016" or "18 tháng 5 năm 2016" → "2016-05-18"; null when not a real date. */
export function isoDate(day: number, month: number, year: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1900 || year > 2100) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCDate() !== day) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const DATE_AFTER = /^\s*,?\s*ngày\s+(\d{1,2})(?:\s*\/\s*|\s+tháng\s+)(\d{1,2})(?:\s*\/\s*|\s+năm\s+)(\d{4})/u;
const ISSUER_AFTER =
  /^\s*,?\s*của\s+(.+?)(?=\s+(?:về việc|về|phê duyệt|ban hành|bổ sung|quy định|hướng dẫn|triển khai|thực hiện|tại)\s|\s*[,;:“"()]|\s*$)/iu;
const TITLE_STOP =
  /[;()]|\.\s|\.$|,\s+(?=(?:Ủy ban|UBND|Chủ tịch|căn cứ|Căn cứ|Xét|Trên cơ sở|Thực hiện)(?![\p{L}]))|\s+và\s+(?=(?:Công văn|Tờ trình|Quyết định|Nghị quyết|Thông tư|Kế hoạch)\s)/u;

function expandIssuer(issuer: string, province: string): string {
  let text = issuer
    .replace(/\bUBND\b/gu, 'Ủy ban nhân dân')
    .replace(/\bHĐND\b/gu, 'Hội đồng nhân dân')
    .replace(/\s+/g, ' ')
    .trim();
  if (/ tỉnh$/u.test(text) && province) text = `${text} ${province}`;
  return text;
}

function codes(number: string): string[] {
  return normaliseNumber(number)
    .replace(/^\d+(?:\/\d{4})?/, '')
    .split(/[/-]/)
    .filter(Boolean);
}

/** Find every cited document in `text` (one block of the plan, starting at source line `line`). */
export function findCitations(
  text: string,
  line: number,
  context: { province: string; inPreamble: boolean; ownNumber: string | null },
): Citation[] {
  const found: Citation[] = [];
  for (const match of text.matchAll(DOCUMENT_NUMBER)) {
    const printed = match[1]!;
    const number = normaliseNumber(printed);
    if (context.ownNumber && number === normaliseNumber(context.ownNumber)) continue;
    const numberCodes = codes(number);
    if (numberCodes.length === 0) continue;
    const before = text.slice(Math.max(0, match.index! - 200), match.index!);
    let after = text.slice(match.index! + printed.length);

    // Type: the code in the number ("QĐ"), else the nearest type word before it ("Công văn số").
    const typeCode = numberCodes.find((code) => TYPE_CODES[code]);
    let type = typeCode ? TYPE_CODES[typeCode]! : '';
    if (!type) {
      const words = TYPE_WORDS.map((word) => ({
        word,
        at: before.toLocaleLowerCase('vi').lastIndexOf(word.toLocaleLowerCase('vi')),
      })).filter((w) => w.at >= 0);
      words.sort((a, b) => b.at - a.at);
      type = words[0] && before.length - words[0].at < 40 ? words[0].word : 'Văn bản';
    }
    // Without a type code, the number must follow a type word ("Công văn số …") or carry an issuer code.
    if (!typeCode && type === 'Văn bản' && !numberCodes.some((code) => ISSUER_CODES[code])) continue;

    let date: string | null = null;
    const dateMatch = DATE_AFTER.exec(after);
    if (dateMatch) {
      date = isoDate(Number(dateMatch[1]), Number(dateMatch[2]), Number(dateMatch[3]));
      after = after.slice(dateMatch[0].length);
    }
    let issuer = '';
    const issuerMatch = ISSUER_AFTER.exec(after);
    if (issuerMatch && issuerMatch[1]!.length < 80) {
      issuer = issuerMatch[1]!;
      after = after.slice(issuerMatch[0].length);
    } else {
      // "các Quyết định của Thủ tướng Chính phủ: số 844/…": the issuer stated before a list.
      const listed = /của\s+([^:;]+?)\s*:\s*(?:[^:]*;\s*)*số\s*$/u.exec(before);
      if (listed) issuer = listed[1]!;
    }
    if (!issuer) {
      const code =
        numberCodes.find((c) => ISSUER_CODES[c] && !TYPE_CODES[c]) ?? numberCodes.find((c) => ISSUER_CODES[c]);
      issuer = code ? ISSUER_CODES[code]!.replace('{P}', context.province) : '';
    }
    issuer = expandIssuer(issuer, context.province) || 'Không ghi cơ quan ban hành';

    const stop = TITLE_STOP.exec(after);
    let title = (stop ? after.slice(0, stop.index) : after)
      .trim()
      .replace(/^[,:]\s*/, '')
      .replace(/^về việc\s+/iu, '')
      .replace(/[\s,.:]+$/u, '');
    if (!/\p{L}/u.test(title) || title.length > 400) title = '';
    title = title ? title[0]!.toLocaleUpperCase('vi') + title.slice(1) : 'Văn bản không ghi trích yếu';

    found.push({
      type,
      number,
      date,
      issuer,
      title,
      relation: context.inPreamble ? relationOf(text.slice(0, match.index!)) : 'cites',
      line,
      ...(printed !== number ? { printed } : {}),
    });
  }
  return found;
}

/** The relation set by the nearest clause opener before a citation in the preamble. */
function relationOf(before: string): Citation['relation'] {
  const folded = fold(before);
  const openers: [string, Citation['relation']][] = [
    ['can cu', 'basis'],
    ['thuc hien', 'implements'],
    ['tren co so', 'implements'],
    ['xet de nghi', 'cites'],
  ];
  let best: { at: number; relation: Citation['relation'] } = { at: -1, relation: 'cites' };
  for (const [word, relation] of openers) {
    const at = folded.lastIndexOf(word);
    if (at > best.at) best = { at, relation };
  }
  return best.relation;
}

/** Merge citations of the same number: the first mention wins, later ones fill what it lacks. */
export function mergeCitations(citations: Citation[]): Citation[] {
  const byNumber = new Map<string, Citation>();
  for (const citation of citations) {
    const seen = byNumber.get(citation.number);
    if (!seen) {
      byNumber.set(citation.number, { ...citation });
      continue;
    }
    if (!seen.date && citation.date) seen.date = citation.date;
    if (seen.title === 'Văn bản không ghi trích yếu' && citation.title !== 'Văn bản không ghi trích yếu')
      seen.title = citation.title;
    if (seen.issuer === 'Không ghi cơ quan ban hành') seen.issuer = citation.issuer;
  }
  return [...byNumber.values()];
}
