/**
 * Target groups (đối tượng): who a task is for. A small controlled list so that plans can be
 * compared; the plan's own wording ("Đối tượng: …") is kept beside it on the task.
 */
import { vocabulary, type Term } from './vocabulary.ts';

export interface TargetGroup extends Term {
  en: string;
}

export const TARGET_GROUP_VOCABULARY = vocabulary<TargetGroup>('Đối tượng', [
  { id: 'doanh-nghiep-khoi-nghiep', label: 'Doanh nghiệp khởi nghiệp', en: 'Startups and young firms' },
  {
    id: 'ca-nhan-nhom-khoi-nghiep',
    label: 'Cá nhân, nhóm có ý tưởng, dự án khởi nghiệp',
    en: 'Founders and teams with ideas',
  },
  { id: 'doanh-nghiep', label: 'Doanh nghiệp, hợp tác xã', en: 'Established businesses and cooperatives' },
  { id: 'sinh-vien', label: 'Sinh viên', en: 'University and college students' },
  { id: 'hoc-sinh', label: 'Học sinh', en: 'School pupils' },
  { id: 'giao-vien', label: 'Giáo viên, giảng viên', en: 'Teachers and lecturers' },
  { id: 'thanh-nien', label: 'Thanh niên, đoàn viên', en: 'Young people' },
  { id: 'phu-nu', label: 'Phụ nữ', en: 'Women' },
  { id: 'nong-dan', label: 'Nông dân', en: 'Farmers' },
  { id: 'can-bo', label: 'Cán bộ, công chức, viên chức', en: 'Civil servants and officials' },
  {
    id: 'to-chuc-ho-tro',
    label: 'Tổ chức, chuyên gia hỗ trợ khởi nghiệp',
    en: 'Support organisations, mentors and advisers',
  },
  { id: 'cong-dong', label: 'Cộng đồng, người dân', en: 'The general public' },
]);

export const TARGET_GROUPS = TARGET_GROUP_VOCABULARY.terms;
export const TARGET_GROUP_IDS = TARGET_GROUP_VOCABULARY.ids;

/** The target group with this id; throws for an id outside the list. */
export const getTargetGroup = TARGET_GROUP_VOCABULARY.get;
