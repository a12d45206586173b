/**
 * The map of the provinces: one cell for each of the 63 provinces before 1 July 2025 and no other,
 * no two on one cell, each of the 34 units since then in one piece (so its outline is one shape),
 * the labels fitting their cells, and the outline drawn between units, never inside one.
 */
import { describe, expect, it } from 'vitest';
import { cellLabel, layoutTiles, TILE_POSITIONS, unitIsConnected } from '../src/lib/tile-map.ts';
import { PROVINCES, UNITS_2025 } from '../src/lib/provinces.ts';
import { textWidth } from '../src/lib/timeline.ts';

const layout = layoutTiles({ pitchX: 44, pitchY: 30 });

describe('tile map', () => {
  it('has one cell per province before 1 July 2025, and only those', () => {
    expect(layout.cells).toHaveLength(PROVINCES.length);
    expect(PROVINCES).toHaveLength(63);
    expect(Object.keys(TILE_POSITIONS).sort()).toEqual(PROVINCES.map((p) => p.name).sort());
    const taken = new Set(layout.cells.map((cell) => `${cell.column},${cell.row}`));
    expect(taken.size).toBe(63);
  });

  it.each(UNITS_2025.map((unit) => [unit.name, unit] as const))('draws %s in one piece', (_, unit) => {
    expect(unitIsConnected(unit)).toBe(true);
  });

  it('outlines units: a side between two provinces merged into one unit is not drawn', () => {
    // Kon Tum (5,11) and Quảng Ngãi (6,11) are one unit: no segment on x = 6 * 44 between y = 330 and 360.
    expect(layout.units).not.toContain('M264,330L264,360');
    // Quảng Nam (5,10) and Kon Tum (5,11) are two units: the side between them is drawn, once.
    expect(layout.units.split('M220,330L264,330')).toHaveLength(2);
  });

  it('writes every label within its cell', () => {
    for (const cell of layout.cells)
      for (const line of cell.lines) expect(textWidth(line, layout.fontSize), line).toBeLessThanOrEqual(cell.width - 2);
    expect(layout.fontSize).toBeGreaterThanOrEqual(9);
  });

  it('splits a name into two lines, with abbreviations for the longer names', () => {
    expect(cellLabel('Kon Tum')).toEqual(['Kon', 'Tum']);
    expect(cellLabel('Hồ Chí Minh')).toEqual(['TP', 'HCM']);
  });
});
