/**
 * Task references (số thứ tự nhiệm vụ): the numbering printed in the plan, relative to its
 * tasks section, levels joined by dots: "1.3", "3.2.a", "2.đ" (đ comes after d in Vietnamese).
 */

/** A valid task ref: numbers, optionally ending in one Vietnamese letter. */
export const TASK_REF = /^\d+(\.\d+)*(\.[a-zđ])?$/;

/** The HTML id of a task on its plan page: "3.2.a" → "nv-3-2-a", "2.đ" → "nv-2-dd" (nv = nhiệm vụ, task). */
export function taskAnchor(ref: string): string {
  return `nv-${ref.replace(/đ/g, 'dd').replace(/\./g, '-')}`;
}

/** The public, permanent id of a task: "<plan-slug>/<ref>". */
export function taskId(planSlug: string, ref: string): string {
  return `${planSlug}/${ref}`;
}
