/** Filters read from a page's address keep only what the page offers (src/lib/url-filters.ts). */
import { describe, expect, it } from 'vitest';
import { addressFilter } from '../src/lib/url-filters.ts';

const params = (query: string) => new URLSearchParams(query);

describe('addressFilter', () => {
  it('keeps the values the page offers, each once, in the order asked', () => {
    expect(addressFilter(params('tinh=kon-tum'), 'tinh', ['tay-ninh', 'kon-tum'])).toEqual({
      values: ['kon-tum'],
      dropped: false,
    });
    expect(addressFilter(params('chu-de=b,a,b'), 'chu-de', ['a', 'b', 'c'], /,/)).toEqual({
      values: ['b', 'a'],
      dropped: false,
    });
    expect(addressFilter(params('chu-de=a&chu-de=c'), 'chu-de', ['a', 'b', 'c']).values).toEqual(['a', 'c']);
  });

  it('drops a value the page does not offer, and says that it did', () => {
    expect(addressFilter(params('tinh=%3Cscript%3Ealert(1)%3C/script%3E'), 'tinh', ['kon-tum'])).toEqual({
      values: [],
      dropped: true,
    });
    expect(addressFilter(params('ke-hoach=x+kon-tum-2019-2025'), 'ke-hoach', ['kon-tum-2019-2025'], /[,+\s]+/)).toEqual(
      { values: ['kon-tum-2019-2025'], dropped: true },
    );
  });

  it('reads an absent or empty parameter as no filter', () => {
    expect(addressFilter(params(''), 'tinh', ['kon-tum'])).toEqual({ values: [], dropped: false });
    expect(addressFilter(params('tinh='), 'tinh', ['kon-tum'])).toEqual({ values: [], dropped: false });
    expect(addressFilter(params('chu-de=,,'), 'chu-de', ['a'], /,/)).toEqual({ values: [], dropped: false });
  });
});
