/**
 * English words shared by every element; the source of truth for the other languages' shape.
 * @module
 */
import type {CourseFormat, EditionStatus, Theme} from '@metropolis-training/sdk';

/** @internal */
export const common = {
  loading: 'Loading courses…',
  loadFailed: 'The courses could not be loaded.',
  loadFailedOffline: 'The course server could not be reached. Check your connection and try again.',
  catalogInvalid: 'The course catalog could not be read: it is not in the expected format.',
  noSource: 'No course catalog was given to this element.',
  retry: 'Try again',
  close: 'Close',
  apply: 'Apply',
  applyFor: (title: string) => `Apply for ${title}`,
  addToCalendar: 'Add to calendar',
  addToCalendarFor: (title: string) => `Add to calendar: ${title}`,
  online: 'Online',
  datesToBeAnnounced: 'Dates to be announced',
  datesToBeConfirmed: 'Dates to be confirmed',
  datesToBeConfirmedIn: (period: string) => `${period}, dates to be confirmed`,
  timeZone: (zone: string) => `${zone} time`,
  deadline: (day: string) => `Apply by ${day}`,
  free: 'Free',
  feeToBeAnnounced: 'Fee to be announced',
  reducedFrom: (price: string) => `Reduced fees from ${price}`,
  languagesOf: (list: string) => `In ${list}`,
  providedBy: 'Provider',
  formats: {
    diploma: 'Diploma',
    workshop: 'Workshop',
    'online-course': 'Online course',
    webinar: 'Webinar',
    'learning-hub': 'Learning hub',
  } satisfies Record<CourseFormat, string> as Record<CourseFormat, string>,
  statuses: {
    upcoming: 'Upcoming',
    open: 'Open for applications',
    closed: 'Applications closed',
    'in-progress': 'In progress',
    completed: 'Past',
    cancelled: 'Cancelled',
  } satisfies Record<EditionStatus, string> as Record<EditionStatus, string>,
  themes: {
    climate: 'Climate',
    'e-government': 'E-government',
    environment: 'Environment',
    financing: 'Financing',
    'gender-equality': 'Gender equality',
    gis: 'GIS',
    governance: 'Governance',
    housing: 'Housing',
    'informal-settlements': 'Informal settlements',
    internationalization: 'Internationalization',
    'metropolitan-governance': 'Metropolitan governance',
    mobility: 'Mobility',
    'public-health': 'Public health',
    'smart-cities': 'Smart cities',
    'social-cohesion': 'Social cohesion',
    tax: 'Tax',
    'urban-economics': 'Urban economics',
    'urban-management': 'Urban management',
    'urban-planning': 'Urban planning',
    water: 'Water',
  } satisfies Record<Theme, string> as Record<Theme, string>,
};

/** The shape every language's common words follow. */
export type CommonMessages = typeof common;
