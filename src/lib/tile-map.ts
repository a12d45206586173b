/**
 * The map of the provinces as a tile-grid cartogram: one equal cell per province as it was before
 * 1 July 2025, placed on a grid so that the whole resembles Vietnam (the wide north, the narrow
 * centre along the coast, the Mekong delta), neighbours beside neighbours where the grid allows,
 * and the provinces merged on 1 July 2025 always side by side, so that the 34 units since then can
 * be outlined. Computed at build time into SVG coordinates (D3's path for the outlines); the
 * component only draws. Pure: no DOM, no Astro.
 */
import { path } from 'd3';
import { PROVINCES, UNITS_2025, type Province, type Unit2025 } from './provinces.ts';
import { textWidth } from './timeline.ts';

/** Column and row of each province's cell, by its name in provinces-2025.json (north to south). */
export const TILE_POSITIONS: Readonly<Record<string, readonly [column: number, row: number]>> = {
  'Lai Châu': [1, 0],
  'Lào Cai': [2, 0],
  'Hà Giang': [3, 0],
  'Cao Bằng': [4, 0],
  'Điện Biên': [0, 1],
  'Sơn La': [1, 1],
  'Yên Bái': [2, 1],
  'Tuyên Quang': [3, 1],
  'Bắc Kạn': [4, 1],
  'Lạng Sơn': [5, 1],
  'Hòa Bình': [1, 2],
  'Phú Thọ': [2, 2],
  'Vĩnh Phúc': [3, 2],
  'Thái Nguyên': [4, 2],
  'Bắc Giang': [5, 2],
  'Quảng Ninh': [6, 2],
  'Hà Nội': [4, 3],
  'Bắc Ninh': [5, 3],
  'Hải Dương': [6, 3],
  'Hải Phòng': [7, 3],
  'Hà Nam': [4, 4],
  'Hưng Yên': [5, 4],
  'Thái Bình': [6, 4],
  'Thanh Hóa': [3, 5],
  'Ninh Bình': [4, 5],
  'Nam Định': [5, 5],
  'Nghệ An': [3, 6],
  'Hà Tĩnh': [4, 6],
  'Quảng Bình': [4, 7],
  'Quảng Trị': [4, 8],
  'Thừa Thiên Huế': [4, 9],
  'Đà Nẵng': [5, 9],
  'Quảng Nam': [5, 10],
  'Kon Tum': [5, 11],
  'Quảng Ngãi': [6, 11],
  'Gia Lai': [5, 12],
  'Bình Định': [6, 12],
  'Đắk Lắk': [5, 13],
  'Phú Yên': [6, 13],
  'Đắk Nông': [4, 14],
  'Lâm Đồng': [5, 14],
  'Khánh Hòa': [6, 14],
  'Bình Phước': [3, 15],
  'Đồng Nai': [4, 15],
  'Bình Thuận': [5, 15],
  'Ninh Thuận': [6, 15],
  'Tây Ninh': [2, 16],
  'Bình Dương': [3, 16],
  'Bà Rịa - Vũng Tàu': [4, 16],
  'An Giang': [0, 17],
  'Đồng Tháp': [1, 17],
  'Long An': [2, 17],
  'Hồ Chí Minh': [3, 17],
  'Kiên Giang': [0, 18],
  'Tiền Giang': [1, 18],
  'Vĩnh Long': [2, 18],
  'Bến Tre': [3, 18],
  'Bạc Liêu': [0, 19],
  'Cần Thơ': [1, 19],
  'Sóc Trăng': [2, 19],
  'Trà Vinh': [3, 19],
  'Cà Mau': [0, 20],
  'Hậu Giang': [1, 20],
};

/** The two lines written in a cell: the name's two syllables, or a usual abbreviation where it has more. */
const CELL_LABELS: Readonly<Record<string, readonly [string, string]>> = {
  'Thừa Thiên Huế': ['TT', 'Huế'],
  'Hồ Chí Minh': ['TP', 'HCM'],
  'Bà Rịa - Vũng Tàu': ['BR', 'VT'],
};

export function cellLabel(name: string): readonly [string, string] {
  const words = name.split(' ');
  return CELL_LABELS[name] ?? [words.slice(0, -1).join(' '), words.at(-1)!];
}

export interface TileCell {
  province: Province;
  column: number;
  row: number;
  /** The cell's rectangle (inside the gutters). */
  x: number;
  y: number;
  width: number;
  height: number;
  /** The name in two lines, and where to write them (the centre of each line's baseline). */
  lines: readonly [string, string];
  textX: number;
  textY: readonly [number, number];
}

export interface TileLayout {
  width: number;
  height: number;
  fontSize: number;
  cells: TileCell[];
  /** The outlines of the 34 units since 1 July 2025: one SVG path along the grid lines. */
  units: string;
}

export interface TileOptions {
  /** Grid pitch across and down, in px (the SVG's user units). */
  pitchX: number;
  pitchY: number;
  /** Space between two cells. */
  gap?: number;
  /** Largest type size; smaller when the longest line would not fit a cell. */
  maxFontSize?: number;
}

/** Where each province is drawn, and the outlines of the units it forms since 1 July 2025. */
export function layoutTiles({ pitchX, pitchY, gap = 3, maxFontSize = 11 }: TileOptions): TileLayout {
  const at = new Map<string, Province>();
  const cells = PROVINCES.map((province): TileCell => {
    const position = TILE_POSITIONS[province.name];
    if (!position) throw new Error(`Bản đồ: chưa có ô cho ${province.name}`);
    const [column, row] = position;
    if (at.has(`${column},${row}`))
      throw new Error(`Bản đồ: ${province.name} và ${at.get(`${column},${row}`)!.name} cùng một ô`);
    at.set(`${column},${row}`, province);
    return {
      province,
      column,
      row,
      x: column * pitchX + gap / 2,
      y: row * pitchY + gap / 2,
      width: pitchX - gap,
      height: pitchY - gap,
      lines: cellLabel(province.name),
      textX: 0,
      textY: [0, 0],
    };
  });
  // One type size for every cell: the largest at which the widest line fits, in half pixels.
  const widest = Math.max(...cells.flatMap((cell) => cell.lines.map((line) => textWidth(line, 100) / 100)));
  const fontSize = Math.min(maxFontSize, Math.floor(((pitchX - gap - 4) / widest) * 2) / 2);
  const lineGap = fontSize * 1.15;
  for (const cell of cells) {
    cell.textX = cell.x + cell.width / 2;
    const middle = cell.y + cell.height / 2 + fontSize * 0.35;
    cell.textY = [middle - lineGap / 2, middle + lineGap / 2].map((y) => Math.round(y * 10) / 10) as [number, number];
  }

  // A unit's outline: every cell side whose neighbour is outside the grid, empty or of another unit.
  const unitAt = (column: number, row: number): Unit2025 | undefined => at.get(`${column},${row}`)?.unit;
  const outline = path();
  for (const { column, row, province } of cells) {
    const [x0, y0, x1, y1] = [column * pitchX, row * pitchY, (column + 1) * pitchX, (row + 1) * pitchY];
    const sides: [number, number, number, number, number, number][] = [
      [0, -1, x0, y0, x1, y0],
      [1, 0, x1, y0, x1, y1],
      [0, 1, x0, y1, x1, y1],
      [-1, 0, x0, y0, x0, y1],
    ];
    for (const [dc, dr, ax, ay, bx, by] of sides) {
      const other = unitAt(column + dc, row + dr);
      // A side shared by two units is drawn once, from the cell on its top or left.
      if (other === province.unit || (other && (dc < 0 || dr < 0))) continue;
      outline.moveTo(ax, ay);
      outline.lineTo(bx, by);
    }
  }
  const columns = Math.max(...cells.map((cell) => cell.column)) + 1;
  const rows = Math.max(...cells.map((cell) => cell.row)) + 1;
  return { width: columns * pitchX, height: rows * pitchY, fontSize, cells, units: outline.toString() };
}

/** Whether the cells of each unit touch, side by side, as one piece: what lets the map outline it. */
export function unitIsConnected(unit: Unit2025): boolean {
  const positions = unit.from.map((name) => TILE_POSITIONS[name]!);
  const reached = new Set([0]);
  const queue = [0];
  while (queue.length > 0) {
    const [c, r] = positions[queue.shift()!]!;
    positions.forEach(([oc, or], index) => {
      if (!reached.has(index) && Math.abs(oc - c) + Math.abs(or - r) === 1) {
        reached.add(index);
        queue.push(index);
      }
    });
  }
  return reached.size === positions.length;
}

/** The units since 1 July 2025 from north to south, as the map reads: by the top row, then the left column, of their cells. */
export function unitsNorthToSouth(): Unit2025[] {
  const key = (unit: Unit2025) => {
    const [column, row] = unit.from.map((name) => TILE_POSITIONS[name]!).sort((a, b) => a[1] - b[1] || a[0] - b[0])[0]!;
    return row * 100 + column;
  };
  return [...UNITS_2025].sort((a, b) => key(a) - key(b));
}
