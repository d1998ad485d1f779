/**
 * CSV for spreadsheets (RFC 4180), safe to open: a cell that a spreadsheet would read as a
 * formula (starting with = + - @, tab or carriage return) gets a leading single quote.
 * @module
 */
import {minorUnitDigits, type Application, type Money} from '@metropolis-training/sdk';

/** One cell: formula-guarded, then quoted when it holds a comma, a quote or a line break. */
export function csvCell(value: string | number | boolean | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One line, ended by CRLF as RFC 4180 says. */
export function csvLine(cells: readonly (string | number | boolean | null | undefined)[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}

/** An amount as a decimal number in its currency's unit ("660.00"), for spreadsheets to sum. */
function decimal(money: Money | undefined): string {
  if (!money) return '';
  const digits = minorUnitDigits(money.currency);
  const sign = money.amount < 0 ? '-' : '';
  const units = Math.abs(money.amount).toString().padStart(digits + 1, '0');
  return digits ? `${sign}${units.slice(0, -digits)}.${units.slice(-digits)}` : `${sign}${units}`;
}

/** The columns of the export. */
export const applicationCsvHeader = [
  'reference', 'id', 'submitted_at', 'status', 'edition_id', 'lang',
  'given_name', 'family_name', 'email', 'phone', 'organization', 'position', 'city', 'country', 'career_stage',
  'participants', 'group_members', 'membership_claim', 'claimed_member_id', 'claimed_member_name', 'membership',
  'currency', 'total', 'special_fee_places', 'paid', 'refund', 'news_consent', 'motivation',
] as const;

/** One application as a CSV line matching {@link applicationCsvHeader}. */
export function applicationCsvLine(a: Application): string {
  return csvLine([
    a.reference, a.id, a.submittedAt, a.status, a.editionId, a.lang,
    a.applicant.givenName, a.applicant.familyName, a.applicant.email, a.applicant.phone, a.applicant.organization,
    a.applicant.position, a.applicant.city, a.applicant.country, a.applicant.careerStage,
    a.quote.participants, a.groupMembers.map((m) => `${m.givenName} ${m.familyName} <${m.email}>`).join('; '),
    a.membershipClaim.claim, a.membershipClaim.memberId, a.membershipClaim.memberName, a.membership,
    a.quote.currency, decimal(a.quote.total), a.quote.specialFeePlaces, decimal(a.paid), decimal(a.refund),
    a.consent.news ?? false, a.motivation,
  ]);
}
