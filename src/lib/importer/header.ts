/**
 * The document's head and foot: number, date, place, province, issuer, title, kind and period
 * at the top; signer and capacity at the bottom. Three heads are recognised: the metadata
 * block of a legal-document library ("Số hiệu: … Loại văn bản: …", Hưng Yên), the national-motto
 * head ("ỦY BAN NHÂN DÂN / TỈNH … / CỘNG HÒA … / Số: … / <place>, ngày … tháng … năm …",
 * Kon Tum), and no head at all (Tây Ninh, Quảng Ngãi: the text starts at "KẾ HOẠCH").
 * Each fact carries the source line it came from; a missing fact is null, never guessed.
 */
import { fold } from '../vietnamese.ts';
import type { Block } from './lines.ts';
import {
  isDocKind,
  isRecipients,
  isSignatureMarker,
  parseBullet,
  parseRoman,
  stripEmphasis,
  isAllCaps,
  isMotto,
  isNumberLine,
} from './markers.ts';
import { DOCUMENT_NUMBER, isoDate, normaliseNumber } from './citations.ts';
import { officeCase, sentenceCase, titleCase } from './case.ts';

export interface Fact<T> {
  value: T;
  line: number;
  /** Where it was read: "khối thông tin văn bản", "phần đầu văn bản", "tên kế hoạch"… */
  from: string;
}

const METADATA_KEYS = [
  'Số hiệu',
  'Loại văn bản',
  'Nơi ban hành',
  'Người ký',
  'Ngày ban hành',
  'Ngày hiệu lực',
  'Ngày công báo',
  'Số công báo',
  'Lĩnh vực',
  'Tình trạng',
  'Ngày hết hiệu lực',
];
const METADATA_KEY = new RegExp(`(${[...METADATA_KEYS].sort((a, b) => b.length - a.length).join('|')})\\s*:`, 'gu');

export interface Head {
  /** Blocks of the legal-library metadata block (shown as a blockquote), by index. */
  metadata: number[];
  /** Index of the "KẾ HOẠCH" line, or -1. */
  docKind: number;
  /** Index of the title block(s), or -1. */
  titleBlock: number;
  /** Indices of the preamble (between the title and the first section). */
  preamble: number[];
  title: Fact<string> | null;
  province: Fact<string> | null;
  issuer: Fact<string> | null;
  number: Fact<string> | null;
  issued: Fact<string> | null;
  place: Fact<string> | null;
  kind: Fact<'giai-doan' | 'hang-nam'> | null;
  period: Fact<{ start: number; end: number }> | null;
  /** Name of the signer as given by the metadata block ("Người ký"). */
  metadataSigner: Fact<string> | null;
  notes: { line: number; message: string }[];
}

/** Key-value pairs of a metadata line: "Số hiệu: 142/KH-UBND Loại văn bản: Văn bản khác". */
function metadataPairs(text: string): { key: string; value: string }[] {
  const matches = [...text.matchAll(METADATA_KEY)];
  return matches.map((match, i) => ({
    key: match[1]!,
    value: text.slice(match.index! + match[0].length, matches[i + 1]?.index ?? text.length).trim(),
  }));
}

const PLACE_DATE = /^(.+?),\s*ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/u;
const DMY = /(\d{1,2})\/(\d{1,2})\/(\d{4})/;

/** Read the head: the blocks before the first Roman-numeral section (`end`). */
export function parseHead(blocks: Block[], end: number): Head {
  const head: Head = {
    metadata: [],
    docKind: -1,
    titleBlock: -1,
    preamble: [],
    title: null,
    province: null,
    issuer: null,
    number: null,
    issued: null,
    place: null,
    kind: null,
    period: null,
    metadataSigner: null,
    notes: [],
  };
  const at = (i: number) => blocks[i]!.lines[0]!;

  // 1. Legal-library metadata block.
  const keyIndex = blocks.slice(0, Math.min(end, 12)).findIndex((block) => /^Số hiệu\s*:/u.test(block.text));
  let libraryTitle: { text: string; line: number } | null = null;
  if (keyIndex >= 0) {
    let first = keyIndex;
    if (keyIndex > 0 && !isDocKind(blocks[keyIndex - 1]!.text) && !isMotto(blocks[keyIndex - 1]!.text)) {
      first = keyIndex - 1;
      libraryTitle = { text: blocks[first]!.text, line: at(first) };
    }
    let last = keyIndex;
    while (last + 1 < end && metadataPairs(blocks[last + 1]!.text).length > 0) last += 1;
    for (let i = first; i <= last; i++) head.metadata.push(i);
    for (let i = keyIndex; i <= last; i++) {
      for (const { key, value } of metadataPairs(blocks[i]!.text)) {
        const line = at(i);
        if (key === 'Số hiệu') {
          const number = value.match(DOCUMENT_NUMBER)?.[0];
          if (number) head.number = { value: normaliseNumber(number), line, from: 'khối thông tin văn bản (Số hiệu)' };
        } else if (key === 'Ngày ban hành') {
          const m = DMY.exec(value);
          const iso = m ? isoDate(Number(m[1]), Number(m[2]), Number(m[3])) : null;
          if (iso) head.issued = { value: iso, line, from: 'khối thông tin văn bản (Ngày ban hành)' };
        } else if (key === 'Nơi ban hành') {
          const m = /^(?:Tỉnh|Thành phố)\s+(.+)$/iu.exec(value);
          if (m)
            head.province = { value: titleCase(m[1]!.trim()), line, from: 'khối thông tin văn bản (Nơi ban hành)' };
        } else if (key === 'Người ký' && value) {
          head.metadataSigner = { value, line, from: 'khối thông tin văn bản (Người ký)' };
        }
      }
    }
  }

  // 2. National-motto head and the "KẾ HOẠCH" line.
  for (let i = 0; i < end; i++) {
    if (head.metadata.includes(i)) continue;
    const text = stripEmphasis(blocks[i]!.text);
    const line = at(i);
    const committee = /^(?:ỦY|UỶ)\s+BAN\s+NHÂN\s+DÂN(?:\s+(?:TỈNH|THÀNH PHỐ)\s+(.+))?$/u.exec(text);
    const provinceLine = /^(?:TỈNH|THÀNH PHỐ)\s+(\p{Lu}[\p{Lu}\s]+)$/u.exec(text);
    if (committee && head.docKind < 0) {
      if (committee[1]) head.province = { value: titleCase(committee[1].trim()), line, from: 'phần đầu văn bản' };
      head.issuer = { value: 'Ủy ban nhân dân tỉnh {P}', line, from: 'phần đầu văn bản' };
    } else if (provinceLine && head.docKind < 0) {
      head.province = { value: titleCase(provinceLine[1]!.trim()), line, from: 'phần đầu văn bản' };
    } else if (isNumberLine(text) && !head.number) {
      const number = text.match(DOCUMENT_NUMBER)?.[0];
      if (number) head.number = { value: normaliseNumber(number), line, from: 'phần đầu văn bản (Số:)' };
    } else if (isNumberLine(text)) {
      const number = text.match(DOCUMENT_NUMBER)?.[0];
      if (number && normaliseNumber(number) !== head.number!.value) {
        head.notes.push({
          line,
          message: `số hiệu “${number}” khác với số hiệu ở dòng ${head.number!.line} (“${head.number!.value}”): giữ số hiệu đầu tiên`,
        });
      }
    }
    const placeDate = PLACE_DATE.exec(text);
    if (placeDate && head.docKind < 0) {
      const iso = isoDate(Number(placeDate[2]), Number(placeDate[3]), Number(placeDate[4]));
      head.place = { value: placeDate[1]!.trim(), line, from: 'phần đầu văn bản' };
      if (iso) {
        if (head.issued && head.issued.value !== iso) {
          head.notes.push({
            line,
            message: `ngày ${iso} khác với ngày ở dòng ${head.issued.line} (${head.issued.value}): dùng ngày ở phần đầu văn bản`,
          });
        }
        head.issued = { value: iso, line, from: 'phần đầu văn bản' };
      }
    }
    if (isDocKind(text) && head.docKind < 0) head.docKind = i;
  }

  // 3. Title: the block after "KẾ HOẠCH"; else the library title ("Kế hoạch 142/KH-UBND năm 2021 về …").
  if (head.docKind >= 0 && head.docKind + 1 < end) {
    const next = blocks[head.docKind + 1]!;
    if (!/^(?:Căn cứ|Thực hiện|Trên cơ sở|Xét)\s/u.test(next.text) && parseRoman(next.text) === null) {
      head.titleBlock = head.docKind + 1;
      head.title = { value: stripEmphasis(next.text), line: next.lines[0]!, from: 'dòng dưới chữ “KẾ HOẠCH”' };
    }
  }
  if (!head.title && libraryTitle) {
    const about = /\bvề\s+(.+)$/u.exec(libraryTitle.text);
    if (about) head.title = { value: about[1]!, line: libraryTitle.line, from: 'tiêu đề của khối thông tin văn bản' };
  }
  const firstPreamble =
    head.titleBlock >= 0
      ? head.titleBlock + 1
      : head.docKind >= 0
        ? head.docKind + 1
        : Math.max(0, ...head.metadata.map((i) => i + 1));
  for (let i = firstPreamble; i < end; i++) {
    if (!head.metadata.includes(i)) head.preamble.push(i);
  }

  // 4. Province: from the head, the metadata block, the title, or the preamble.
  const title = head.title?.value ?? '';
  if (!head.province && head.title) {
    const mixed = /(?:tỉnh|thành phố)\s+((?:\p{Lu}[\p{Ll}]*)(?:\s+\p{Lu}[\p{Ll}]*)*)/u.exec(title);
    const caps =
      /(?:TỈNH|THÀNH PHỐ)\s+(\p{Lu}+(?:\s+\p{Lu}+)*?)(?=\s+(?:GIAI ĐOẠN|NĂM|ĐẾN|TRONG|VỀ)\b|\s*$|[,“”"])/u.exec(title);
    const name = mixed?.[1] ?? (caps ? titleCase(caps[1]!) : null);
    if (name) head.province = { value: name, line: head.title.line, from: 'tên kế hoạch' };
  }
  if (!head.province) {
    for (const i of head.preamble) {
      const m = /(?:Ủy ban nhân dân|UBND)\s+tỉnh\s+((?:\p{Lu}[\p{Ll}]*)(?:\s+\p{Lu}[\p{Ll}]*)*)/u.exec(blocks[i]!.text);
      if (m) {
        head.province = { value: m[1]!, line: at(i), from: 'phần mở đầu' };
        break;
      }
    }
  }
  const province = head.province?.value ?? '';

  // 5. Issuer: the head's committee, or who "ban hành" the plan in the preamble.
  for (const i of head.preamble) {
    const text = blocks[i]!.text;
    if (/Chủ tịch\s+(?:UBND|Ủy ban nhân dân)\s+tỉnh(?:\s+\p{Lu}[\p{Ll}]*)*\s+ban hành\s+Kế hoạch/u.test(text)) {
      head.issuer = {
        value: 'Chủ tịch Ủy ban nhân dân tỉnh {P}',
        line: at(i),
        from: 'phần mở đầu (“Chủ tịch UBND tỉnh ban hành Kế hoạch”)',
      };
      break;
    }
    if (
      !head.issuer &&
      /(?:Ủy ban nhân dân|UBND)(?:\s+tỉnh)?(?:\s+\p{Lu}[\p{Ll}]*)*\s+ban hành\s+Kế hoạch/u.test(text)
    ) {
      head.issuer = {
        value: 'Ủy ban nhân dân tỉnh {P}',
        line: at(i),
        from: 'phần mở đầu (“Ủy ban nhân dân tỉnh ban hành Kế hoạch”)',
      };
    }
  }
  if (head.issuer) head.issuer.value = head.issuer.value.replace('{P}', province).trim();

  // 6. Title in sentence case; kind and period from the title.
  if (head.title) {
    const printed = head.title.value;
    head.title.value = isAllCaps(printed) ? sentenceCase(printed, [province]) : printed;
    const folded = fold(printed);
    // "… năm 2022" at the end makes an annual plan, but not "… đến năm 2025" (a horizon).
    const annualMatch = /(?:^|\s)(\S+\s+)?nam ((?:19|20)\d\d)\s*[.”"]?$/.exec(folded);
    const annual = annualMatch && !/^(?:den|toi)\s/.test(annualMatch[1] ?? '') ? annualMatch : null;
    const range = /giai doan ((?:19|20)\d\d)\s*[-–]\s*((?:19|20)\d\d)/.exec(folded);
    if (annual) {
      const year = Number(annual[2]);
      head.kind = { value: 'hang-nam', line: head.title.line, from: 'tên kế hoạch (“năm …” ở cuối)' };
      head.period = { value: { start: year, end: year }, line: head.title.line, from: 'tên kế hoạch' };
    } else if (range) {
      head.kind = { value: 'giai-doan', line: head.title.line, from: 'tên kế hoạch (“giai đoạn …”)' };
      head.period = {
        value: { start: Number(range[1]), end: Number(range[2]) },
        line: head.title.line,
        from: 'tên kế hoạch',
      };
    }
  }
  return head;
}

export interface Signature {
  name: Fact<string> | null;
  capacity: Fact<string> | null;
  onBehalfOf: Fact<string> | null;
  /** Index of the first block of the foot ("Nơi nhận", then the signature), or blocks.length. */
  footStart: number;
  /** Blocks of the signature zone that are neither a signature line nor the name. */
  stray: number[];
}

const PERSON_NAME = /^\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){1,5}$/u;

/**
 * Read the foot of the document: the recipients ("Nơi nhận") and the signature, among the blocks
 * [from, to) (`to` is where an appendix starts). The signature may come after the recipients'
 * list (columns read one after the other), or alone at the end; when there is none, the facts
 * are null and the report says so: a missing signature never stops the import.
 */
export function parseSignature(blocks: Block[], from: number, to = blocks.length): Signature {
  const result: Signature = { name: null, capacity: null, onBehalfOf: null, footStart: to, stray: [] };
  let recipients = -1;
  for (let i = to - 1; i >= from; i--) {
    if (isRecipients(blocks[i]!.text)) {
      recipients = i;
      break;
    }
  }
  let zone: number;
  if (recipients >= 0) {
    result.footStart = recipients;
    zone = recipients + 1;
    // "Nơi nhận: - Bộ …" may carry its first recipient on its own line.
    while (zone < to && parseBullet(blocks[zone]!.text) !== null) zone += 1;
  } else {
    zone = to;
    for (let i = to - 1; i >= Math.max(from, to - 8); i--) {
      if (isSignatureMarker(blocks[i]!.text)) zone = i;
    }
    result.footStart = zone;
  }
  const zoneBlocks = [...Array(to - zone).keys()].map((k) => zone + k);
  const nameIndex = [...zoneBlocks].reverse().find((i) => PERSON_NAME.test(stripEmphasis(blocks[i]!.text)));
  const capacity: string[] = [];
  let capacityLine = 0;
  for (const i of zoneBlocks) {
    const text = stripEmphasis(blocks[i]!.text);
    const line = blocks[i]!.lines[0]!;
    if (i === nameIndex) {
      result.name = { value: text, line, from: 'cuối văn bản' };
    } else if (/^TM\.\s*/u.test(text)) {
      result.onBehalfOf = { value: `TM. ${officeCase(text.replace(/^TM\.\s*/u, ''))}`, line, from: 'cuối văn bản' };
    } else if (isSignatureMarker(text)) {
      const prefix = /^(KT|Q|TL|TUQ)\.\s*/u.exec(text);
      capacity.push(prefix ? `${prefix[1]}. ${officeCase(text.slice(prefix[0].length))}` : officeCase(text));
      capacityLine ||= line;
    } else {
      result.stray.push(i);
    }
  }
  if (capacity.length) result.capacity = { value: capacity.join(', '), line: capacityLine, from: 'cuối văn bản' };
  return result;
}

/** Where an appendix (PHỤ LỤC) starts after the foot of the document, or `blocks.length`. */
export function findAppendix(blocks: Block[], from: number): number {
  for (let i = from; i < blocks.length; i++) {
    if (!/^PHỤ LỤC(?:\s+[IVX\d]+)?(?:[\s.:]|$)/u.test(stripEmphasis(blocks[i]!.text))) continue;
    // Only after the recipients or a signature line: "Phụ lục" in the text is a reference.
    if (blocks.slice(from, i).some((block) => isRecipients(block.text) || isSignatureMarker(block.text))) return i;
  }
  return blocks.length;
}
