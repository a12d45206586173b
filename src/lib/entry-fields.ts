/**
 * The facts of a known document that sources can disagree on (a conflict between sources is
 * recorded per field, and shown as such rather than resolved).
 */
import { vocabulary } from './vocabulary.ts';

export const ENTRY_FIELDS = vocabulary('Thông tin văn bản', [
  { id: 'number', label: 'Số hiệu' },
  { id: 'date', label: 'Ngày ban hành' },
  { id: 'period', label: 'Thời kỳ' },
  { id: 'signer', label: 'Người ký' },
] as const);

export type EntryField = (typeof ENTRY_FIELDS.ids)[number];
