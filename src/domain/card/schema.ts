import { z } from 'zod/mini';
import { compareIsoDates } from '../dates/iso-date';
import {
  optionalEnum,
  optionalIsoDateSchema,
  optionalText,
  ownedRecordSchema,
  preprocess,
} from '../common/schema';
import { normalizeReceiptCode, receiptCodeProblem } from '../identity/receipt-code';

/** How the receipt code was obtained (seed 000): at a photo studio, or Alipay's paid self-service photo. */
export const RECEIPT_CODE_SOURCES = ['photo-studio', 'alipay'] as const;

export const receiptCodeSchema = z
  .extend(ownedRecordSchema, {
    code: preprocess(
      (value) => (typeof value === 'string' ? normalizeReceiptCode(value) : value),
      z.string({ error: 'validation:required' }),
    ),
    obtainedVia: optionalEnum(RECEIPT_CODE_SOURCES),
    obtainedOn: optionalIsoDateSchema,
  })
  .check(
    z.superRefine((record, ctx) => {
      const problem = receiptCodeProblem(record.code);
      if (problem)
        ctx.addIssue({ code: 'custom', path: ['code'], message: `card:errors.receiptCode.${problem}` });
    }),
  );
export type ReceiptCode = z.infer<typeof receiptCodeSchema>;

/** The three ways to apply for the financial social-security card (金融社保卡), seed 001. */
export const CARD_CHANNELS = ['bank-online', 'bank-window', 'instant-issue'] as const;
export type CardChannel = (typeof CARD_CHANNELS)[number];

export const cardApplicationSchema = z
  .extend(ownedRecordSchema, {
    channel: z.enum(CARD_CHANNELS, { error: 'validation:choose' }),
    bank: optionalText(60),
    pickupBranch: optionalText(100),
    submittedOn: optionalIsoDateSchema,
    /** The user's own date, when the bank's notice says otherwise than the computed one. */
    expectedReadyOverride: optionalIsoDateSchema,
    pickedUpOn: optionalIsoDateSchema,
    activatedOn: optionalIsoDateSchema,
  })
  .check(
    z.superRefine((card, ctx) => {
      if (card.pickedUpOn && card.submittedOn && compareIsoDates(card.pickedUpOn, card.submittedOn) < 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['pickedUpOn'],
          message: 'card:errors.pickedUpBeforeSubmitted',
        });
      }
      if (card.activatedOn && card.pickedUpOn && compareIsoDates(card.activatedOn, card.pickedUpOn) < 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['activatedOn'],
          message: 'card:errors.activatedBeforePickedUp',
        });
      }
      if (card.activatedOn && !card.pickedUpOn) {
        ctx.addIssue({
          code: 'custom',
          path: ['activatedOn'],
          message: 'card:errors.activatedWithoutPickup',
        });
      }
    }),
  );
export type CardApplication = z.infer<typeof cardApplicationSchema>;
