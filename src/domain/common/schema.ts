import { z } from 'zod';
import { isIsoDate } from '../dates/iso-date';

/**
 * Building blocks for every entity schema. Error messages are translation keys (namespace `validation`),
 * never display text: the UI translates them.
 */
export const entityIdSchema = z
  .string({ error: 'validation:required' })
  .regex(/^[A-Za-z0-9_-]{1,64}$/, { error: 'validation:invalid' });

export const isoDateSchema = z
  .string({ error: 'validation:required' })
  .refine((value) => isIsoDate(value), { error: 'validation:date' });

const emptyToUndefined = (value: unknown) =>
  typeof value === 'string' && value.trim() === '' ? undefined : value;

/** An optional calendar date: an empty input means "not set". */
export const optionalIsoDateSchema = z.preprocess(emptyToUndefined, isoDateSchema.optional());

export function requiredText(max: number) {
  return z
    .string({ error: 'validation:required' })
    .trim()
    .min(1, { error: 'validation:required' })
    .max(max, { error: 'validation:tooLong' });
}

export function optionalText(max: number) {
  return z.preprocess(
    emptyToUndefined,
    z.string().trim().max(max, { error: 'validation:tooLong' }).optional(),
  );
}

/** An optional choice from a list: an empty <select> value means "not set". */
export function optionalEnum<const T extends readonly [string, ...string[]]>(values: T) {
  return z.preprocess(emptyToUndefined, z.enum(values, { error: 'validation:choose' }).optional());
}

/** Every record the app keeps belongs to one person (profile). */
export const ownedRecordSchema = z.object({
  id: entityIdSchema,
  profileId: entityIdSchema,
});

/** Instants (when a record was changed) are ISO timestamps, unlike calendar dates. */
export const timestampSchema = z.iso.datetime({ offset: true, error: 'validation:invalid' });
