import { z } from 'zod/mini';
import { isIsoDate, isWithinDateRange } from '../dates/iso-date';

/**
 * Building blocks for every entity schema. Error messages are translation keys (namespace `validation`),
 * never display text: the UI translates them.
 *
 * The schemas use zod/mini, zod's functional form: the same parser as classic zod, about a third of its
 * size in the bundle (it loads with forms and the backup worker). ESLint keeps classic `zod` out.
 */
export const entityIdSchema = z
  .string({ error: 'validation:required' })
  .check(z.regex(/^[A-Za-z0-9_-]{1,64}$/, { error: 'validation:invalid' }));

export const isoDateSchema = z.string({ error: 'validation:required' }).check(
  z.refine((value) => isIsoDate(value), { error: 'validation:date' }),
  z.refine((value) => !isIsoDate(value) || isWithinDateRange(value), { error: 'validation:dateRange' }),
);

/**
 * Runs `fn` on the raw value before `schema` parses it: classic zod's `z.preprocess`, the same pipe.
 * Typed as zod's own preprocess type, so an optional inner schema keeps its key optional.
 */
export function preprocess<T extends z.core.$ZodType>(
  fn: (value: unknown) => unknown,
  schema: T,
): z.core.$ZodPreprocess<T> {
  return z.pipe(z.transform(fn), schema) as z.core.$ZodPreprocess<T>;
}

const emptyToUndefined = (value: unknown) =>
  typeof value === 'string' && value.trim() === '' ? undefined : value;

/** An optional calendar date: an empty input means "not set". */
export const optionalIsoDateSchema = preprocess(emptyToUndefined, z.optional(isoDateSchema));

export function requiredText(max: number) {
  return z
    .string({ error: 'validation:required' })
    .check(
      z.trim(),
      z.minLength(1, { error: 'validation:required' }),
      z.maxLength(max, { error: 'validation:tooLong' }),
    );
}

export function optionalText(max: number) {
  return preprocess(
    emptyToUndefined,
    z.optional(z.string().check(z.trim(), z.maxLength(max, { error: 'validation:tooLong' }))),
  );
}

/** An optional choice from a list: an empty <select> value means "not set". */
export function optionalEnum<const T extends readonly [string, ...string[]]>(values: T) {
  return preprocess(emptyToUndefined, z.optional(z.enum(values, { error: 'validation:choose' })));
}

/** Every record the app keeps belongs to one person (profile). */
export const ownedRecordSchema = z.object({
  id: entityIdSchema,
  profileId: entityIdSchema,
});

/** Instants (when a record was changed) are ISO timestamps, unlike calendar dates. */
export const timestampSchema = z.iso.datetime({ offset: true, error: 'validation:invalid' });
