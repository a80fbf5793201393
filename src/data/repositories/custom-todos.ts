import { customTodoSchema, type CustomTodo } from '@/domain/todo/schema';
import { db } from '../db';
import { newId } from '../ids';

/** Validates and stores a to-do the person wrote (new when it has no id). */
export async function saveCustomTodo(input: Record<string, unknown> & { id?: string }): Promise<CustomTodo> {
  const todo = customTodoSchema.parse({ ...input, kind: 'custom', id: input.id ?? newId() });
  await db.todos.put(todo);
  return todo;
}

export async function deleteCustomTodo(id: string): Promise<void> {
  await db.todos.delete(id);
}
