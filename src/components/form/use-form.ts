import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { FieldErrors } from '@/domain/common/issues';

/**
 * A form's submit that runs once at a time: from the first tap until its write has settled, Save is
 * disabled (`submitting`) and any repeat (a double tap, Enter pressed twice) is ignored, so one tap makes one
 * record. The check is a ref, not state, so a second event in the same tick is caught too.
 */
export function useSubmitOnce() {
  const running = useRef(false);
  const [submitting, setSubmitting] = useState(false);
  /** Runs a save unless one is running (also a save confirmed in a dialog, which has no submit event). */
  const runOnce = (work: () => Promise<void>): void => {
    if (running.current) return;
    running.current = true;
    setSubmitting(true);
    void work().finally(() => {
      running.current = false;
      setSubmitting(false);
    });
  };
  const submitOnce =
    (handler: (event: FormEvent) => Promise<void>) =>
    (event: FormEvent): void => {
      event.preventDefault();
      runOnce(() => handler(event));
    };
  return { submitting, submitOnce, runOnce };
}

/**
 * The state every form here shares: the values as typed, a message per field, one message for the whole
 * form, and focus on the first refused field after a submit (each form adds `useSubmitOnce`).
 */
export function useForm<V extends object>(initial: V) {
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [focusInvalid, setFocusInvalid] = useState(0);

  useEffect(() => {
    if (focusInvalid > 0) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [focusInvalid]);

  /** Changes one value and clears that field's message. */
  const set = <K extends keyof V>(key: K, value: V[K]) => {
    setValues((current) => ({ ...current, [key]: value }));
    setFormError(null);
    setErrors((current) => (current[key as string] ? { ...current, [key]: undefined } : current));
  };

  /** Shows the messages and focuses the first refused field; false when there is nothing to show. */
  const showErrors = (next: FieldErrors): boolean => {
    if (!Object.values(next).some(Boolean)) return false;
    setErrors(next);
    setFocusInvalid((n) => n + 1);
    return true;
  };

  return { formRef, values, setValues, set, errors, setErrors, formError, setFormError, showErrors };
}
