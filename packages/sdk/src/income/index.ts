/**
 * World Bank income groups by country, for income-based special fees.
 * @module
 */
import {ValidationError} from '../errors.js';
import type {IncomeClassification, IncomeGroup} from '../schemas/vocabulary.js';
import {countryIndex} from './countries.js';
import {INCOME_GROUP_LETTERS} from './data.js';

const groups: Record<string, IncomeGroup | null> = {
  L: 'low',
  M: 'lower-middle',
  U: 'upper-middle',
  H: 'high',
  X: 'unclassified',
  '.': null,
};

/**
 * The World Bank income group of a country in a classification (FY2025: the 2024-2025 lists;
 * FY2026: 2025-2026). `unclassified` for economies the World Bank lists without a group
 * (Venezuela; Ethiopia in FY2026); `null` for territories that are not World Bank economies
 * (Vatican, Western Sahara, …). Jersey and Guernsey take the Channel Islands' group, the French
 * overseas departments France's.
 * @throws ValidationError for a code that is not ISO 3166-1 alpha-2 (or XK), or an unknown classification.
 */
export function incomeGroup(iso2: string, classification: IncomeClassification): IncomeGroup | null {
  const letters = INCOME_GROUP_LETTERS[classification] as string | undefined;
  const index = countryIndex(iso2);
  const issues = [];
  if (index < 0) issues.push({path: 'country', code: 'custom', message: 'must be an ISO 3166-1 alpha-2 country code such as ES'});
  if (letters === undefined) issues.push({path: 'classification', code: 'invalid_value', message: `must be one of: ${Object.keys(INCOME_GROUP_LETTERS).join(', ')}`});
  if (issues.length) throw new ValidationError('Income group request', issues);
  return groups[letters![index]!] ?? null;
}
