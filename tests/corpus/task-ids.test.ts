/**
 * Permalinks of tasks never change: every task id and url in the committed snapshot
 * (tests/fixtures/task-ids.json) is still published, pointing to the same anchor, whatever
 * re-import or edit happened since. New tasks may be added; add them to the snapshot too.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parsePlan, readPlanFiles } from '../helpers/content.ts';
import { taskRecords } from '../../src/lib/plans.ts';
import { taskAnchor, taskId } from '../../src/lib/task-ref.ts';

const snapshot: { id: string; url: string }[] = JSON.parse(
  readFileSync(new URL('../fixtures/task-ids.json', import.meta.url), 'utf8'),
);
const plans = readPlanFiles().map((file) => ({ id: file.slug, data: parsePlan(file) }));
const published = new Map(taskRecords(plans).map((task) => [task.id, task.url]));

describe('task permalinks', () => {
  it('keeps every id of the snapshot, with the same url', () => {
    const lost = snapshot
      .filter(({ id, url }) => published.get(id) !== url)
      .map(({ id, url }) => `${id} → ${url} (now ${published.get(id) ?? 'missing'})`);
    expect(lost, 'task ids or permalinks changed: a re-import must keep them').toEqual([]);
  });

  it('has every published task of a pinned plan in the snapshot', () => {
    // A plan new to the site is pinned when its import is reviewed; a task added to a pinned plan must be pinned too.
    const pinnedPlans = new Set(snapshot.map((row) => row.id.split('/')[0]));
    const pinned = new Set(snapshot.map((row) => row.id));
    const missing = [...published.keys()].filter((id) => pinnedPlans.has(id.split('/')[0]) && !pinned.has(id));
    expect(missing, 'new tasks: add them to tests/fixtures/task-ids.json').toEqual([]);
  });

  it('derives ids and anchors from the plan slug and the printed ref only', () => {
    expect(taskId('tay-ninh-2022', '3.2.a')).toBe('tay-ninh-2022/3.2.a');
    expect(taskAnchor('3.2.a')).toBe('nv-3-2-a');
    expect(taskAnchor('2.đ')).toBe('nv-2-dd');
    expect(taskAnchor('2.d')).not.toBe(taskAnchor('2.đ'));
  });
});
