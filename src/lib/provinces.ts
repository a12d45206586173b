/**
 * The provinces (tỉnh, thành phố): the 63 provincial-level units as they were before 1 July
 * 2025, under which every plan and known document was issued, and the 34 they form since then
 * (Nghị quyết 202/2025/QH15). One source for every page and file that names them:
 * content/catalogue/provinces-2025.json, validated when this module loads.
 */
import provincesFile from '../../content/catalogue/provinces-2025.json' with { type: 'json' };
import { provincesFileSchema, type UnitInput } from '../schemas/provinces.ts';
import { fold, slugify } from './vietnamese.ts';

export type UnitKind = UnitInput['kind'];

/** A provincial-level unit since 1 July 2025. */
export interface Unit2025 {
  name: string;
  kind: UnitKind;
  /** "Tỉnh Quảng Ngãi", "Thành phố Hồ Chí Minh". */
  title: string;
  /** The units before 1 July 2025 it was formed from, the first giving its name. */
  from: readonly string[];
  /** True when it was formed from more than one former unit. */
  merged: boolean;
}

/** A provincial-level unit as it was before 1 July 2025. */
export interface Province {
  /** As provinces-2025.json writes it: "Kon Tum", "Hồ Chí Minh". */
  name: string;
  /** How the site names it in lists and links: the name, but "TP Hồ Chí Minh" for the city named after a person. */
  short: string;
  /** "Tỉnh Kon Tum", "Thành phố Hồ Chí Minh". */
  title: string;
  kind: UnitKind;
  slug: string;
  /** The unit it belongs to since 1 July 2025. */
  unit: Unit2025;
}

const KIND_TITLE: Record<UnitKind, string> = { tỉnh: 'Tỉnh', 'thành phố': 'Thành phố' };

/** "tỉnh Kon Tum", "thành phố Hà Nội": a unit named with its kind, inside a sentence. */
export const withKind = (unit: { kind: UnitKind; name: string }) => `${unit.kind} ${unit.name}`;

/** The units since 1 July 2025 and the 63 before, from a provinces file (validated). */
export function readProvinces(raw: unknown): { units: Unit2025[]; provinces: Province[] } {
  const file = provincesFileSchema.parse(raw);
  const units = file.units.map((unit): Unit2025 => ({
    name: unit.name,
    kind: unit.kind,
    title: `${KIND_TITLE[unit.kind]} ${unit.name}`,
    from: Object.freeze([...unit.from]),
    merged: unit.from.length > 1,
  }));
  const provinces = units.flatMap((unit) =>
    unit.from.map((name): Province => {
      // Before 1 July 2025 the five centrally-run cities each gave its name to a city of the same
      // name; every other former unit was a province (Thừa Thiên Huế too, when its documents were issued).
      const kind: UnitKind = unit.kind === 'thành phố' && name === unit.name ? 'thành phố' : 'tỉnh';
      const short = name === 'Hồ Chí Minh' ? 'TP Hồ Chí Minh' : name;
      return { name, short, title: `${KIND_TITLE[kind]} ${name}`, kind, slug: slugify(short), unit };
    }),
  );
  return { units, provinces };
}

const read = readProvinces(provincesFile);

/** The 34 units since 1 July 2025, in the file's order. */
export const UNITS_2025: readonly Unit2025[] = Object.freeze(read.units);
/** The 63 units before 1 July 2025, grouped by the unit they now belong to. */
export const PROVINCES: readonly Province[] = Object.freeze(read.provinces);

/** How a province name is compared: folded, without "TP"/"thành phố"/"tỉnh", dashes as spaces. */
export function provinceKey(name: string): string {
  return fold(name)
    .replace(/[-–—]/g, ' ')
    .replace(/^(tp\.?|thanh pho|tinh)\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const BY_KEY = new Map(
  PROVINCES.flatMap((p) => [[provinceKey(p.name), p] as const, [provinceKey(p.short), p] as const]),
);

/**
 * The province before 1 July 2025 that a name means, however it is written ("TP Hồ Chí Minh",
 * "Bà Rịa – Vũng Tàu", "kon tum"); undefined for a name that is none of the 63.
 */
export function findProvince(name: string): Province | undefined {
  return BY_KEY.get(provinceKey(name));
}
