/**
 * The catalog: everything the elements and the server need to show and price the training offer.
 * @module
 */
import {z} from '../zod.js';
import {LocalizedText, textLine} from './common.js';
import {Course} from './course.js';
import {Edition} from './edition.js';
import {FeeSchedule} from './fee-schedule.js';
import {Provider} from './provider.js';

/** A source document the catalog's facts come from. */
export const CatalogSource = z.strictObject({
  file: textLine(200),
  title: textLine(500),
});

/**
 * Providers, courses, editions and fee schedules, with every reference between them checked:
 * ids are unique per kind, and each `providerId`, `partnerIds`, `courseId` and `scheduleId`
 * names a record that exists.
 */
export const Catalog = z.strictObject({
  schemaVersion: z.literal(1),
  /** Shown to users, e.g. that the catalog is sample data. */
  notice: z.optional(LocalizedText),
  providers: z.array(Provider),
  courses: z.array(Course),
  editions: z.array(Edition),
  feeSchedules: z.array(FeeSchedule),
  sources: z.optional(z.array(CatalogSource)),
}).check(
  z.superRefine((catalog, ctx) => {
    const index = (key: 'providers' | 'courses' | 'editions' | 'feeSchedules') => {
      const ids = new Set<string>();
      catalog[key].forEach((record, i) => {
        if (ids.has(record.id)) ctx.addIssue({code: 'custom', path: [key, i, 'id'], message: `repeats an id already used in ${key}`, input: record.id});
        ids.add(record.id);
      });
      return ids;
    };
    const providers = index('providers');
    const courses = index('courses');
    index('editions');
    const schedules = index('feeSchedules');
    const missing = (path: (string | number)[], what: string, id: string) =>
      ctx.addIssue({code: 'custom', path, message: `names no ${what} of this catalog`, input: id});
    catalog.courses.forEach((course, i) => {
      if (!providers.has(course.providerId)) missing(['courses', i, 'providerId'], 'provider', course.providerId);
      course.partnerIds?.forEach((id, j) => {
        if (!providers.has(id)) missing(['courses', i, 'partnerIds', j], 'provider', id);
      });
    });
    catalog.editions.forEach((edition, i) => {
      if (!courses.has(edition.courseId)) missing(['editions', i, 'courseId'], 'course', edition.courseId);
      if (edition.fee.kind === 'schedule' && !schedules.has(edition.fee.scheduleId)) {
        missing(['editions', i, 'fee', 'scheduleId'], 'fee schedule', edition.fee.scheduleId);
      }
    });
  }),
);
/** The catalog. */
export type Catalog = z.infer<typeof Catalog>;
