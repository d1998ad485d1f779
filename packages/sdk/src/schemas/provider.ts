/**
 * Organizations that deliver training.
 * @module
 */
import {z} from '../zod.js';
import {CountryCode, Id, LocalizedText, SourceRef} from './common.js';
import {ProviderKind, Theme} from './vocabulary.js';

/** Who delivers training: the Secretariat, MITI headquarters and regional centres, hubs, partners. */
export const Provider = z.strictObject({
  id: Id,
  name: LocalizedText,
  kind: ProviderKind,
  /** The institution that hosts the provider, e.g. SHRDC for MITI headquarters. */
  hostInstitution: z.optional(LocalizedText),
  /** Where it is based; absent when the sources do not say. */
  city: z.optional(LocalizedText),
  country: CountryCode,
  /** Year the provider took on its role. */
  since: z.optional(z.int().check(z.minimum(1800), z.maximum(2200))),
  description: z.optional(LocalizedText),
  /** What it trains on. */
  themes: z.optional(z.array(Theme)),
  /** Seed documents the record comes from. */
  sources: z.array(SourceRef).check(z.minLength(1)),
});
/** An organization that delivers training. */
export type Provider = z.infer<typeof Provider>;
