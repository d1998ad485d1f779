/**
 * English words of `<metropolis-fee-calculator>`; the source of truth for the other languages' shape.
 * @module
 */
import {plural} from '@metropolis-training/sdk/light';

/** @internal */
export const feeCalculator = {
  title: 'Fee calculator',
  edition: 'Course edition',
  chooseEdition: 'Choose an edition',
  noEditions: 'No edition in this catalog has a fee schedule.',
  unknownEdition: (id: string) => `The edition “${id}” has no fee schedule in this catalog.`,
  noSchedule: 'No fee schedule was given to this calculator.',
  invalidSchedule: (field: string, message: string) => `This fee schedule cannot be used: ${field ? `${field} ` : ''}${message}.`,
  membership: 'Membership',
  member: (year: number | undefined) => `Member city up to date with its ${year ? `${year} ` : ''}contributions`,
  memberInArrears: (year: number | undefined) => `Member city not up to date with its ${year ? `${year} ` : ''}contributions`,
  nonMember: 'Not a member',
  country: 'Country of the participants',
  noMatch: 'No country matches',
  results: (n: number) => plural('en', n, {one: '# result', other: '# results'}),
  incomeGroup: (country: string, group: string, classification: string) => `${country} — ${group} (World Bank ${classification})`,
  groups: {low: 'low income', 'lower-middle': 'lower-middle income', 'upper-middle': 'upper-middle income', high: 'high income', unclassified: 'not classified'},
  notEconomy: (country: string) => `${country} — not a World Bank economy`,
  participants: 'Participants from the same organization',
  participantsHint: '1 to 50',
  date: 'Registration date',
  chooseCountry: 'Choose a country to see the price.',
  priceTitle: 'Your price',
  listPrice: 'List price',
  notApplied: 'not applied',
  perParticipant: 'Per participant',
  participantCount: (n: number) => plural('en', n, {one: '# participant', other: '# participants'}),
  total: 'Total',
  howCalculated: 'How is this calculated?',
  refundTitle: 'If you cancel',
  paid: (currency: string) => `Amount paid (${currency})`,
  cancelledOn: 'Cancellation received on',
  refund: 'Refund',
  notAccepted: 'Not accepted',
  lastDay: 'Last day for a refund',
  noRefundDay: 'No cancellation gets a refund.',
  policy: 'Cancellation policy',
  refundUntil: (day: string, percent: string) => `Until ${day}: ${percent} of the amount paid is refunded`,
  notAcceptedFrom: (day: string) => `From ${day}: no cancellation is accepted`,
  noRefundFrom: (day: string) => `From ${day}: nothing is refunded`,
  notAcceptedAlways: 'No cancellation is accepted',
  noRefundAlways: 'Nothing is refunded on cancellation',
  startUnknown: 'The start date of this course is not known, so refunds cannot be calculated.',
  estimate: 'An estimate from the published fee schedule; the invoice confirms the price.',
  loading: 'Loading the fees…',
  loadFailed: 'The fees could not be loaded.',
  retry: 'Try again',
  apply: 'Apply',
  applyFor: (title: string) => `Apply for ${title}`,
  totalAnnounced: (total: string) => `Total: ${total}`,
};

/** The words of `<metropolis-fee-calculator>`. */
export type FeeCalculatorMessages = typeof feeCalculator;
