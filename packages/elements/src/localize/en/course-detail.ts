/**
 * English words of `<metropolis-course-detail>`; the source of truth for the other languages' shape.
 * @module
 */
import {plural} from '@metropolis-training/sdk/light';

const suffixes: Record<string, string> = {one: 'st', two: 'nd', few: 'rd'};

/** @internal */
export const courseDetail = {
  notFound: (id: string) => `There is no course edition “${id}” in the catalog.`,
  noEdition: 'No course edition was named for this element.',
  partlyInEnglish: 'Parts of this course are described in English only.',
  onlyInEnglish: 'This course is described in English only.',
  edition: (n: number) => `${n}${suffixes[new Intl.PluralRules('en', {type: 'ordinal'}).select(n)] ?? 'th'} edition`,
  dates: 'Dates',
  place: 'Place',
  languages: 'Languages',
  partners: 'In partnership with',
  supporters: 'With the support of',
  deadline: 'Application deadline',
  lastRefundDay: 'Last day for a refund',
  price: 'Price',
  sessionLength: 'Session length',
  themes: 'Themes',
  objective: 'Objective',
  skills: 'Skills you will develop',
  methodology: 'Methodology',
  audience: 'Who can participate?',
  idealParticipants: 'The ideal participant is:',
  lessons: 'Course content',
  evaluation: 'Evaluation and certification',
  included: 'What is included',
  notIncluded: 'What is not included',
  registration: 'Registration and admission',
  fees: 'Registration fees',
  feeCaption: 'Registration fees per participant',
  feeRate: 'Rate',
  feeWho: 'Who pays it',
  feePrice: 'Price',
  listPriceLabel: 'List price',
  nonMembers: 'Non-members',
  members: 'Members',
  participants: 'Participants',
  allParticipants: 'All participants',
  memberRate: (percent: string, year: number | undefined) => `Members up to date with their ${year ? `${year} ` : ''}contributions: ${percent} off`,
  incomeCountries: {
    low: 'low-income countries',
    'lower-middle': 'lower-middle-income countries',
    'upper-middle': 'upper-middle-income countries',
    middle: 'middle-income countries',
    high: 'high-income countries',
  },
  fromCountries: (who: string, countries: string, percent: string) => `${who} from ${countries}: ${percent} off`,
  quota: (label: string, places: number) => `${label}: up to ${plural('en', places, {one: '# place', other: '# places'})} in total.`,
  group: (who: string, min: number, percent: string) => `${who}, ${min} or more from the same organization: ${percent} off each`,
  earlyBird: (who: string, day: string, percent: string) => `${who} applying by ${day}: ${percent} off`,
  category: (who: string) => `${who} in this category`,
  cancellation: 'Cancellation policy',
  refundFirst: (until: string, percent: string) => `Cancellations received on or before ${until} are refunded ${percent} of the amount paid.`,
  refundBetween: (from: string, until: string, percent: string) => `Cancellations received from ${from} to ${until} are refunded ${percent} of the amount paid.`,
  notAcceptedFrom: (from: string) => `From ${from} no cancellation is accepted.`,
  noRefundFrom: (from: string) => `From ${from} cancellations are accepted but nothing is refunded.`,
  notAccepted: 'No cancellation is accepted.',
  noRefund: 'Cancellations are accepted but nothing is refunded.',
  testimonials: 'What participants say',
};

/** The shape of every language's words for the course page. */
export type CourseDetailMessages = typeof courseDetail;
