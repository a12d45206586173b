/**
 * The timelines of the real plans (content/plans/): on every plan's chart and on the chart of
 * all plans, at a phone's and a desktop's width, no label overlaps another or leaves its space,
 * and the 1 July 2025 reorganisation stays inside the chart.
 */
import { describe, expect, it } from 'vitest';
import { parsePlan, readPlanFiles } from '../helpers/content.ts';
import { buildCorpus } from '../../src/lib/corpus.ts';
import {
  LABEL_GAP,
  MERGER_2025,
  layoutTimeline,
  planGroups,
  sectionGroups,
  textWidth,
  yearsOf,
  type AxisLabel,
  type TimelineLayout,
} from '../../src/lib/timeline.ts';

const real = buildCorpus(readPlanFiles().map((file) => ({ id: file.slug, data: parsePlan(file) }))).plans;

/** Every label of a layout with its box, to check overlaps. */
function boxes(layout: TimelineLayout): { what: string; x0: number; x1: number; y: number }[] {
  const out = layout.labels.map((label: AxisLabel) => ({
    what: `trục ${label.text}`,
    x0: label.x - label.width / 2,
    x1: label.x + label.width / 2,
    y: 0,
  }));
  if (layout.axisTitleShown) {
    const { titleX, titleY, labelY } = layout.axis;
    // On the labels' line, or on a line of its own above them.
    const y = titleY === labelY ? 0 : -1;
    out.push({ what: 'tên trục', x0: titleX, x1: titleX + textWidth(layout.axisTitleShown, layout.fontSize), y });
  }
  for (const event of layout.events)
    out.push({
      what: `mốc ${event.label.text}`,
      x0: event.label.x - event.label.width / 2,
      x1: event.label.x + event.label.width / 2,
      y: event.y,
    });
  return out;
}

describe('labels never overlap, down to 360 px', () => {
  const layouts = [
    ...real.map((entry) => ({ name: entry.id, groups: sectionGroups(entry), ...entry.data.plan.period })),
    { name: 'tất cả kế hoạch', groups: planGroups(real), start: yearsOf(real).from, end: yearsOf(real).to },
  ].flatMap(({ name, groups, start, end }) =>
    [360, 680].map((width) => ({
      name: `${name} @${width}`,
      width,
      layout: layoutTimeline(groups, { width, from: start, to: end, events: [MERGER_2025] }),
    })),
  );

  it.each(layouts)('$name: axis and event labels are apart and inside the chart', ({ layout, width }) => {
    const all = boxes(layout);
    expect(layout.labels.length).toBeGreaterThan(0);
    for (const box of all) {
      expect(box.x0, box.what).toBeGreaterThanOrEqual(0);
      expect(box.x1, box.what).toBeLessThanOrEqual(width);
    }
    const line = all.filter((box) => box.y === 0).sort((a, b) => a.x0 - b.x0);
    for (let i = 1; i < line.length; i++)
      expect(line[i]!.x0 - line[i - 1]!.x1, `${line[i - 1]!.what} / ${line[i]!.what}`).toBeGreaterThanOrEqual(
        LABEL_GAP,
      );
    for (const label of layout.labels) {
      expect(label.x - label.width / 2).toBeGreaterThanOrEqual(layout.plot.x0);
      expect(label.x + label.width / 2).toBeLessThanOrEqual(layout.plot.x1);
    }
  });

  it.each(layouts)('$name: row labels fit their column, headings the width', ({ layout, width }) => {
    for (const row of layout.rows) {
      if (row.type === 'task') {
        expect(textWidth(row.label, layout.fontSize), row.label).toBeLessThanOrEqual(layout.taskRow.labelWidth);
        expect(row.label.startsWith(row.task.ref)).toBe(true);
      } else expect(textWidth(row.label, layout.fontSize + 1), row.label).toBeLessThanOrEqual(width - 4);
    }
  });

  it('keeps the 1/7/2025 merger inside the all-plans chart at both widths', () => {
    for (const width of [360, 680]) {
      const layout = layouts.find((l) => l.name === `tất cả kế hoạch @${width}`)!.layout;
      expect(layout.events).toHaveLength(1);
      expect(layout.events[0]!.label.text.startsWith('1/7/2025')).toBe(true);
    }
  });
});
