/**
 * The shape of content/catalogue/provinces-2025.json: the 34 provincial-level units from
 * 1 July 2025 (Nghị quyết 202/2025/QH15), each with the units before that date it was formed
 * from, the first of which gives it its name. Checked when the file is read
 * (src/lib/provinces.ts): every one of the 63 former units in exactly one new unit.
 */
import { z } from 'astro/zod';

export const UNIT_KINDS = ['tỉnh', 'thành phố'] as const;

export const unitSchema = z.strictObject({
  /** The new unit's name, as the resolution writes it (without "tỉnh"/"thành phố"). */
  name: z.string().min(1),
  /** tỉnh (province) or thành phố (centrally-run city). */
  kind: z.enum(UNIT_KINDS),
  /** The units before 1 July 2025 it was formed from; the first gives it its name. */
  from: z.array(z.string().min(1)).min(1),
});

export const provincesFileSchema = z
  .strictObject({
    about: z.string().min(1),
    units: z.array(unitSchema).min(1),
  })
  .superRefine((file, ctx) => {
    const seen = new Map<string, string>();
    file.units.forEach((unit, index) => {
      for (const old of unit.from) {
        const other = seen.get(old);
        if (other)
          ctx.addIssue({
            code: 'custom',
            path: ['units', index, 'from'],
            message: `“${old}” đã thuộc đơn vị “${other}”: mỗi tỉnh cũ thuộc đúng một đơn vị mới`,
          });
        seen.set(old, unit.name);
      }
    });
  });

export type UnitInput = z.output<typeof unitSchema>;
export type ProvincesFile = z.output<typeof provincesFileSchema>;
