import { z } from 'zod/mini';
import { compareIsoDates, nearYear } from '../dates/iso-date';
import { optionalEnum, optionalIsoDateSchema, ownedRecordSchema } from '../common/schema';

/** 建账 (account set-up) result after confirming enrolment in 随申办 (seed 002). */
export const ACCOUNT_RESULTS = ['pending', 'success', 'failed'] as const;

/**
 * One year's central payment (for the next year's premium, docs/domain.md "Shanghai payment"): the period the
 * school's notice gives, where entered, and when it was paid. `year` is the year the period falls in (it
 * runs from September of that year to August after it: the school's period is usually November–December).
 */
export const shanghaiPaymentSchema = z
  .object({
    year: z.int({ error: 'validation:required' }).check(z.minimum(2000), z.maximum(2200)),
    windowStart: optionalIsoDateSchema,
    windowEnd: optionalIsoDateSchema,
    paidOn: optionalIsoDateSchema,
  })
  .check(
    z.superRefine((p, ctx) => {
      if (p.windowStart && p.windowEnd && compareIsoDates(p.windowEnd, p.windowStart) < 0)
        ctx.addIssue({ code: 'custom', path: ['windowEnd'], message: 'validation:endBeforeStart' });
      // A period (or payment) outside the year it is for is a typo of the year, never a real period.
      for (const field of ['windowStart', 'windowEnd', 'paidOn'] as const) {
        const date = p[field];
        if (date && !nearYear(date, p.year))
          ctx.addIssue({ code: 'custom', path: [field], message: 'validation:outsideYear' });
      }
    }),
  );
export type ShanghaiPayment = z.infer<typeof shanghaiPaymentSchema>;

/** A Shanghai freshman's enrolment confirmation (参保确认) and e-voucher (医保电子凭证), seed 002. */
export const shanghaiEnrolmentSchema = z
  .extend(ownedRecordSchema, {
    entryYear: z.optional(z.int().check(z.minimum(2000), z.maximum(2200))),
    /** The confirmation deadline on the school's own notice, where it differs from 31 October. */
    confirmBy: optionalIsoDateSchema,
    confirmedOn: optionalIsoDateSchema,
    accountResult: optionalEnum(ACCOUNT_RESULTS),
    accountCheckedOn: optionalIsoDateSchema,
    eVoucherActivatedOn: optionalIsoDateSchema,
    /** Every year's central payment: its period (set by each school) and when it was paid, one per year. */
    payments: z.optional(z.array(shanghaiPaymentSchema).check(z.maxLength(200))),
  })
  .check(
    z.superRefine((s, ctx) => {
      if (
        s.eVoucherActivatedOn &&
        s.confirmedOn &&
        compareIsoDates(s.eVoucherActivatedOn, s.confirmedOn) <= 0
      ) {
        ctx.addIssue({
          code: 'custom',
          path: ['eVoucherActivatedOn'],
          message: 'shanghai:errors.activatedTooEarly',
        });
      }
      const years = (s.payments ?? []).map((p) => p.year);
      if (new Set(years).size !== years.length)
        ctx.addIssue({ code: 'custom', path: ['payments'], message: 'validation:invalid' });
    }),
  );
export type ShanghaiEnrolment = z.infer<typeof shanghaiEnrolmentSchema>;
