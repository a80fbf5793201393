import { z } from 'zod/mini';
import {
  entityIdSchema,
  isoDateSchema,
  optionalEnum,
  optionalIsoDateSchema,
  optionalText,
  ownedRecordSchema,
  requiredText,
} from '../common/schema';

/** 异地就医备案 types (seed 004). */
export const FILING_TYPES = [
  'temporary-travel',
  'long-term-residence',
  'retiree-resettled',
  'stationed-for-work',
  'referral',
] as const;
export type FilingType = (typeof FILING_TYPES)[number];

export const FILING_STATUSES = [
  'draft',
  'submitted',
  'approved',
  'rejected',
  'cancelled',
  'superseded',
] as const;
export type FilingStatus = (typeof FILING_STATUSES)[number];

/** Where a filing can be made (seed 004). */
export const FILING_CHANNELS = [
  'wechat-shenzhen-medical-security',
  'national-mini-program',
  'national-app',
  'website',
  'service-hall',
] as const;

export const filingSchema = z.extend(ownedRecordSchema, {
  type: z.enum(FILING_TYPES, { error: 'validation:choose' }),
  /** Province (or provincial pooling region such as Hainan or Tibet) and, where it applies, the city. */
  destinationProvince: requiredText(40),
  destinationCity: optionalText(40),
  startDate: isoDateSchema,
  submittedOn: optionalIsoDateSchema,
  status: z._default(z.enum(FILING_STATUSES, { error: 'validation:choose' }), 'draft'),
  channel: optionalEnum(FILING_CHANNELS),
  reference: optionalText(60),
  /** The end date printed on the filing's result, where it has one: it wins over any worked-out end. */
  validUntilOverride: optionalIsoDateSchema,
  note: optionalText(1000, { multiline: true }),
  /** The filing that replaced this one (a newer temporary filing to another city). */
  supersededBy: z.optional(entityIdSchema),
  /** The status it had before a newer filing replaced it: what it goes back to if that one fails. */
  statusBeforeSuperseded: z.optional(z.enum(['submitted', 'approved'])),
});
export type Filing = z.infer<typeof filingSchema>;
