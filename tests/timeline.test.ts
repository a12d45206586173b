/**
 * The timeline layout: dates become positions on the plan's period for every timing kind (bar,
 * deadline marker, one mark per year, ongoing band), undated tasks get no position, axis labels
 * are Vietnamese quarters and years, and no label overlaps another or leaves its space, down to
 * a 360 px chart.
 */
import { describe, expect, it } from 'vitest';
import { fixtureCorpusPlans, fixturePlan } from './helpers/plan-fixture.ts';
import { buildCorpus } from '../src/lib/corpus.ts';
import {
  LABEL_GAP,
  MERGER_2025,
  countMarks,
  describeTimeline,
  fitAxisLabels,
  fitText,
  layoutTimeline,
  planGroups,
  quarterLabel,
  sectionGroups,
  taskMarkName,
  textWidth,
  yearsOf,
  type TaskRow,
  type TimelineLayout,
} from '../src/lib/timeline.ts';

/** Where a date should fall, computed independently of d3: linear in milliseconds over the years. */
const expectedX = (layout: TimelineLayout, from: number, to: number, iso: string, endOfDay = false) => {
  const t0 = Date.UTC(from, 0, 1);
  const t1 = Date.UTC(to + 1, 0, 1);
  const t = Date.parse(`${iso}T00:00:00Z`) + (endOfDay ? 86_400_000 : 0);
  return layout.plot.x0 + ((t - t0) / (t1 - t0)) * (layout.plot.x1 - layout.plot.x0);
};
const taskRows = (layout: TimelineLayout) => layout.rows.filter((row): row is TaskRow => row.type === 'task');
const rowOf = (layout: TimelineLayout, ref: string) => taskRows(layout).find((row) => row.task.ref === ref)!;

describe('every timing kind on an annual plan (Tây Ninh style, 2022)', () => {
  const plan = fixturePlan('thu-2022', {}, [
    { ref: '1', timing: 'Quý III/2022', section: '1' },
    {
      ref: '2',
      timing: 'Quý III hoặc IV/2022 (do cơ quan chủ trì bố trí thời gian phù hợp với công tác chuyên môn)',
      section: '1',
    },
    { ref: '3', timing: 'Quý IV/2022', label: 'Thời gian hoàn thành', section: '1' },
    { ref: '4', timing: 'Thường xuyên trong năm 2022', section: '1' },
    { ref: '5', timing: 'do cơ quan chủ trì bố trí thời gian phù hợp với công tác chuyên môn', section: '1' },
    { ref: '6', timing: null, section: '1' },
    { ref: '7', timing: 'Năm 2022', section: '2' },
  ]);
  const layout = layoutTimeline(sectionGroups(plan), { width: 680, from: 2022, to: 2022 });

  it('draws a dated window as a bar from its first to its last day', () => {
    const row = rowOf(layout, '1');
    expect(row.mark.kind).toBe('window');
    if (row.mark.kind !== 'window') return;
    expect(row.mark.x0).toBeCloseTo(expectedX(layout, 2022, 2022, '2022-07-01'), 6);
    expect(row.mark.x1).toBeCloseTo(expectedX(layout, 2022, 2022, '2022-09-30', true), 6);
    const both = rowOf(layout, '2').mark;
    expect(both.kind === 'window' && [both.x0, both.x1]).toEqual([row.mark.x0, layout.plot.x1]);
  });

  it('draws a deadline as one marker at the end of its quarter', () => {
    const mark = rowOf(layout, '3').mark;
    expect(mark.kind).toBe('deadline');
    if (mark.kind === 'deadline') {
      expect(mark.x).toBeCloseTo(layout.plot.x1, 6);
      expect(mark.path).toMatch(/^M0,-[\d.]+L/);
    }
  });

  it('draws an ongoing task as a band over the whole year', () => {
    const mark = rowOf(layout, '4').mark;
    expect(mark).toMatchObject({ kind: 'ongoing', x0: layout.plot.x0, x1: layout.plot.x1 });
  });

  it('never draws an undated task: it is listed apart, by section', () => {
    expect(taskRows(layout).map((row) => row.task.ref)).toEqual(['1', '2', '3', '4', '7']);
    expect(layout.undated.map(({ group, tasks }) => [group.label, tasks.map((t) => t.ref)])).toEqual([
      ['1. Mục 1', ['5', '6']],
    ]);
    expect(countMarks(layout)).toEqual({ window: 3, deadline: 1, recurring: 0, ongoing: 1, unspecified: 2 });
  });

  it('stacks rows under their section headings without gaps', () => {
    let y = layout.plot.y0;
    for (const row of layout.rows) {
      expect(row.y).toBe(y);
      y += row.height;
    }
    expect(layout.rows.filter((row) => row.type === 'group').map((row) => row.type === 'group' && row.drawn)).toEqual([
      4, 1,
    ]);
  });

  it('labels the quarters in Vietnamese', () => {
    expect(layout.labels.map((label) => label.text)).toEqual([
      'Quý I/2022',
      'Quý II/2022',
      'Quý III/2022',
      'Quý IV/2022',
    ]);
    expect(layout.axisTitle).toBe('Năm 2022');
    expect(quarterLabel(new Date(Date.UTC(2024, 0, 1)))).toBe('Quý I/2024');
  });

  it('describes what is drawn and what is not', () => {
    expect(describeTimeline(layout, 'Tiến độ')).toBe(
      'Tiến độ, Năm 2022: 5 nhiệm vụ có thời gian được vẽ: 3 nhiệm vụ trong khoảng thời gian (thanh); 1 có hạn hoàn thành (hình thoi); 1 thường xuyên (dải nhạt viền đứt). 2 nhiệm vụ không có ngày cụ thể không được vẽ, mà liệt kê riêng.',
    );
  });
});

describe('a period plan (Kon Tum style, 2019–2025)', () => {
  const plan = fixturePlan(
    'thu-2019-2025',
    { province: 'Kon Tum', kind: 'giai-doan', period: { start: 2019, end: 2025 } },
    [
      { ref: '1', timing: 'Hàng năm' },
      { ref: '2', timing: 'Quí IV năm 2019 và hàng năm' },
      { ref: '3', timing: 'Hàng năm, bắt đầu từ Quí I năm 2020' },
      { ref: '4', timing: 'Từ năm 2020 trở đi' },
      { ref: '5', timing: 'giai đoạn 2020 - 2023' },
      { ref: '6', timing: 'Năm 2021 - 2025', label: 'Thời gian hoàn thành' },
    ],
  );
  const layout = layoutTimeline(sectionGroups(plan), { width: 680, from: 2019, to: 2025 });

  it('puts the period between the plot edges', () => {
    expect(expectedX(layout, 2019, 2025, '2019-01-01')).toBeCloseTo(layout.plot.x0, 6);
    expect(expectedX(layout, 2019, 2025, '2025-12-31', true)).toBeCloseTo(layout.plot.x1, 6);
    for (const row of taskRows(layout)) {
      const xs =
        row.mark.kind === 'recurring'
          ? row.mark.xs
          : row.mark.kind === 'deadline'
            ? [row.mark.x]
            : [row.mark.x0, row.mark.x1];
      for (const x of xs) {
        expect(x).toBeGreaterThanOrEqual(layout.plot.x0);
        expect(x).toBeLessThanOrEqual(layout.plot.x1);
      }
    }
  });

  it('repeats a yearly task once per year, in the middle of each year', () => {
    const mark = rowOf(layout, '1').mark;
    expect(mark.kind === 'recurring' && mark.years).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025]);
    if (mark.kind === 'recurring')
      expect(mark.xs[2]).toBeCloseTo(
        (expectedX(layout, 2019, 2025, '2021-01-01') + expectedX(layout, 2019, 2025, '2022-01-01')) / 2,
        6,
      );
  });

  it('starts a yearly series in its first quarter, then once a year', () => {
    const mark = rowOf(layout, '2').mark;
    expect(mark.kind === 'recurring' && mark.years).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025]);
    if (mark.kind === 'recurring') {
      expect(mark.xs[0]).toBeCloseTo(
        (expectedX(layout, 2019, 2025, '2019-10-01') + expectedX(layout, 2019, 2025, '2020-01-01')) / 2,
        6,
      );
    }
    const fromQ1 = rowOf(layout, '3').mark;
    expect(fromQ1.kind === 'recurring' && fromQ1.years).toEqual([2020, 2021, 2022, 2023, 2024, 2025]);
  });

  it('draws "from 2020 on" as a band to the end of the period, a span as a bar, "to finish by 2025" as a marker', () => {
    expect(rowOf(layout, '4').mark).toMatchObject({ kind: 'ongoing', x1: layout.plot.x1 });
    const span = rowOf(layout, '5').mark;
    expect(span.kind === 'window' && span.x1).toBeCloseTo(expectedX(layout, 2019, 2025, '2024-01-01'), 6);
    expect(rowOf(layout, '6').mark).toMatchObject({ kind: 'deadline', x: layout.plot.x1 });
  });

  it('labels the years', () => {
    expect(layout.labels.map((label) => label.text)).toEqual(['2019', '2020', '2021', '2022', '2023', '2024', '2025']);
    expect(layout.yearLines).toHaveLength(6);
    expect(layout.quarterLines).toHaveLength(7 * 3);
  });
});

describe('the chart of every plan', () => {
  const plans = buildCorpus(fixtureCorpusPlans()).plans;

  it('has one group per plan in reading order, on an axis from 2019 to the last plan’s end', () => {
    expect(planGroups(plans).map((group) => group.plan)).toEqual(plans.map((plan) => plan.id));
    expect(yearsOf(plans)).toEqual({ from: 2019, to: 2025 });
  });

  it('marks the 1 July 2025 reorganisation inside the chart, at a phone’s width too', () => {
    const { from, to } = yearsOf(plans);
    for (const width of [360, 680]) {
      const layout = layoutTimeline(planGroups(plans), { width, from, to, events: [MERGER_2025] });
      expect(layout.events).toHaveLength(1);
      expect(layout.events[0]!.label.text.startsWith('1/7/2025')).toBe(true);
      expect(layout.events[0]!.label.x + layout.events[0]!.label.width / 2).toBeLessThanOrEqual(width);
    }
  });
});

describe('axis labels of a narrow chart', () => {
  it('shortens quarter labels of a narrow annual chart rather than letting them collide, keeping the year in the title', () => {
    const tayNinh = fixturePlan('thu-2022', {}, [
      { ref: '1', timing: 'Quý I/2022' },
      { ref: '2', timing: 'Quý IV/2022' },
    ]);
    const wide = layoutTimeline(sectionGroups(tayNinh), { width: 680, from: 2022, to: 2022 });
    expect(wide.labels.map((l) => l.text)).toEqual(['Quý I/2022', 'Quý II/2022', 'Quý III/2022', 'Quý IV/2022']);
    // A phone's chart has no label column (names go above the marks): the quarters have room.
    const phone = layoutTimeline(sectionGroups(tayNinh), { width: 360, from: 2022, to: 2022 });
    expect(phone.labels.map((l) => l.text)).toEqual(['Quý I/2022', 'Quý II/2022', 'Quý III/2022', 'Quý IV/2022']);
    expect(phone.axisTitleShown).toBe('Năm 2022');
    const narrow = layoutTimeline(sectionGroups(tayNinh), { width: 260, from: 2022, to: 2022 });
    expect(narrow.labels.map((l) => l.text)).toEqual(['Quý I', 'Quý II', 'Quý III', 'Quý IV']);
    expect(narrow.axisTitleShown).toBe('Năm 2022');
    const tiny = layoutTimeline(sectionGroups(tayNinh), { width: 150, from: 2022, to: 2022 });
    expect(tiny.labels.map((l) => l.text)).toEqual(['QI', 'QII', 'QIII', 'QIV']);
  });
});

describe('rows a reader can read on a phone', () => {
  const plan = fixturePlan('thu-2022', {}, [
    {
      ref: '1.a',
      title: 'Tổ chức Ngày hội khởi nghiệp đổi mới sáng tạo của tỉnh',
      timing: 'Quý III/2022',
      section: '1',
    },
    { ref: '2.a', title: 'Hỗ trợ doanh nghiệp', timing: null, section: '2' },
    { ref: '2.b', title: 'Kết nối nhà đầu tư', timing: 'Theo Kế hoạch năm của Tỉnh đoàn Tây Ninh', section: '2' },
  ]);

  it('names a task on a narrow chart by its number and as much of its title as the width holds', () => {
    const narrow = layoutTimeline(sectionGroups(plan), { width: 360, from: 2022, to: 2022 });
    const row = taskRows(narrow)[0]!;
    expect(row.label).toBe('1.a Tổ chức Ngày hội khởi nghiệp đổi mới sáng tạo của tỉnh');
    expect(narrow.taskRow.labelWidth).toBeGreaterThan(300);
    // The name on its own line, the mark under it, the plot across the whole width.
    expect(narrow.taskRow.markY).toBeGreaterThan(narrow.taskRow.labelY);
    expect(narrow.plot.x0).toBeLessThan(20);
  });

  it('draws no heading for a section whose tasks are all undated: they are listed apart', () => {
    for (const width of [360, 680]) {
      const layout = layoutTimeline(sectionGroups(plan), { width, from: 2022, to: 2022 });
      expect(layout.rows.filter((row) => row.type === 'group').map((row) => row.label)).toEqual(['1. Mục 1']);
      expect(layout.undated.map(({ group }) => group.label)).toEqual(['2. Mục 2']);
    }
  });
});

describe('naming a mark', () => {
  const longTitle = `Tổ chức các hoạt động truyền thông về khởi nghiệp đổi mới sáng tạo ${'trên các phương tiện thông tin đại chúng, '.repeat(7)}nhằm nâng cao nhận thức của cộng đồng.`;
  const plan = fixturePlan('thu-2019-2025', { kind: 'giai-doan', period: { start: 2019, end: 2025 } }, [
    { ref: '1.1', title: longTitle, timing: 'Quí IV năm 2019 và hàng năm' },
  ]);
  const task = sectionGroups(plan)
    .flatMap((group) => group.tasks)
    .find((t) => t.ref === '1.1')!;

  it('gives the whole title, the time as written and as read, and the lead', () => {
    const name = taskMarkName(task);
    expect(name).toContain(task.title.replace(/[.\s]+$/, ''));
    expect(name).toContain('Thời gian: Quí IV năm 2019 và hàng năm (');
    expect(name).toMatch(/Chủ trì: Sở KH&CN\.$/);
  });

  it('shortens a long title on a page that holds the task in full, with one ellipsis and no stray full stop', () => {
    expect(task.title.length).toBeGreaterThan(300);
    const name = taskMarkName(task, true);
    const title = name.slice('Nhiệm vụ 1.1: '.length, name.indexOf(' Thời gian:'));
    expect(title.length).toBeLessThanOrEqual(121);
    expect(task.title.startsWith(title.slice(0, -1))).toBe(true);
    expect(title.endsWith('…')).toBe(true);
    expect(name).toContain('Thời gian: Quí IV năm 2019 và hàng năm (');
  });
});

describe('label fitting', () => {
  it('thins labels that cannot all fit, keeping them apart', () => {
    const slots = Array.from({ length: 40 }, (_, i) => ({ center: 10 + i * 5, variants: [`Quý ${i}`, `${i}`] }));
    const labels = fitAxisLabels(slots, 0, 210, 11);
    expect(labels.length).toBeGreaterThan(3);
    expect(labels.length).toBeLessThan(40);
    for (let i = 1; i < labels.length; i++)
      expect(
        labels[i]!.x - labels[i]!.width / 2 - (labels[i - 1]!.x + labels[i - 1]!.width / 2),
      ).toBeGreaterThanOrEqual(LABEL_GAP);
  });

  it('cuts a text with an ellipsis to fit a width', () => {
    expect(fitText('1.1 Tuyên truyền', 500, 12)).toBe('1.1 Tuyên truyền');
    const cut = fitText('1.1 Tuyên truyền, phổ biến Đề án', 80, 12);
    expect(cut.endsWith('…')).toBe(true);
    expect(textWidth(cut, 12)).toBeLessThanOrEqual(80);
    expect(fitText('Tuyên truyền', 2, 12)).toBe('');
  });

  it('measures Vietnamese text by its base letters', () => {
    expect(textWidth('Quý', 10)).toBe(textWidth('Quy', 10));
    expect(textWidth('Đoàn', 10)).toBe(textWidth('Doan', 10));
    expect(textWidth('mmm', 10)).toBeGreaterThan(textWidth('iii', 10));
  });
});
