/**
 * The catalogue of known provincial documents (danh mục văn bản đã biết): every document a
 * province issued to implement, fund, follow or replace the national startup-ecosystem scheme,
 * whether or not its full text is on this site. Two files of content/catalogue/ make one entry:
 * known-documents.json (facts seen on public pages, as compiled: `knownDocumentSchema`) and
 * annotations.yaml (what the site adds: a Vietnamese label, and the conflicts between sources:
 * `annotationSchema`). `catalogueEntrySchema` is an entry as the collection holds it.
 */
import { z } from 'astro/zod';
import { CONFIDENCE_LEVELS } from '../lib/confidence.ts';
import { DOCUMENT_KINDS } from '../lib/document-kinds.ts';
import { ENTRY_FIELDS } from '../lib/entry-fields.ts';
import { findProvince } from '../lib/provinces.ts';
import { SCHEME_RELATIONS } from '../lib/scheme-relations.ts';

/** Where a fact was seen: a web address, or a raw text of sources/ (for a document whose text we hold). */
export const SOURCE_ADDRESS = /^(https?:\/\/\S+|sources\/[^/\s]+\.txt)$/;

const documentKind = z
  .string()
  .transform((value, ctx) => {
    const term = DOCUMENT_KINDS.terms.find((kind) => kind.label === value || kind.id === value);
    if (!term) {
      ctx.addIssue({
        code: 'custom',
        message: `loại văn bản không có trong danh mục: "${value}" (${DOCUMENT_KINDS.terms.map((kind) => kind.label).join(', ')})`,
      });
      return z.NEVER;
    }
    return term.id;
  })
  .pipe(z.enum(DOCUMENT_KINDS.ids));

// The file writes "official site"; the id is "official-site".
const confidence = z
  .string()
  .transform((value) => value.trim().replace(/\s+/g, '-'))
  .pipe(z.enum(CONFIDENCE_LEVELS.ids, { error: `độ tin cậy phải là một trong: ${CONFIDENCE_LEVELS.ids.join(', ')}` }));

const isoDate = z.iso.date({ error: 'ngày phải ở dạng YYYY-MM-DD, là một ngày có thật' });

/** One entry of known-documents.json, as compiled (README.md of content/catalogue/ describes the fields). */
export const knownDocumentSchema = z.strictObject({
  province: z
    .string()
    .min(1)
    .refine((name) => findProvince(name) !== undefined, {
      error: (issue) => `tỉnh không có trong provinces-2025.json: "${String(issue.input)}"`,
    }),
  number: z.string().min(1).nullable(),
  kind: documentKind,
  date: isoDate.nullable(),
  period: z.string().min(1).nullable(),
  /** English, for orientation only: the site shows its own Vietnamese label. */
  label: z.string().min(1),
  signer: z.string().min(1).nullable(),
  source: z.string().regex(SOURCE_ADDRESS, 'nguồn phải là một địa chỉ http(s) hoặc một tệp sources/…txt'),
  /** English: what exactly the source shows. */
  evidence: z.string().min(1),
  relation: z.enum(SCHEME_RELATIONS.ids),
  confidence,
});

/** Two sources disagreeing on one fact of an entry: each claim with where it was seen. */
export const conflictSchema = z.strictObject({
  field: z.enum(ENTRY_FIELDS.ids),
  claims: z
    .array(
      z.strictObject({
        /** The value as that source writes it. */
        value: z.string().min(1),
        /** Where, in Vietnamese, as it reads after "theo" (according to): "cổng thông tin điện tử tỉnh Lào Cai". */
        seenIn: z.string().min(1),
        url: z.url({ protocol: /^https?$/ }).optional(),
      }),
    )
    .min(2),
  /** What a reader should make of it, without resolving it. */
  note: z.string().min(1),
});

/** What the site adds to an entry, in annotations.yaml under the entry's id. */
export const annotationSchema = z.strictObject({
  /** The site's Vietnamese label for the document (not its official title, which sources rarely show in full). */
  title: z.string({ error: 'thiếu nhãn tiếng Việt: thêm mã này vào content/catalogue/annotations.yaml' }).min(1),
  /** The period in Vietnamese, where known-documents.json words it as an English note ("to 2025 (national scheme horizon)"). */
  periodLabel: z.string().min(1).optional(),
  conflicts: z.array(conflictSchema).default([]),
});

/** An entry as the collection holds it: the compiled facts and the site's annotation (and its id, which the loader gives). */
export const catalogueEntrySchema = knownDocumentSchema.extend({
  ...annotationSchema.shape,
  id: z.string().optional(),
});

export type KnownDocumentInput = z.input<typeof knownDocumentSchema>;
export type AnnotationInput = z.input<typeof annotationSchema>;
export type CatalogueEntryData = z.output<typeof catalogueEntrySchema>;
export type Conflict = z.output<typeof conflictSchema>;
