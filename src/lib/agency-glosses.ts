/**
 * English glosses of the agency registry (src/lib/agencies.ts), for researchers who do not read
 * Vietnamese: on agency pages and in /data/agencies.json. Kept apart from the registry because the
 * search page's script carries the registry's names and aliases, and has no use for these.
 */
import { AGENCIES } from './agencies.ts';

const GLOSSES: Record<string, string> = {
  'so-khoa-hoc-va-cong-nghe': 'Department of Science and Technology',
  'so-ke-hoach-va-dau-tu': 'Department of Planning and Investment',
  'so-thong-tin-va-truyen-thong': 'Department of Information and Communications',
  'so-giao-duc-va-dao-tao': 'Department of Education and Training',
  'so-lao-dong-thuong-binh-va-xa-hoi': 'Department of Labour, Invalids and Social Affairs',
  'so-nong-nghiep-va-phat-trien-nong-thon': 'Department of Agriculture and Rural Development',
  'so-cong-thuong': 'Department of Industry and Trade',
  'so-van-hoa-the-thao-va-du-lich': 'Department of Culture, Sports and Tourism',
  'so-tai-chinh': 'Department of Finance',
  'so-noi-vu': 'Department of Home Affairs',
  'so-tu-phap': 'Department of Justice',
  'so-xay-dung': 'Department of Construction',
  'cuc-thue-tinh': 'Provincial Tax Department',
  'ban-tuyen-giao-tinh-uy': 'Propaganda and Education Commission of the Provincial Party Committee',
  'van-phong-ubnd-tinh': 'Office of the Provincial People’s Committee',
  'ubnd-cap-huyen': 'District-level People’s Committees (abolished from 1 July 2025)',
  'tinh-doan': 'Provincial Ho Chi Minh Communist Youth Union',
  'doan-cap-huyen': 'District-level Youth Union branches',
  'hoi-lien-hiep-phu-nu-tinh': 'Provincial Women’s Union',
  'hoi-lien-hiep-phu-nu-cap-huyen': 'District-level Women’s Unions',
  'hoi-nong-dan-tinh': 'Provincial Farmers’ Union',
  'lien-hiep-cac-hoi-khoa-hoc-va-ky-thuat-tinh': 'Provincial Union of Science and Technology Associations',
  'hiep-hoi-doanh-nghiep-tinh': 'Provincial Business Association',
  'hoi-doanh-nhan-tre-tinh': 'Provincial Young Entrepreneurs’ Association',
  'bao-tinh': 'Provincial newspaper',
  'dai-phat-thanh-va-truyen-hinh-tinh': 'Provincial Radio and Television',
  'cong-thong-tin-dien-tu-tinh': 'Provincial e-portal',
  'trang-thong-tin-khoi-nghiep': 'Provincial startup information website',
  'truong-dai-hoc-cao-dang': 'Universities and colleges in the province',
  'truong-cao-dang-trung-cap-nghe': 'Vocational colleges and schools',
  'truong-pho-thong': 'Secondary schools',
  'trung-tam-gdnn-gdtx': 'Vocational and continuing education centres',
  'truong-dai-hoc-su-pham-ky-thuat-hung-yen': 'Hung Yen University of Technology and Education',
  'phan-hieu-dai-hoc-da-nang-tai-kon-tum': 'University of Da Nang, Kon Tum campus',
  'truong-cao-dang-cong-dong-kon-tum': 'Kon Tum Community College',
  'trung-tam-ung-dung-khcn': 'Centre for Science and Technology Application and Services (under the Department of S&T)',
  'cau-lac-bo-khoi-nghiep': 'Startup clubs',
  'quy-khoi-nghiep-doanh-nghiep-khcn-viet-nam': 'Vietnam Science and Technology Enterprise Startup Fund',
  'cac-so-ban-nganh': 'Relevant provincial departments (unnamed)',
  'cac-so-nganh-doan-the': 'Provincial departments and mass organisations (unnamed)',
  'cac-don-vi-lien-quan': 'Other relevant bodies (unnamed)',
  'doanh-nghiep-to-chuc-ca-nhan': 'Businesses, organisations and individuals (unnamed)',
  'don-vi-to-chuc-dao-tao': 'Whichever body organises the training (unnamed)',
};

/** The English gloss of a registry agency; an agency without one stops the build. */
export function agencyGloss(id: string): string {
  const gloss = GLOSSES[id];
  if (gloss === undefined) throw new Error(`src/lib/agency-glosses.ts: cơ quan "${id}" chưa có tên tiếng Anh`);
  return gloss;
}

/** Glosses of ids the registry does not have (a renamed or removed agency), for the registry test. */
export const orphanGlosses = (): string[] => Object.keys(GLOSSES).filter((id) => !AGENCIES.some((a) => a.id === id));
