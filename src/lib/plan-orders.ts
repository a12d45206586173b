/**
 * The orders in which the plans list can be read, each its own page so that sorting works
 * without JavaScript: /ke-hoach/ (by province) and /ke-hoach/sap-xep/<order>/.
 */
import type { PlanEntry } from './plans.ts';

export interface PlanOrder {
  id: string;
  label: string;
  /** The plans in this order, from the plans in reading order (ties keep reading order). */
  sort: <T extends PlanEntry>(plans: readonly T[]) => T[];
}

// Plans without a known date go last: the order never pretends to know it.
const byIssued = <T extends PlanEntry>(plans: readonly T[]) =>
  [...plans].sort((a, b) => (a.data.plan.issued ?? '9999').localeCompare(b.data.plan.issued ?? '9999'));

export const PLAN_ORDERS: PlanOrder[] = [
  { id: 'tinh', label: 'Tỉnh', sort: (plans) => [...plans] },
  { id: 'ngay-ban-hanh', label: 'Ngày ban hành', sort: byIssued },
  {
    id: 'thoi-ky',
    label: 'Thời kỳ bắt đầu',
    sort: (plans) => [...plans].sort((a, b) => a.data.plan.period.start - b.data.plan.period.start),
  },
  {
    id: 'so-nhiem-vu',
    label: 'Số nhiệm vụ (nhiều trước)',
    sort: (plans) => [...plans].sort((a, b) => b.data.tasks.length - a.data.tasks.length),
  },
];

/** The path of the list in an order; the default order lives at /ke-hoach/. */
export const planOrderPath = (order: PlanOrder) =>
  order.id === 'tinh' ? '/ke-hoach/' : `/ke-hoach/sap-xep/${order.id}/`;
