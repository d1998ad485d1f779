/**
 * What the application form holds, and how it becomes an `ApplicationInput` and back: the
 * form's values, the application they make, the field each schema path names, and drafts.
 * No DOM, no Lit: the element renders, this module decides.
 * @module
 */
import {applicationLimits, type ApplicationInput, type FieldIssue, type UiLanguage} from '@metropolis-training/sdk';

/** How the applicant answers "is your organization a member?". */
export type MembershipChoice = '' | 'registry' | 'unlisted' | 'none';

/** A colleague applying in the same group. */
export interface ColleagueValues {
  givenName: string;
  familyName: string;
  email: string;
}

/** Everything the form holds, as typed. */
export interface FormValues {
  givenName: string;
  familyName: string;
  email: string;
  organization: string;
  position: string;
  city: string;
  country: string;
  careerStage: string;
  membership: MembershipChoice;
  memberId: string;
  memberName: string;
  colleagues: ColleagueValues[];
  motivation: string;
  privacy: boolean;
  news: boolean;
  /** The honeypot. */
  website: string;
}

/** Text fields of the applicant, in the order of the form. */
export const applicantFields = ['givenName', 'familyName', 'email', 'organization', 'position', 'city'] as const;
/** Text fields of a colleague. */
export const colleagueFields = ['givenName', 'familyName', 'email'] as const;

/** An empty form. */
export function emptyValues(): FormValues {
  return {givenName: '', familyName: '', email: '', organization: '', position: '', city: '', country: '', careerStage: '', membership: '', memberId: '', memberName: '', colleagues: [], motivation: '', privacy: false, news: false, website: ''};
}

/** The membership claim a choice makes: the same object the quote and the application send. */
export function membershipClaim(values: FormValues): ApplicationInput['membership'] | undefined {
  switch (values.membership) {
    case 'registry':
      return values.memberId ? {claim: 'member', memberId: values.memberId} : undefined;
    case 'unlisted':
      return values.memberName.trim() ? {claim: 'member', memberName: values.memberName} : undefined;
    case 'none':
      return {claim: 'non-member'};
    default:
      return undefined;
  }
}

/** Participants the application covers: the applicant and each colleague. */
export function participantCount(values: FormValues): number {
  return 1 + values.colleagues.length;
}

/**
 * The application the values make. Text is sent as typed (the schema trims it); an incomplete
 * membership answer is sent as an empty claim so validation names it.
 */
export function applicationOf(values: FormValues, editionId: string, lang: UiLanguage): ApplicationInput {
  const claim = membershipClaim(values);
  return {
    editionId,
    lang,
    applicant: {
      givenName: values.givenName,
      familyName: values.familyName,
      email: values.email,
      organization: values.organization,
      position: values.position,
      city: values.city,
      country: values.country,
      careerStage: values.careerStage as ApplicationInput['applicant']['careerStage'],
    },
    membership: claim ?? ({} as ApplicationInput['membership']),
    ...(values.colleagues.length ? {groupMembers: values.colleagues.map((c) => ({givenName: c.givenName, familyName: c.familyName, email: c.email}))} : {}),
    motivation: values.motivation,
    consent: {privacy: values.privacy as true, ...(values.news ? {news: true} : {})},
    ...(values.website ? {website: values.website} : {}),
  };
}

/** The key of the colleague field `field` of row `index`. */
export function colleagueKey(index: number, field: (typeof colleagueFields)[number]): string {
  return `colleague-${index}-${field}`;
}

/**
 * The form field a schema path names: `applicant.email` → `email`, `groupMembers[1].email` →
 * `colleague-1-email`, `consent.privacy` → `privacy`; `form` for what no field holds.
 */
export function fieldOf(path: string, values: FormValues): string {
  const colleague = /^groupMembers\[(\d+)\]\.(givenName|familyName|email)$/.exec(path);
  if (colleague) return colleagueKey(Number(colleague[1]), colleague[2] as (typeof colleagueFields)[number]);
  if (path.startsWith('applicant.')) {
    const name = path.slice('applicant.'.length);
    return (applicantFields as readonly string[]).includes(name) || name === 'country' || name === 'careerStage' ? name : 'form';
  }
  if (path === 'membership.memberId') return values.membership === 'registry' ? 'memberId' : 'membership';
  if (path === 'membership.memberName') return values.membership === 'unlisted' ? 'memberName' : 'membership';
  if (path.startsWith('membership')) {
    if (values.membership === 'registry') return 'memberId';
    if (values.membership === 'unlisted') return 'memberName';
    return 'membership';
  }
  if (path === 'motivation') return 'motivation';
  if (path.startsWith('consent')) return 'privacy';
  return 'form';
}

/** What kind of problem an issue is, for the words that say how to fix it. */
export type ProblemKind = 'required' | 'invalid' | 'too-long';

/** The kind of a schema issue on a field that holds `value`. */
export function problemKind(issue: FieldIssue, value: string): ProblemKind {
  if (issue.code === 'too_big') return 'too-long';
  if (value.trim() === '') return 'required';
  return issue.code === 'too_small' ? 'required' : 'invalid';
}

/** The longest text a field takes. */
export function limitOf(field: string): number {
  if (field === 'email' || field.endsWith('-email')) return applicationLimits.email;
  if (field === 'givenName' || field === 'familyName' || field.endsWith('Name')) return field === 'memberName' ? applicationLimits.line : applicationLimits.name;
  if (field === 'motivation') return applicationLimits.motivation;
  return applicationLimits.line;
}

/** The text a field holds (for the problem's kind). */
export function valueOf(values: FormValues, field: string): string {
  const colleague = /^colleague-(\d+)-(givenName|familyName|email)$/.exec(field);
  if (colleague) return values.colleagues[Number(colleague[1])]?.[colleague[2] as (typeof colleagueFields)[number]] ?? '';
  const value = (values as unknown as Record<string, unknown>)[field];
  return typeof value === 'string' ? value : value ? 'x' : '';
}

/** The `localStorage` key of an edition's draft. */
export function draftKey(editionId: string): string {
  return `metropolis-training:application-draft:${editionId}`;
}

/** What a draft keeps: everything typed but the consent boxes and the honeypot. */
export function draftOf(values: FormValues): string {
  const {privacy: _privacy, news: _news, website: _website, ...kept} = values;
  return JSON.stringify({version: 1, values: kept});
}

const text = (value: unknown, max: number): string => (typeof value === 'string' ? value.slice(0, max) : '');

/**
 * The values a stored draft holds, or undefined when it is not one of ours. Storage is input
 * like any other: only known fields of the right type are read, each within its limit.
 */
export function valuesFromDraft(stored: string | null): FormValues | undefined {
  if (!stored) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(stored);
  } catch {
    return undefined;
  }
  if (typeof parsed !== 'object' || parsed === null || (parsed as {version?: unknown}).version !== 1) return undefined;
  const draft = (parsed as {values?: unknown}).values;
  if (typeof draft !== 'object' || draft === null) return undefined;
  const d = draft as Record<string, unknown>;
  const values = emptyValues();
  for (const field of applicantFields) values[field] = text(d[field], limitOf(field) * 2);
  values.country = text(d['country'], 2);
  values.careerStage = text(d['careerStage'], 20);
  values.membership = (['registry', 'unlisted', 'none'] as const).find((choice) => choice === d['membership']) ?? '';
  values.memberId = text(d['memberId'], 100);
  values.memberName = text(d['memberName'], applicationLimits.line * 2);
  values.motivation = text(d['motivation'], applicationLimits.motivation * 2);
  if (Array.isArray(d['colleagues'])) {
    values.colleagues = d['colleagues'].slice(0, applicationLimits.groupMembers).map((row: unknown) => {
      const r = (typeof row === 'object' && row !== null ? row : {}) as Record<string, unknown>;
      return {givenName: text(r['givenName'], 200), familyName: text(r['familyName'], 200), email: text(r['email'], 508)};
    });
  }
  return values;
}

/** Whether anything was typed (an untouched form saves no draft). */
export function isBlank(values: FormValues): boolean {
  return draftOf(values) === draftOf(emptyValues());
}
