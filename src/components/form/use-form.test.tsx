import { act, render, renderHook, screen } from '@testing-library/react';
import type { FormEvent } from 'react';
import { describe, expect, it } from 'vitest';
import { useForm, useSubmitOnce } from './use-form';

/**
 * The forms' shared state (issue 19: a small hook, tested and documented, rather than a forms library):
 * values as typed, a message per field, one message for the form, focus on the first refused field, and one
 * save per tap.
 */
describe('useForm', () => {
  it('changes one value and clears that field’s message and the form’s message, not the others', () => {
    const { result } = renderHook(() => useForm({ name: '', city: '' }));
    act(() => {
      result.current.setErrors({ name: { key: 'validation:required' }, city: { key: 'validation:choose' } });
      result.current.setFormError('Saved elsewhere');
    });
    act(() => result.current.set('name', 'Li'));
    expect(result.current.values).toEqual({ name: 'Li', city: '' });
    expect(result.current.errors).toEqual({ name: undefined, city: { key: 'validation:choose' } });
    expect(result.current.formError).toBeNull();
  });

  it('shows the messages and moves focus to the first refused field; nothing to show is false', () => {
    function Probe({ onReady }: { onReady: (form: ReturnType<typeof useForm<{ a: string }>>) => void }) {
      const form = useForm({ a: '' });
      onReady(form);
      return (
        <form ref={form.formRef}>
          <input aria-label="first" aria-invalid={form.errors.first ? true : undefined} />
          <input aria-label="second" aria-invalid={form.errors.second ? true : undefined} />
        </form>
      );
    }
    let form!: ReturnType<typeof useForm<{ a: string }>>;
    render(<Probe onReady={(f) => (form = f)} />);
    let shown = true;
    act(() => void (shown = form.showErrors({})));
    expect(shown).toBe(false);
    act(() => void (shown = form.showErrors({ second: { key: 'validation:required' } })));
    expect(shown).toBe(true);
    expect(screen.getByLabelText('second')).toHaveFocus();
  });
});

describe('useSubmitOnce', () => {
  it('runs one save at a time: a repeat while it is written is ignored, and Save comes back after', async () => {
    let finish!: () => void;
    let runs = 0;
    const { result } = renderHook(() => useSubmitOnce());
    const submit = result.current.submitOnce(
      () =>
        new Promise<void>((resolve) => {
          runs += 1;
          finish = resolve;
        }),
    );
    const event = { preventDefault: () => undefined } as unknown as FormEvent;
    act(() => {
      submit(event);
      submit(event); // a double tap, in the same tick
    });
    expect(runs).toBe(1);
    expect(result.current.submitting).toBe(true);
    await act(async () => finish());
    expect(result.current.submitting).toBe(false);
    act(() => result.current.submitOnce(async () => void (runs += 1))(event));
    expect(runs).toBe(2);
  });

  it('keeps working when a save fails', async () => {
    const { result } = renderHook(() => useSubmitOnce());
    const event = { preventDefault: () => undefined } as unknown as FormEvent;
    await act(async () => {
      result.current.submitOnce(() => Promise.reject(new Error('disk full')).catch(() => undefined))(event);
    });
    expect(result.current.submitting).toBe(false);
  });
});
