import {assert} from 'chai';
import {incomeGroup} from './index.js';
import {countryCodes, isCountryCode} from './countries.js';
import {COUNTRY_CODES, INCOME_GROUP_LETTERS} from './data.js';
import {rejectedPaths} from '../test-support/catalog-fixtures.js';

describe('incomeGroup', () => {
  it('knows all 249 ISO 3166-1 codes and Kosovo', () => {
    assert.equal(COUNTRY_CODES.length / 2, 250);
    assert.equal(INCOME_GROUP_LETTERS.FY2025.length, 250);
    assert.equal(INCOME_GROUP_LETTERS.FY2026.length, 250);
    assert.isTrue(isCountryCode('XK'));
    assert.isFalse(isCountryCode('ZZ'));
  });

  it('lists every code a country picker offers, each accepted, none twice', () => {
    const codes = countryCodes();
    assert.equal(codes.length, 250);
    assert.equal(new Set(codes).size, 250);
    assert.isTrue(codes.every(isCountryCode));
    assert.includeMembers(codes, ['ES', 'EG', 'ET', 'XK']);
  });

  it('counts the groups the World Bank publishes (218 economies, less the Channel Islands without a code)', () => {
    const count = (fy: 'FY2025' | 'FY2026', group: string) => [...COUNTRY_CODES.match(/../g)!].filter((c) => incomeGroup(c, fy) === group).length;
    // FY2025: 26 low, 51 lower-middle, 54 upper-middle, 86 high (+JE, GG, GP, GF, MQ, YT, RE, less CHI), 1 unclassified.
    assert.deepEqual(['low', 'lower-middle', 'upper-middle', 'high', 'unclassified'].map((g) => count('FY2025', g)), [26, 51, 54, 92, 1]);
    assert.deepEqual(['low', 'lower-middle', 'upper-middle', 'high', 'unclassified'].map((g) => count('FY2026', g)), [25, 50, 54, 93, 2]);
  });

  it('follows the year-to-year changes', () => {
    assert.equal(incomeGroup('ET', 'FY2025'), 'low');
    assert.equal(incomeGroup('ET', 'FY2026'), 'unclassified');
    assert.equal(incomeGroup('CR', 'FY2025'), 'upper-middle');
    assert.equal(incomeGroup('CR', 'FY2026'), 'high');
    // Namibia's code is NA: read as a code, never as a missing value.
    assert.equal(incomeGroup('NA', 'FY2025'), 'upper-middle');
    assert.equal(incomeGroup('NA', 'FY2026'), 'lower-middle');
    assert.equal(incomeGroup('EG', 'FY2025'), 'lower-middle');
    assert.equal(incomeGroup('IR', 'FY2025'), 'upper-middle');
  });

  it('resolves Jersey and Guernsey to the Channel Islands and the French overseas departments to France', () => {
    for (const code of ['JE', 'GG', 'GP', 'GF', 'MQ', 'YT', 'RE']) assert.equal(incomeGroup(code, 'FY2025'), 'high', code);
  });

  it('answers null for territories that are not World Bank economies, unclassified for Venezuela', () => {
    for (const code of ['VA', 'EH', 'AQ', 'FK']) assert.isNull(incomeGroup(code, 'FY2025'), code);
    assert.equal(incomeGroup('VE', 'FY2025'), 'unclassified');
  });

  it('refuses codes that are not ISO 3166-1 alpha-2, and unknown classifications', () => {
    assert.deepEqual(rejectedPaths(() => incomeGroup('ZZ', 'FY2025')), ['country']);
    assert.deepEqual(rejectedPaths(() => incomeGroup('es', 'FY2025')), ['country']);
    assert.deepEqual(rejectedPaths(() => incomeGroup('E', 'FY2025')), ['country']);
    assert.deepEqual(rejectedPaths(() => incomeGroup('ES', 'FY2024' as any)), ['classification']);
  });
});
