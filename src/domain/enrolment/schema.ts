import { z } from 'zod';
import { compareIsoDates } from '../dates/iso-date';
import { optionalIsoDateSchema, optionalText, ownedRecordSchema } from '../common/schema';

/**
 * One year's Shenzhen enrolment (参保) for a person: the window from that year's notice
 * (normally 1–30 September, seed 001), whether it is confirmed, and the premium paid.
 */
export const enrolmentSchema = ownedRecordSchema
  .extend({
    year: z.number({ error: 'validation:required' }).int().min(2000).max(2200),
    windowStart: optionalIsoDateSchema,
    windowEnd: optionalIsoDateSchema,
    confirmedOn: optionalIsoDateSchema,
    /** Average monthly wage of on-post employees used for the premium (yuan), with where it came from. */
    averageMonthlyWage: z.number().nonnegative().max(1_000_000).optional(),
    wageSource: optionalText(200),
    premiumPaid: z.number().nonnegative().max(1_000_000).optional(),
  })
  .superRefine((e, ctx) => {
    if (e.windowStart && e.windowEnd && compareIsoDates(e.windowEnd, e.windowStart) < 0) {
      ctx.addIssue({ code: 'custom', path: ['windowEnd'], message: 'validation:endBeforeStart' });
    }
  });
export type Enrolment = z.infer<typeof enrolmentSchema>;
