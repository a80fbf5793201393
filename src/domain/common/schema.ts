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

/**
 * Characters no name, place or note needs, refused at the schema (so in forms and backup files alike):
 * control characters (a line break is allowed where `multiline`), the line and paragraph separators,
 * bidirectional embeddings, overrides and isolates (which can make "Alice" read as a payment instruction),
 * the byte-order mark, and lone surrogates (half an emoji, which no encoder can write out).
 */
const UNSAFE_SINGLE_LINE = /[\p{Cc}\p{Cs}\u2028\u2029\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/u;
const UNSAFE_MULTILINE =
  // eslint-disable-next-line no-control-regex -- these are the characters refused
  /[\p{Cs}\u0000-\u0008\u000B-\u001F\u007F-\u009F\u2028\u2029\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/u;

export interface TextOptions {
  /** Notes may hold line breaks and tabs. */
  multiline?: boolean;
}

function safeText(options: TextOptions) {
  const unsafe = options.multiline ? UNSAFE_MULTILINE : UNSAFE_SINGLE_LINE;
  return z.refine((value) => typeof value !== 'string' || !unsafe.test(value), {
    error: 'validation:unsafeCharacters',
  });
}

/** A required text: trimmed, at most `max` characters, with at least one letter or digit to be seen. */
/**
 * Required text: trimmed, bounded, safe. `required` names what to enter when it is empty (a field's own
 * message, e.g. the name "as written on the ID document"), else the generic "fill this in".
 */
export function requiredText(max: number, options: TextOptions & { required?: string } = {}) {
  const required = options.required ?? 'validation:required';
  return z.string({ error: required }).check(
    z.trim(),
    z.minLength(1, { error: required }),
    z.maxLength(max, { error: 'validation:tooLong' }),
    safeText(options),
    z.refine((value) => value === '' || /[\p{L}\p{N}]/u.test(value), { error: 'validation:noLetters' }),
  );
}

export function optionalText(max: number, options: TextOptions = {}) {
  return preprocess(
    emptyToUndefined,
    z.optional(
      z.string().check(z.trim(), z.maxLength(max, { error: 'validation:tooLong' }), safeText(options)),
    ),
  );
}

/** An optional choice from a list: an empty <select> value means "not set". */
export function optionalEnum<const T extends readonly [string, ...string[]]>(values: T) {
  return preprocess(emptyToUndefined, z.optional(z.enum(values, { error: 'validation:choose' })));
}

/** Instants (when a record was changed) are ISO timestamps, unlike calendar dates. */
export const timestampSchema = z.iso.datetime({ offset: true, error: 'validation:invalid' });

/**
 * When a record was last saved on a phone: set by every writer, compared by a form before it saves over a
 * record another tab changed, and by a merge to keep the newer edit. Records of version 1 have none.
 */
export const updatedAtSchema = z.optional(timestampSchema);

/** Every record the app keeps belongs to one person (profile). */
export const ownedRecordSchema = z.object({
  id: entityIdSchema,
  profileId: entityIdSchema,
  updatedAt: updatedAtSchema,
});
