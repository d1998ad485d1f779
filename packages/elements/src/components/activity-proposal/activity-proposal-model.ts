/**
 * What the activity proposal form holds, and how it becomes a `ProposalInput` and back: the
 * form's values, the proposal they make, the field each schema path names, and drafts. No DOM,
 * no Lit: the element renders, this module decides (as application-form-model.ts does for the
 * application form).
 * @module
 */
import {proposalLimits, type FieldIssue, type ProposalFormat, type ProposalInput, type UiLanguage} from '@metropolis-training/sdk';

/** How the proposer answers "is your organization a member?". */
export type MembershipChoice = '' | 'registry' | 'unlisted' | 'none';

/** A speaker, as typed. */
export interface SpeakerValues {
  name: string;
  organization: string;
  role: string;
}

/** A partner or co-organizer, as typed. */
export interface PartnerValues {
  name: string;
  role: '' | 'co-organizer' | 'partner';
}

/** Everything the form holds, as typed. */
export interface ProposalValues {
  givenName: string;
  familyName: string;
  email: string;
  organization: string;
  position: string;
  city: string;
  country: string;
  membership: MembershipChoice;
  memberId: string;
  memberName: string;
  title: string;
  format: '' | ProposalFormat;
  themes: string[];
  summary: string;
  objectives: string;
  audience: string[];
  careerStages: string[];
  languages: string[];
  periodStart: string;
  periodEnd: string;
  durationValue: string;
  durationUnit: string;
  expectedParticipants: string;
  speakers: SpeakerValues[];
  partners: PartnerValues[];
  priorityTheme: string;
  region: string;
  scope: string;
  /** One institution per line. */
  partnerInstitutions: string;
  year1: string;
  year2: string;
  year3: string;
  experts: boolean;
  venue: boolean;
  funding: boolean;
  materials: boolean;
  offerDetails: string;
  privacy: boolean;
  news: boolean;
  /** The honeypot. */
  website: string;
}

/** The formats, in the order of the form. */
export const formats: readonly ProposalFormat[] = ['webinar', 'online-course', 'in-person', 'learning-hub'];
/** Audiences (the SDK's `Profile`). */
export const audiences = ['technical', 'political'] as const;
/** Career stages (the SDK's `CareerStage`). */
export const careerStages = ['junior', 'mid-career', 'senior'] as const;
/** Languages offered as checkboxes (BCP 47 tags; named with `Intl.DisplayNames`). */
export const activityLanguages = ['en', 'fr', 'es', 'ar', 'pt', 'zh', 'ru'] as const;
/** Units of a duration. */
export const durationUnits = ['hours', 'days', 'weeks', 'months'] as const;
/** What a proposer may offer. */
export const offers = ['experts', 'venue', 'funding', 'materials'] as const;
/** Text fields of the proposer, in the order of the form. */
export const proposerFields = ['givenName', 'familyName', 'email', 'organization', 'position', 'city'] as const;
/** Text fields of a speaker. */
export const speakerFields = ['name', 'organization', 'role'] as const;
/** Fields that hold a whole number. */
export const numberFields = ['durationValue', 'expectedParticipants'] as const;

/** An empty form. */
export function emptyValues(): ProposalValues {
  return {
    givenName: '', familyName: '', email: '', organization: '', position: '', city: '', country: '', membership: '', memberId: '', memberName: '',
    title: '', format: '', themes: [], summary: '', objectives: '', audience: [], careerStages: [], languages: [], periodStart: '', periodEnd: '',
    durationValue: '', durationUnit: 'hours', expectedParticipants: '', speakers: [], partners: [],
    priorityTheme: '', region: '', scope: '', partnerInstitutions: '', year1: '', year2: '', year3: '',
    experts: false, venue: false, funding: false, materials: false, offerDetails: '', privacy: false, news: false, website: '',
  };
}

/** The membership claim a choice makes. */
export function membershipClaim(values: ProposalValues): ProposalInput['proposer']['membership'] | undefined {
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

/** A whole number as typed, or `undefined` when blank (`NaN` when not a number, so validation names it). */
function wholeNumber(text: string): number | undefined {
  return text.trim() === '' ? undefined : Number(text.trim());
}

/** The partner institutions, one per non-blank line. */
export function institutionsOf(text: string): string[] {
  return text.split('\n').map((line) => line.trim()).filter(Boolean);
}

/**
 * The proposal the values make. Text is sent as typed (the schema trims it); blank answers are
 * sent as missing so validation names them; only the chosen format's fields are sent (a
 * Learning Hub's plan, a webinar's speakers).
 */
export function proposalOf(values: ProposalValues, lang: UiLanguage): ProposalInput {
  const format = values.format;
  const hub = format === 'learning-hub';
  return {
    lang,
    proposer: {
      givenName: values.givenName,
      familyName: values.familyName,
      email: values.email,
      organization: values.organization,
      position: values.position,
      city: values.city,
      country: values.country,
      membership: membershipClaim(values) ?? ({} as ProposalInput['proposer']['membership']),
    },
    activity: {
      title: values.title,
      format: format as ProposalFormat,
      themes: values.themes as ProposalInput['activity']['themes'],
      summary: values.summary,
      objectives: values.objectives,
      audience: values.audience as ProposalInput['activity']['audience'],
      careerStages: values.careerStages as ProposalInput['activity']['careerStages'],
      languages: values.languages,
      period: {start: values.periodStart, ...(values.periodEnd.trim() ? {end: values.periodEnd.trim()} : {})},
      duration: {value: wholeNumber(values.durationValue) as number, unit: values.durationUnit as ProposalInput['activity']['duration']['unit']},
      expectedParticipants: wholeNumber(values.expectedParticipants) as number,
      ...(format === 'webinar' ? {speakers: values.speakers.map((s) => ({name: s.name, ...(s.organization.trim() ? {organization: s.organization} : {}), ...(s.role.trim() ? {role: s.role} : {})}))} : {}),
    },
    ...(values.partners.length ? {partners: values.partners.map((p) => ({name: p.name, role: p.role as 'partner'}))} : {}),
    offer: {experts: values.experts, venue: values.venue, funding: values.funding, materials: values.materials, ...(values.offerDetails.trim() ? {details: values.offerDetails} : {})},
    ...(hub
      ? {
          learningHub: {
            priorityTheme: values.priorityTheme as NonNullable<ProposalInput['learningHub']>['priorityTheme'],
            region: values.region,
            scope: values.scope as 'regional',
            partnerInstitutions: institutionsOf(values.partnerInstitutions),
            outline: {year1: values.year1, year2: values.year2, year3: values.year3},
          },
        }
      : {}),
    consent: {privacy: values.privacy as true, ...(values.news ? {news: true} : {})},
    ...(values.website ? {website: values.website} : {}),
  };
}

/** The key of a speaker's field. */
export const speakerKey = (index: number, field: (typeof speakerFields)[number]) => `speaker-${index}-${field}`;
/** The key of a partner's field. */
export const partnerKey = (index: number, field: 'name' | 'role') => `partner-${index}-${field}`;

const activityFields: Record<string, string> = {
  title: 'title', format: 'format', themes: 'themes', summary: 'summary', objectives: 'objectives', audience: 'audience', careerStages: 'careerStages',
  languages: 'languages', 'period.start': 'periodStart', 'period.end': 'periodEnd', period: 'periodStart', 'duration.value': 'durationValue',
  'duration.unit': 'durationUnit', duration: 'durationValue', expectedParticipants: 'expectedParticipants', speakers: 'speakers',
};

/**
 * The form field a schema path names: `proposer.email` → `email`, `activity.period.end` →
 * `periodEnd`, `activity.speakers[1].name` → `speaker-1-name`, `learningHub.outline.year2` →
 * `year2`, `consent.privacy` → `privacy`; `form` for what no field holds.
 */
export function fieldOf(path: string, values: ProposalValues): string {
  const speaker = /^activity\.speakers\[(\d+)\]\.(name|organization|role)$/.exec(path);
  if (speaker) return speakerKey(Number(speaker[1]), speaker[2] as 'name');
  if (/^activity\.speakers\[\d+\]$/.test(path)) return 'speakers';
  const partner = /^partners\[(\d+)\]\.(name|role)$/.exec(path);
  if (partner) return partnerKey(Number(partner[1]), partner[2] as 'name');
  if (path.startsWith('proposer.membership')) {
    if (values.membership === 'registry') return 'memberId';
    if (values.membership === 'unlisted') return 'memberName';
    return 'membership';
  }
  if (path.startsWith('proposer.')) {
    const name = path.slice('proposer.'.length);
    return (proposerFields as readonly string[]).includes(name) || name === 'country' ? name : 'form';
  }
  if (path.startsWith('activity.')) {
    const rest = path.slice('activity.'.length).replace(/\[\d+\]$/, '');
    return activityFields[rest] ?? 'form';
  }
  if (path.startsWith('learningHub.')) {
    const rest = path.slice('learningHub.'.length);
    const outline = /^outline\.(year[123])$/.exec(rest);
    if (outline) return outline[1]!;
    const name = rest.replace(/\[\d+\]$/, '');
    return ['priorityTheme', 'region', 'scope', 'partnerInstitutions'].includes(name) ? name : 'form';
  }
  if (path === 'offer.details') return 'offerDetails';
  if (path.startsWith('consent')) return 'privacy';
  return 'form';
}

/** What kind of problem an issue is, for the words that say how to fix it. */
export type ProblemKind = 'required' | 'invalid' | 'too-long' | 'too-many';

/** Fields that hold a list (checkboxes, lines). */
const listFields = new Set(['themes', 'audience', 'careerStages', 'languages', 'partnerInstitutions', 'speakers']);

/** The kind of a schema issue on field `field` that holds `value`. */
export function problemKind(issue: FieldIssue, field: string, value: string): ProblemKind {
  if (issue.code === 'too_big') return (listFields.has(field) && !issue.path.match(/\[\d+\]$/)) ? 'too-many' : (numberFields as readonly string[]).includes(field) ? 'invalid' : 'too-long';
  if (value.trim() === '') return 'required';
  if ((numberFields as readonly string[]).includes(field)) return 'invalid';
  return issue.code === 'too_small' ? 'required' : 'invalid';
}

/** The longest text a field takes, or the most items a list field takes. */
export function limitOf(field: string): number {
  if (field === 'email') return proposalLimits.email;
  if (field === 'givenName' || field === 'familyName' || /^speaker-\d+-name$/.test(field)) return proposalLimits.name;
  if (field === 'summary') return proposalLimits.summary;
  if (field === 'objectives') return proposalLimits.objectives;
  if (field === 'offerDetails') return proposalLimits.offerDetails;
  if (/^year[123]$/.test(field)) return proposalLimits.outlineYear;
  if (field === 'themes') return proposalLimits.themes;
  if (field === 'languages') return proposalLimits.languages;
  if (field === 'speakers') return proposalLimits.speakers;
  if (field === 'partnerInstitutions') return proposalLimits.partnerInstitutions;
  return proposalLimits.line;
}

/** The text a field holds (for the problem's kind): a list is blank when empty. */
export function valueOf(values: ProposalValues, field: string): string {
  const speaker = /^speaker-(\d+)-(name|organization|role)$/.exec(field);
  if (speaker) return values.speakers[Number(speaker[1])]?.[speaker[2] as 'name'] ?? '';
  const partner = /^partner-(\d+)-(name|role)$/.exec(field);
  if (partner) return values.partners[Number(partner[1])]?.[partner[2] as 'name'] ?? '';
  const value = (values as unknown as Record<string, unknown>)[field];
  if (Array.isArray(value)) return value.length ? 'x' : '';
  return typeof value === 'string' ? value : value ? 'x' : '';
}

/** The `localStorage` key of the draft (one proposal per browser). */
export const DRAFT_KEY = 'metropolis-training:proposal-draft';

/** What a draft keeps: everything typed but the consent boxes and the honeypot. */
export function draftOf(values: ProposalValues): string {
  const {privacy: _privacy, news: _news, website: _website, ...kept} = values;
  return JSON.stringify({version: 1, values: kept});
}

const text = (value: unknown, max: number): string => (typeof value === 'string' ? value.slice(0, max) : '');
const words = (value: unknown, allowed: readonly string[], max: number): string[] =>
  Array.isArray(value) ? [...new Set(value.filter((v): v is string => typeof v === 'string' && allowed.includes(v)))].slice(0, max) : [];
const oneOf = <T extends string>(value: unknown, allowed: readonly T[], fallback: T): T => (allowed.find((a) => a === value) ?? fallback);
const flag = (value: unknown): boolean => value === true;

/**
 * The values a stored draft holds, or undefined when it is not one of ours. Storage is input
 * like any other: only known fields of the right type are read, each within its limit.
 */
export function valuesFromDraft(stored: string | null, themes: readonly string[]): ProposalValues | undefined {
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
  const v = emptyValues();
  const line = proposalLimits.line * 2;
  for (const field of proposerFields) v[field] = text(d[field], limitOf(field) * 2);
  v.country = text(d['country'], 2);
  v.membership = oneOf(d['membership'], ['registry', 'unlisted', 'none'] as const, '');
  v.memberId = text(d['memberId'], 100);
  v.memberName = text(d['memberName'], line);
  v.title = text(d['title'], line);
  v.format = oneOf(d['format'], formats, '' as ProposalFormat);
  v.themes = words(d['themes'], themes, themes.length);
  v.summary = text(d['summary'], proposalLimits.summary * 2);
  v.objectives = text(d['objectives'], proposalLimits.objectives * 2);
  v.audience = words(d['audience'], audiences, 2);
  v.careerStages = words(d['careerStages'], careerStages, 3);
  v.languages = words(d['languages'], activityLanguages, activityLanguages.length);
  v.periodStart = text(d['periodStart'], 7);
  v.periodEnd = text(d['periodEnd'], 7);
  v.durationValue = text(d['durationValue'], 10);
  v.durationUnit = oneOf(d['durationUnit'], durationUnits, 'hours');
  v.expectedParticipants = text(d['expectedParticipants'], 10);
  const rows = (value: unknown, max: number) => (Array.isArray(value) ? value.slice(0, max).map((row: unknown) => (typeof row === 'object' && row !== null ? row : {}) as Record<string, unknown>) : []);
  v.speakers = rows(d['speakers'], proposalLimits.speakers).map((r) => ({name: text(r['name'], line), organization: text(r['organization'], line), role: text(r['role'], line)}));
  v.partners = rows(d['partners'], proposalLimits.partners).map((r) => ({name: text(r['name'], line), role: oneOf(r['role'], ['co-organizer', 'partner'] as const, '' as 'partner')}));
  v.priorityTheme = themes.includes(d['priorityTheme'] as string) ? (d['priorityTheme'] as string) : '';
  v.region = text(d['region'], line);
  v.scope = oneOf(d['scope'], ['regional', 'international'] as const, '' as 'regional');
  v.partnerInstitutions = text(d['partnerInstitutions'], line * proposalLimits.partnerInstitutions);
  for (const year of ['year1', 'year2', 'year3'] as const) v[year] = text(d[year], proposalLimits.outlineYear * 2);
  for (const offer of offers) v[offer] = flag(d[offer]);
  v.offerDetails = text(d['offerDetails'], proposalLimits.offerDetails * 2);
  return v;
}

/** Whether anything was typed (an untouched form saves no draft). */
export function isBlank(values: ProposalValues): boolean {
  return draftOf(values) === draftOf(emptyValues());
}
