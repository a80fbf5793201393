import { z } from 'zod/mini';
import {
  isoDateSchema,
  optionalIsoDateSchema,
  optionalText,
  ownedRecordSchema,
  requiredText,
} from '../common/schema';

/** A to-do the person wrote themselves. */
export const customTodoSchema = z.extend(ownedRecordSchema, {
  kind: z.literal('custom'),
  title: requiredText(200),
  dueOn: optionalIsoDateSchema,
  doneOn: optionalIsoDateSchema,
  note: optionalText(1000, { multiline: true }),
});

/** The person's answer to a step the timeline generated: done, or skipped with a reason. */
export const stepStateSchema = z.extend(ownedRecordSchema, {
  kind: z.literal('step'),
  stepId: z.string().check(z.regex(/^[a-z0-9.-]{1,80}$/, { error: 'validation:invalid' })),
  state: z.enum(['done', 'skipped']),
  on: isoDateSchema,
  reason: optionalText(500, { multiline: true }),
});

export const todoSchema = z.discriminatedUnion('kind', [customTodoSchema, stepStateSchema]);
export type Todo = z.infer<typeof todoSchema>;
export type CustomTodo = z.infer<typeof customTodoSchema>;
export type StepState = z.infer<typeof stepStateSchema>;
