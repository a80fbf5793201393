import { customTodoSchema, type CustomTodo } from '@/domain/todo/schema';
import { db } from '../db';
import { newId } from '../ids';
import {
  checkedForWrite,
  nextUpdatedAt,
  requirePeople,
  StaleRecordError,
  type SeenVersion,
} from './write-guards';

/** Validates and stores a to-do the person wrote (new when it has no id), if the person is still there. */
export async function saveCustomTodo(
  input: Record<string, unknown> & { id?: string },
  seen?: SeenVersion,
): Promise<CustomTodo> {
  const draft = customTodoSchema.parse({ ...input, kind: 'custom', id: input.id ?? newId() });
  return db.transaction('rw', db.profiles, db.todos, async () => {
    const todo = await checkedForWrite(db.todos, draft, Boolean(input.id), seen);
    await db.todos.put(todo);
    return todo;
  });
}

export async function deleteCustomTodo(id: string): Promise<void> {
  await db.todos.delete(id);
}

/** The stored to-do, as a form edits it (with its `updatedAt`), or undefined if it is gone. */
export async function getCustomTodo(id: string): Promise<CustomTodo | undefined> {
  const todo = await db.todos.get(id);
  return todo?.kind === 'custom' ? todo : undefined;
}

/**
 * Marks a to-do done on a day, or (undefined) not done: only that field changes, so nothing else the
 * record holds is lost. A to-do deleted meanwhile (in another tab) is not brought back.
 */
export async function setCustomTodoDone(id: string, doneOn: string | undefined): Promise<void> {
  await db.transaction('rw', db.profiles, db.todos, async () => {
    const todo = await getCustomTodo(id);
    if (!todo) throw new StaleRecordError(undefined);
    await requirePeople(todo.profileId);
    const { doneOn: _previous, ...rest } = todo;
    await db.todos.put(
      customTodoSchema.parse({
        ...rest,
        ...(doneOn ? { doneOn } : {}),
        updatedAt: nextUpdatedAt(todo.updatedAt),
      }),
    );
  });
}
