/**
 * Administrative context from DOMAIN.md: since 1 July 2025 (Nghị quyết 202/2025/QH15) Kon Tum
 * is part of Quảng Ngãi, Thái Bình of Hưng Yên, Long An of Tây Ninh; the plan's own province
 * is kept as it was; every one of the 63 former provinces is recorded (content/catalogue/provinces-2025.json).
 */
import { describe, expect, it } from 'vitest';
import {
  administrativeContext,
  districtLevelTasks,
  relatedProvinces,
  mergersInWords,
  REORGANISATION,
  REORGANISATION_NOTE,
} from '../src/lib/admin-context.ts';
import { fixturePlan } from './helpers/plan-fixture.ts';

describe('administrative context', () => {
  it('places Kon Tum in Quảng Ngãi since 1 July 2025, keeping the province at issue', () => {
    const context = administrativeContext('Kon Tum')!;
    expect(context).toMatchObject({
      provinceAtIssue: 'Kon Tum',
      province: 'Quảng Ngãi',
      effective: '2025-07-01',
      resolution: 'Nghị quyết 202/2025/QH15',
    });
    expect(context.mergedFrom).toEqual(['Quảng Ngãi', 'Kon Tum']);
    expect(context.summary).toContain('địa bàn tỉnh Kon Tum lúc ban hành kế hoạch nay thuộc tỉnh Quảng Ngãi');
  });

  it('says a province that kept its name is now larger', () => {
    expect(administrativeContext('Hưng Yên')).toMatchObject({
      province: 'Hưng Yên',
      mergedFrom: ['Hưng Yên', 'Thái Bình'],
    });
    expect(administrativeContext('Tây Ninh')!.mergedFrom).toEqual(['Tây Ninh', 'Long An']);
    expect(administrativeContext('Quảng Ngãi')!.summary).toContain(
      'tỉnh Quảng Ngãi hiện nay rộng hơn tỉnh Quảng Ngãi lúc ban hành kế hoạch',
    );
  });

  it('matches the province name whatever its diacritics or case', () => {
    expect(administrativeContext('kon tum')?.province).toBe('Quảng Ngãi');
    expect(relatedProvinces('Quảng Ngãi')).toEqual(['Kon Tum']);
    expect(relatedProvinces('Long An')).toEqual(['Tây Ninh']);
  });

  it('says a province that was not merged kept its borders, and names the city Huế became', () => {
    const context = administrativeContext('Hà Nội')!;
    expect(context).toMatchObject({ province: 'Hà Nội', mergedFrom: ['Hà Nội'] });
    expect(context.summary).toContain('thành phố Hà Nội giữ nguyên địa giới');
    expect(relatedProvinces('Hà Nội')).toEqual([]);
    expect(administrativeContext('Thừa Thiên Huế')!.summary).toContain('tỉnh Thừa Thiên Huế (nay là thành phố Huế)');
    expect(REORGANISATION.provinceCount).toBe(34);
  });

  it('names each former unit with its kind: a city with the provinces merged into it', () => {
    expect(administrativeContext('Bình Dương')!.summary).toContain(
      'thành phố Hồ Chí Minh, tỉnh Bình Dương và tỉnh Bà Rịa - Vũng Tàu được sắp xếp thành một thành phố lấy tên là thành phố Hồ Chí Minh',
    );
    expect(administrativeContext('TP Hồ Chí Minh')!.provinceAtIssue).toBe('TP Hồ Chí Minh');
  });

  it('records nothing for a name that is none of the 63 provinces', () => {
    expect(administrativeContext('Thử nghiệm')).toBeNull();
    expect(relatedProvinces('Thử nghiệm')).toEqual([]);
  });

  it('counts the tasks that give a role to the abolished district committees', () => {
    const plan = fixturePlan('thu-2022', {}, [
      { ref: '1', lead: ['Ủy ban nhân dân các huyện, thị xã, thành phố'] },
      { ref: '2' },
    ]);
    const district = districtLevelTasks(plan.data.tasks);
    expect(district.map((task) => task.ref)).toEqual(['1']);
  });

  it('says the same facts everywhere: one sentence of mergers, the date and the number of provinces', () => {
    expect(mergersInWords(['Kon Tum', 'Hưng Yên', 'Tây Ninh'])).toBe(
      'Thái Bình nhập vào Hưng Yên, Kon Tum nhập vào Quảng Ngãi, Long An nhập vào Tây Ninh',
    );
    expect(mergersInWords()).toContain('Hà Giang nhập vào Tuyên Quang');
    expect(mergersInWords()).toContain('Bình Dương nhập vào Hồ Chí Minh, Bà Rịa - Vũng Tàu nhập vào Hồ Chí Minh');
    expect(REORGANISATION_NOTE).toContain('Từ ngày 01/07/2025');
    expect(REORGANISATION_NOTE).toContain(`${REORGANISATION.provinceCount} tỉnh, thành phố`);
    expect(REORGANISATION_NOTE).toContain(REORGANISATION.resolution);
  });
});
