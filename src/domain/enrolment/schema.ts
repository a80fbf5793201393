import { z } from 'zod/mini';
import { compareIsoDates, nearYear } from '../dates/iso-date';
import { optionalIsoDateSchema, optionalText, ownedRecordSchema } from '../common/schema';

/**
 * One year's Shenzhen enrolment (参保) for a person: the window from that year's notice
 * (normally 1–30 September, seed 001), whether it is confirmed, and the premium paid.
 */
export const enrolmentSchema = z
  .extend(ownedRecordSchema, {
    year: z.int({ error: 'validation:required' }).check(z.minimum(2000), z.maximum(2200)),
    windowStart: optionalIsoDateSchema,
    windowEnd: optionalIsoDateSchema,
    confirmedOn: optionalIsoDateSchema,
    /** Average monthly wage of on-post employees used for the premium (yuan), with where it came from. */
    averageMonthlyWage: z.optional(z.number().check(z.nonnegative(), z.maximum(1_000_000))),
    wageSource: optionalText(200),
    premiumPaid: z.optional(z.number().check(z.nonnegative(), z.maximum(1_000_000))),
  })
  .check(
    z.superRefine((e, ctx) => {
      if (e.windowStart && e.windowEnd && compareIsoDates(e.windowEnd, e.windowStart) < 0) {
        ctx.addIssue({ code: 'custom', path: ['windowEnd'], message: 'validation:endBeforeStart' });
      }
      // A window years away from the year it is for is a typo of the year, never a real window.
      for (const field of ['windowStart', 'windowEnd'] as const) {
        const date = e[field];
        if (date && !nearYear(date, e.year))
          ctx.addIssue({ code: 'custom', path: [field], message: 'validation:outsideYear' });
      }
    }),
  );
export type Enrolment = z.infer<typeof enrolmentSchema>;
