/**
 * English words of `<metropolis-application-form>`; the source of truth for the other languages' shape.
 * @module
 */
import {plural} from '@metropolis-training/sdk/light';

/** Messages of one field: its label, an optional hint, and how to fix each problem. */
export interface FieldMessages {
  label: string;
  hint?: string;
  /** The field is empty. */
  required: string;
  /** The value is not of the expected form. */
  invalid?: string;
}

/** @internal */
export const applicationForm = {
  title: (course: string) => `Apply: ${course}`,
  intro: 'Fields marked required must be filled in. Your application is checked by the Metropolis Secretariat, who will write to you.',
  required: 'required',
  sectionYou: 'About you',
  sectionMembership: 'Metropolis membership',
  sectionGroup: 'Colleagues applying with you',
  sectionMotivation: 'Motivation',
  sectionConsent: 'Consent',
  fields: {
    givenName: {label: 'Given name', required: 'Enter your given name'},
    familyName: {label: 'Family name', required: 'Enter your family name'},
    email: {label: 'Email address', hint: 'We send the confirmation of receipt here.', required: 'Enter your email address', invalid: 'Enter an email address like name@city.gov'},
    organization: {label: 'Organization', hint: 'The city, metropolitan area or institution you work for.', required: 'Enter the organization you work for'},
    position: {label: 'Position', required: 'Enter your position in your organization'},
    city: {label: 'City', required: 'Enter the city where you work'},
    country: {label: 'Country', hint: 'Type to search, then choose from the list.', required: 'Choose the country where you work', invalid: 'Choose a country from the list'},
    careerStage: {label: 'Career stage', required: 'Choose your career stage'},
    membership: {label: 'Is your organization a member of Metropolis?', required: 'Say whether your organization is a Metropolis member'},
    memberId: {label: 'Member city or organization', hint: 'Type to search the Metropolis member list.', required: 'Choose your member organization from the list', invalid: 'Choose your member organization from the list'},
    memberName: {label: 'Name of your member organization', hint: 'The Secretariat checks it before your invoice.', required: 'Enter the name of your member organization'},
    colleagueGivenName: {label: 'Given name', required: 'Enter this colleague’s given name'},
    colleagueFamilyName: {label: 'Family name', required: 'Enter this colleague’s family name'},
    colleagueEmail: {label: 'Email address', required: 'Enter this colleague’s email address', invalid: 'Enter an email address like name@city.gov'},
    motivation: {label: 'Why do you want to take part?', hint: 'What you expect to learn, and how your organization will use it.', required: 'Tell us why you want to take part'},
    privacy: {label: 'I agree to the processing of my personal data for this application', required: 'Agree to the processing of your personal data to apply'},
  } satisfies Record<string, FieldMessages> as Record<
    'givenName' | 'familyName' | 'email' | 'organization' | 'position' | 'city' | 'country' | 'careerStage' | 'membership' | 'memberId' | 'memberName' | 'colleagueGivenName' | 'colleagueFamilyName' | 'colleagueEmail' | 'motivation' | 'privacy',
    FieldMessages
  >,
  tooLong: (max: number) => `Use at most ${max} characters`,
  careerStages: {junior: 'Junior (up to 5 years of experience)', 'mid-career': 'Mid-career', senior: 'Senior or management'} as Record<'junior' | 'mid-career' | 'senior', string>,
  chooseOne: 'Choose…',
  membershipRegistry: 'Yes, and I can find it in the member list',
  membershipUnlisted: 'Yes, but it is not in the list (the Secretariat will check)',
  membershipNone: 'No, or I do not know',
  membershipUnavailable: 'The member list could not be loaded. You can still name your organization: the Secretariat will check it.',
  privacyLink: 'Read the privacy notice',
  news: 'Send me news of later Metropolis courses (optional)',
  colleaguesHint: 'Colleagues from your organization who apply with you. A group of 2 or more gets the group rate.',
  colleague: (n: number) => `Colleague ${n}`,
  addColleague: 'Add a colleague',
  removeColleague: (n: number) => `Remove colleague ${n}`,
  colleagueRemoved: (n: number) => `Colleague ${n} removed.`,
  characters: (used: number, max: number) => `${used} of ${max} characters`,
  charactersOver: (over: number) => plural('en', over, {one: '# character too many', other: '# characters too many'}),
  honeypot: 'Leave this field empty',
  noMatch: 'No match. Check the spelling.',
  results: (n: number) => plural('en', n, {one: '# result', other: '# results'}),
  // The price.
  feeTitle: 'Your fee',
  feeEstimate: 'Estimate computed in this page: the fee is confirmed when your application is received.',
  feeFromServer: 'The price the Secretariat will charge for this application.',
  feeNeedsCountry: 'Choose your country and membership to see your fee.',
  feeLoading: 'Updating the price…',
  feeFailed: 'The price could not be updated. It is computed again when you send your application.',
  listPrice: 'List price',
  perParticipant: 'Per participant',
  participants: (n: number) => plural('en', n, {one: '# participant', other: '# participants'}),
  total: 'Total',
  notApplied: 'not applied',
  invoiceConfirms: 'The invoice you receive after admission confirms the amount.',
  totalAnnounced: (total: string) => `Your fee: ${total}`,
  free: 'This course is free.',
  // Sending.
  submit: 'Send my application',
  sending: 'Sending…',
  sendingStatus: 'Sending your application…',
  errorSummary: 'There is a problem',
  errorCount: (n: number) => plural('en', n, {one: 'Correct # field to send your application:', other: 'Correct # fields to send your application:'}),
  sendFailedOffline: 'Your application could not be sent: the server could not be reached. Nothing you typed is lost. Check your connection and try again.',
  sendFailedServer: 'Your application could not be sent because of a problem on the server. Nothing you typed is lost. Try again in a moment.',
  sendRateLimited: (seconds: number) => `Too many attempts from this connection. Nothing you typed is lost. Try again in ${plural('en', seconds, {one: '# second', other: '# seconds'})}.`,
  sendRejected: 'The server did not accept the application:',
  notConnected: 'This form is not connected to an application server, so it cannot send applications. Contact the Secretariat to apply.',
  retry: 'Try again',
  // Success.
  successTitle: 'Application received',
  successReference: (reference: string) => `Your reference: ${reference}`,
  successEmail: (email: string) => `We send the confirmation of receipt to ${email}.`,
  sentTitle: 'What you sent',
  sentApplicant: 'Applicant',
  successFee: 'Your fee',
  nextStepsTitle: 'What happens next',
  nextSteps: [
    'You will receive a confirmation of receipt by email.',
    'The Secretariat assesses your application and tells you whether you are admitted.',
    'If you are admitted, you receive an invoice.',
    'You pay the invoice by bank transfer; bank fees are yours.',
    'Your participation is guaranteed once the full payment is received.',
  ],
  // Drafts.
  draftRestored: 'We restored what you typed on this device earlier.',
  draftSavedNote: 'What you type is kept on this device until you send it (except your consent).',
  clearForm: 'Clear form',
  cleared: 'The form was cleared.',
  // Editions that take no application.
  unknownEdition: 'This course edition was not found. Check the link you followed, or choose a course from the course list.',
  noEdition: 'No course edition was chosen for this form.',
  notOpen: {
    upcoming: (opens: string) => `Applications open on ${opens}. Come back then to apply.`,
    upcomingUndated: 'Applications are not open yet. The dates will be announced.',
    closed: (deadline: string) => `Applications closed on ${deadline}. Look for a later edition in the course list.`,
    'in-progress': 'This edition has started: it no longer takes applications. Look for a later edition in the course list.',
    completed: 'This edition has ended. Look for a later edition in the course list.',
    cancelled: 'This edition was cancelled. Contact the Secretariat for later editions.',
    feeToBeAnnounced: 'The fee of this edition is not announced yet. Applications open once it is.',
  },
  editionFacts: (dates: string, place: string) => `${dates} · ${place}`,
};

/** The shape every language's application-form words follow. */
export type ApplicationFormMessages = typeof applicationForm;
