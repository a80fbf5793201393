import type { z } from 'zod/mini';

/** A translated message for one field: a locale key and its values. */
export interface FieldMessage {
  key: string;
  values?: Record<string, string | number>;
}

export type FieldErrors = Partial<Record<string, FieldMessage>>;

/**
 * Turns zod issues into one message per top-level field. Schemas put translation keys (with a `ns:` prefix)
 * in their messages; anything else (zod's own defaults) falls back to a generic key by issue code.
 */
export function fieldErrorsFromIssues(issues: readonly z.core.$ZodIssue[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const field = issue.path.length > 0 ? String(issue.path[0]) : '_form';
    if (errors[field]) continue;
    errors[field] = messageForIssue(issue);
  }
  return errors;
}

export function messageForIssue(issue: z.core.$ZodIssue): FieldMessage {
  if (/^[a-z]+:[\w.-]+$/.test(issue.message)) {
    const maximum = issue.code === 'too_big' ? Number(issue.maximum) : undefined;
    return maximum === undefined ? { key: issue.message } : { key: issue.message, values: { max: maximum } };
  }
  switch (issue.code) {
    case 'invalid_value':
      return { key: 'validation:choose' };
    case 'too_big':
      return { key: 'validation:tooLong', values: { max: Number(issue.maximum) } };
    case 'invalid_type':
      return { key: 'validation:required' };
    default:
      return { key: 'validation:invalid' };
  }
}
