import { customTodoSchema, type CustomTodo } from '@/domain/todo/schema';
import { db } from '../db';
import { newId } from '../ids';
import { nextUpdatedAt, requirePeople, requireUnchanged, type SeenVersion } from './write-guards';

/** Validates and stores a to-do the person wrote (new when it has no id), if the person is still there. */
export async function saveCustomTodo(
  input: Record<string, unknown> & { id?: string },
  seen?: SeenVersion,
): Promise<CustomTodo> {
  const draft = customTodoSchema.parse({ ...input, kind: 'custom', id: input.id ?? newId() });
  return db.transaction('rw', db.profiles, db.todos, async () => {
    await requirePeople(draft.profileId);
    const existing = input.id ? await db.todos.get(input.id) : undefined;
    if (input.id) requireUnchanged(existing, seen);
    const todo = { ...draft, updatedAt: nextUpdatedAt(existing?.updatedAt) };
    await db.todos.put(todo);
    return todo;
  });
}

export async function deleteCustomTodo(id: string): Promise<void> {
  await db.todos.delete(id);
}
