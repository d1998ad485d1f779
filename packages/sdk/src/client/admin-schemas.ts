/**
 * Answers of the admin routes that the admissions console reads, as the console's client
 * validates them. @internal
 * @module
 */
import {z} from '../zod.js';
import {Application, ApplicationStatus} from '../schemas/application.js';
import {Money} from '../schemas/common.js';

/** `GET /v1/admin/me`: who the token belongs to. */
export const AdminIdentity = z.looseObject({name: z.string()});
/** Who a token belongs to. */
export type AdminIdentity = z.infer<typeof AdminIdentity>;

/** One edition as the console's picker shows it: counts by status, and the special-fee quota. */
export const AdminEdition = z.looseObject({
  editionId: z.string(),
  courseTitle: z.string(),
  start: z.optional(z.string()),
  capacity: z.optional(z.int()),
  counts: z.record(z.string(), z.int()),
  specialFee: z.looseObject({quota: z.optional(z.int()), used: z.int()}),
});
/** One edition in the console's picker. */
export type AdminEdition = z.infer<typeof AdminEdition>;

/** `GET /v1/admin/editions`: newest start first. */
export const AdminEditionList = z.looseObject({items: z.array(AdminEdition)});

/** `POST /v1/admin/applications/{id}/preview`: what a status change would do, with no side effect. */
export const StatusPreview = z.looseObject({
  from: ApplicationStatus,
  status: ApplicationStatus,
  refund: z.optional(Money),
  refundReason: z.optional(z.string()),
  cancellationAccepted: z.optional(z.boolean()),
  email: z.optional(z.looseObject({to: z.string(), lang: z.string(), subject: z.string(), text: z.string()})),
});
/** What a status change would do. */
export type StatusPreview = z.infer<typeof StatusPreview>;

export {Application};
