import { describe, expect, it } from 'vitest';
import { findPlace, PLACES, PROVINCES } from './places';

describe('filing destinations', () => {
  it('has the 31 provincial-level places and the XPCC once, with the pooled regions at province level', () => {
    expect(PROVINCES).toHaveLength(32);
    expect(new Set(PROVINCES.map((p) => p.zh)).size).toBe(32);
    expect(PROVINCES.filter((p) => p.pooling === 'province').map((p) => p.zh)).toEqual([
      '海南省',
      '西藏自治区',
      '新疆生产建设兵团',
    ]);
    expect(PLACES.length).toBeGreaterThan(300);
  });

  it.each([
    ['长沙', { province: '湖南省', city: '长沙市' }],
    ['长沙市', { province: '湖南省', city: '长沙市' }],
    ['湖南省长沙市', { province: '湖南省', city: '长沙市' }],
    ['Changsha', { province: '湖南省', city: '长沙市' }],
    ['changsha', { province: '湖南省', city: '长沙市' }],
    ['海南省', { province: '海南省', city: undefined }],
    ['Hainan', { province: '海南省', city: undefined }],
    ['北京', { province: '北京市', city: undefined }],
    ['Beijing', { province: '北京市', city: undefined }],
    ['广州', { province: '广东省', city: '广州市' }],
  ])('%s → %o', (text, expected) => {
    const place = findPlace(text);
    expect({ province: place?.province, city: place?.city }).toEqual(expected);
  });

  it('finds every listed place from its own label', () => {
    for (const place of PLACES) expect(findPlace(place.label)).toEqual(place);
  });

  it('does not guess between places with the same name', () => {
    expect(findPlace('Suzhou')).toBeUndefined(); // 苏州 (Jiangsu) and 宿州 (Anhui)
    expect(findPlace('湖南省')).toBeUndefined(); // a province of cities: the city is needed
    expect(findPlace('')).toBeUndefined();
  });
});
