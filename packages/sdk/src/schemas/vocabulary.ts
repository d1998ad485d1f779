/**
 * Closed vocabularies of the domain: course formats, themes, audiences, statuses.
 * @module
 */
import {z} from '../zod.js';

/** How a course is delivered. */
export const CourseFormat = z.enum(['diploma', 'workshop', 'online-course', 'webinar', 'learning-hub']);
/** How a course is delivered. */
export type CourseFormat = z.infer<typeof CourseFormat>;

/** Subjects a course covers; the course list filters on them. */
export const Theme = z.enum([
  'climate',
  'e-government',
  'environment',
  'financing',
  'gender-equality',
  'gis',
  'governance',
  'housing',
  'informal-settlements',
  'internationalization',
  'metropolitan-governance',
  'mobility',
  'public-health',
  'smart-cities',
  'social-cohesion',
  'tax',
  'urban-economics',
  'urban-management',
  'urban-planning',
  'water',
]);
/** A subject a course covers. */
export type Theme = z.infer<typeof Theme>;

/** Career stages a course is designed for. */
export const CareerStage = z.enum(['junior', 'mid-career', 'senior']);
/** A career stage. */
export type CareerStage = z.infer<typeof CareerStage>;

/** The profile of public official a course addresses. */
export const Profile = z.enum(['technical', 'political']);
/** A profile of public official. */
export type Profile = z.infer<typeof Profile>;

/** What kind of organization a provider is. */
export const ProviderKind = z.enum(['secretariat', 'miti-headquarters', 'miti-regional-centre', 'learning-hub', 'partner']);
/** What kind of organization a provider is. */
export type ProviderKind = z.infer<typeof ProviderKind>;

/**
 * Where an edition stands at a given date, derived by `statusOf`, never stored:
 * `upcoming` (announced, applications not open), `open` (taking applications), `closed`
 * (applications closed, not started), `in-progress`, `completed` (its dates are past),
 * `cancelled`.
 */
export const EditionStatus = z.enum(['upcoming', 'open', 'closed', 'in-progress', 'completed', 'cancelled']);
/** Where an edition stands at a given date. */
export type EditionStatus = z.infer<typeof EditionStatus>;

/** A participant's membership standing, as the fee rules see it. */
export const MembershipStatus = z.enum(['member', 'member-in-arrears', 'non-member']);
/** A participant's membership standing. */
export type MembershipStatus = z.infer<typeof MembershipStatus>;

/** World Bank income group of an economy. */
export const IncomeGroup = z.enum(['low', 'lower-middle', 'upper-middle', 'high', 'unclassified']);
/** World Bank income group of an economy. */
export type IncomeGroup = z.infer<typeof IncomeGroup>;

/** Which World Bank classification (fiscal year) a schedule uses. */
export const IncomeClassification = z.enum(['FY2025', 'FY2026']);
/** Which World Bank classification a schedule uses. */
export type IncomeClassification = z.infer<typeof IncomeClassification>;

/**
 * Languages every element and message of the SDK is written in: English, French, Spanish and
 * Arabic (written right to left). The catalog's own texts may exist in fewer; English is their
 * fallback.
 */
export const UiLanguage = z.enum(['en', 'fr', 'es', 'ar']);
/** A language the SDK's messages exist in. */
export type UiLanguage = z.infer<typeof UiLanguage>;
