import { z } from 'zod/mini';
import { compareIsoDates } from '../dates/iso-date';
import { optionalEnum, optionalIsoDateSchema, ownedRecordSchema } from '../common/schema';

/** 建账 (account set-up) result after confirming enrolment in 随申办 (seed 002). */
export const ACCOUNT_RESULTS = ['pending', 'success', 'failed'] as const;

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
    /** Next year's central payment period, set by each school. */
    paymentWindowStart: optionalIsoDateSchema,
    paymentWindowEnd: optionalIsoDateSchema,
    /** When next year's premium was paid in the central payment period. */
    paidOn: optionalIsoDateSchema,
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
      if (
        s.paymentWindowStart &&
        s.paymentWindowEnd &&
        compareIsoDates(s.paymentWindowEnd, s.paymentWindowStart) < 0
      ) {
        ctx.addIssue({ code: 'custom', path: ['paymentWindowEnd'], message: 'validation:endBeforeStart' });
      }
    }),
  );
export type ShanghaiEnrolment = z.infer<typeof shanghaiEnrolmentSchema>;
