/**
 * The engine's public `refundTimeline`: validates with the zod schemas, then dates the policy
 * (`refund-timeline.ts`). Apart from `checked.ts`, so a page that states the policy downloads
 * none of the engine's sentences.
 * @module
 */
import type {IsoDate} from '../dates.js';
import {parseWith} from '../errors.js';
import {FeeSchedule as FeeScheduleSchema, type FeeSchedule} from '../schemas/fee-schedule.js';
import {TimelineRequest} from '../schemas/refund-request.js';
import {timelineOf, type RefundTimelineStep} from './refund-timeline.js';

/**
 * The refund policy of `schedule` for an edition that starts on `start` (a day in its time
 * zone), as dated steps in order: one window per tier, `{until, percent}` (cancellations
 * received on or before `until` get `percent` of what was paid), then
 * `{from, outcome}` for everything after the last window.
 *
 * For the Diploma (start 17 November 2025, 75 % until 30 days before, then none accepted):
 * `[{until: '2025-10-17', percent: 75}, {from: '2025-10-18', outcome: 'not-accepted'}]`.
 * The days are the ones `refund()` uses; a policy without tiers gives `[{outcome}]` alone.
 *
 * @throws ValidationError when the schedule fails its schema or `start` is not a date.
 */
export function refundTimeline(schedule: FeeSchedule, start: IsoDate): RefundTimelineStep[] {
  const valid = parseWith(FeeScheduleSchema, schedule, 'Fee schedule');
  const input = parseWith(TimelineRequest, {start}, 'Refund timeline request');
  return timelineOf(valid.refundPolicy, input.start);
}
