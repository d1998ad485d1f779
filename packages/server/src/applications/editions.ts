/**
 * `GET /v1/admin/editions`: every edition of the served catalog with its applications counted
 * by status, its capacity and its special-fee places (quota and used), latest start first.
 * @module
 */
import {ApplicationStatus, pick, type EditionAdmissions, type EditionAdmissionsList} from '@metropolis-training/sdk';
import type {AppDeps} from '../context.js';
import {freeSchedule} from '../pricing.js';

/** Counts of every edition in the catalog (an edition with no application counts zeros). */
export async function editionAdmissions(deps: AppDeps): Promise<EditionAdmissionsList> {
  const counted = await deps.db.query<{edition_id: string; status: string; count: number}>('SELECT edition_id, status, count(*)::int AS count FROM applications GROUP BY edition_id, status');
  const used = await deps.db.query<{edition_id: string; used: number}>('SELECT edition_id, used FROM special_fee_places');
  const usedBy = new Map(used.map((r) => [r.edition_id, r.used]));
  const items: EditionAdmissions[] = deps.catalog.catalog.editions.map((edition) => {
    const counts = Object.fromEntries(ApplicationStatus.options.map((s) => [s, 0])) as EditionAdmissions['counts'];
    for (const row of counted) if (row.edition_id === edition.id && row.status in counts) counts[row.status as ApplicationStatus] = row.count;
    const course = deps.catalog.course(edition.courseId);
    const schedule = edition.fee.kind === 'schedule' ? deps.catalog.schedule(edition.fee.scheduleId) : freeSchedule(edition);
    const rule = schedule?.rules.find((r) => r.kind === 'income-level');
    const quota = rule?.kind === 'income-level' ? rule.quota : undefined;
    return {
      editionId: edition.id,
      courseTitle: course ? pick(course.title, 'en') : edition.id,
      ...(edition.dates.kind === 'fixed' ? {start: edition.dates.start} : {}),
      ...(edition.capacity !== undefined ? {capacity: edition.capacity} : {}),
      counts,
      specialFee: {...(quota !== undefined ? {quota} : {}), used: usedBy.get(edition.id) ?? 0},
    };
  });
  // Latest start first; editions without fixed dates last, by id, so the order is stable.
  items.sort((a, b) => (a.start && b.start ? b.start.localeCompare(a.start) : a.start ? -1 : b.start ? 1 : 0) || a.editionId.localeCompare(b.editionId));
  return {items};
}
