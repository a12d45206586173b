/**
 * Decoding the bytes of a text file, strictly: UTF-8 (with or without its byte-order mark),
 * UTF-16 LE/BE (with a byte-order mark, or recognised by its zero bytes), or Windows-1258, the
 * legacy 8-bit code page of Vietnamese Windows (letters with combining tone marks, normalised to
 * NFC here). A file that is none of these, or that mixes two (a UTF-8 text with a few Windows-1252
 * bytes pasted in), is refused with an `ImportError` that names the problem and the line, never
 * decoded into replacement characters and mangled section names.
 */
import { ImportError } from '../structure.ts';

export interface Decoded {
  text: string;
  /** The encoding, as the report names it. */
  encoding: string;
}

/** The 1-based line of character `index` of `text`. */
function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (text.charCodeAt(i) === 10) line += 1;
  return line;
}

/** Decode with a fatal decoder; on failure, an ImportError naming the first line that did not decode. */
function strict(bytes: Uint8Array, label: string, name: string, problem: () => string): string {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const lenient = new TextDecoder(label).decode(bytes);
    const line = lineAt(lenient, lenient.indexOf('\ufffd'));
    throw new ImportError(`${problem()} (tệp ${name})`, line, 'encoding');
  }
}

/** Where UTF-16 puts its zero bytes: at odd offsets for LE, even for BE; null when it does not look like UTF-16. */
function utf16Order(bytes: Uint8Array): 'le' | 'be' | null {
  const sample = bytes.subarray(0, Math.min(bytes.length, 4096));
  if (sample.length < 4 || sample.length % 2) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] !== 0) continue;
    if (i % 2) odd += 1;
    else even += 1;
  }
  const half = sample.length / 2;
  if (odd > half * 0.3 && even < half * 0.05) return 'le';
  if (even > half * 0.3 && odd < half * 0.05) return 'be';
  return null;
}

/** Counts of well-formed multi-byte UTF-8 sequences and of bytes that are not UTF-8, and the first bad offset. */
function utf8Census(bytes: Uint8Array): { sequences: number; invalid: number; firstInvalid: number } {
  let sequences = 0;
  let invalid = 0;
  let firstInvalid = -1;
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i]!;
    const need =
      b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    let ok = need >= 0 && i + need < bytes.length;
    for (let k = 1; ok && k <= need; k++) ok = (bytes[i + k]! & 0xc0) === 0x80;
    if (!ok) {
      invalid += 1;
      if (firstInvalid < 0) firstInvalid = i;
      i += 1;
      continue;
    }
    if (need > 0) sequences += 1;
    i += need + 1;
  }
  return { sequences, invalid, firstInvalid };
}

// Windows-1258 writes Vietnamese as a base letter (a, â, ă, ê, ô, ơ, ư, đ…) and a combining tone
// mark (U+0300 grave, U+0301 acute, U+0303 tilde, U+0309 hook above, U+0323 dot below).
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;
// Bytes the code page leaves undefined (the decoder gives C1 controls for them): not Windows-1258.
const C1 = /[\u0080-\u009f]/;

/** Decode a text file's bytes (see the module comment). `name` is for messages. */
export function decodeText(bytes: Uint8Array, name: string): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const text = strict(
      bytes.subarray(3),
      'utf-8',
      name,
      () => 'tệp ghi là UTF-8 (có BOM) nhưng có byte không phải UTF-8: tệp trộn bảng mã',
    );
    return { text, encoding: 'UTF-8 (có BOM)' };
  }
  const bom16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'be' : null;
  const order = bom16 ?? utf16Order(bytes);
  if (order) {
    const label = order === 'le' ? 'utf-16le' : 'utf-16be';
    const text = strict(
      bom16 ? bytes.subarray(2) : bytes,
      label,
      name,
      () => `tệp UTF-16 ${order.toUpperCase()} có chuỗi byte hỏng`,
    );
    return { text, encoding: `UTF-16 ${order.toUpperCase()}${bom16 ? ' (có BOM)' : ''}` };
  }
  const census = utf8Census(bytes);
  if (census.invalid === 0) return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'UTF-8' };
  if (census.sequences > 0 && census.sequences >= census.invalid) {
    const line = 1 + bytes.subarray(0, census.firstInvalid).filter((b) => b === 10).length;
    throw new ImportError(
      `tệp trộn bảng mã: phần lớn là UTF-8 nhưng có ${census.invalid} byte không phải UTF-8, byte đầu tiên ở dòng này (0x${bytes[census.firstInvalid]!.toString(16).toUpperCase()}), thường do dán thêm chữ từ một tệp Windows-1252/1258. Mở tệp, lưu lại toàn bộ bằng UTF-8 rồi nhập lại (tệp ${name})`,
      line,
      'encoding',
    );
  }
  const legacy = new TextDecoder('windows-1258').decode(bytes);
  const marks = legacy.match(TONE_MARKS)?.length ?? 0;
  const high = bytes.filter((b) => b >= 0x80).length;
  if (!C1.test(legacy) && marks > 0 && marks >= high * 0.2) {
    return { text: legacy.normalize('NFC'), encoding: 'Windows-1258' };
  }
  const line = 1 + bytes.subarray(0, census.firstInvalid).filter((b) => b === 10).length;
  throw new ImportError(
    `không xác định được bảng mã của tệp: không phải UTF-8, UTF-16 hay Windows-1258 (byte 0x${bytes[census.firstInvalid]!.toString(16).toUpperCase()} ở dòng này). Nếu là bảng mã cũ TCVN3 (ABC) hay VNI, chuyển sang Unicode (chẳng hạn bằng công cụ chuyển mã của Unikey) rồi nhập lại (tệp ${name})`,
    line,
    'encoding',
  );
}
