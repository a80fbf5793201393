import { useState, type FormEvent } from 'react';
import { formatCalendarDate } from '@/components/date-format';
import { SelectField, TextField } from '@/components/form/field';
import { FormActions } from '@/components/form/form-actions';
import { useForm, useSubmitOnce } from '@/components/form/use-form';
import { useEditedRecord } from '@/components/form/use-seen-version';
import { currentLanguageOf } from '@/components/language';
import { requestPersistentStorage } from '@/components/storage';
import { useToday } from '@/components/use-today';
import { saveBinding } from '@/data/repositories/clinic';
import { bindingProblems } from '@/domain/clinic/binding-checks';
import {
  BINDING_METHODS,
  CLINIC_KINDS,
  clinicBindingSchema,
  type ClinicBinding,
} from '@/domain/clinic/schema';
import { fieldErrorsFromIssues, type FieldErrors } from '@/domain/common/issues';
import type { Profile } from '@/domain/profile/schema';
import { saveErrorKey } from '@/components/form/save-error';
import { useTranslation } from '@/components/translation-keys';

interface Values {
  name: string;
  kind: string;
  boundOn: string;
  method: string;
  note: string;
}

const fromBinding = (b: ClinicBinding | undefined): Values => ({
  name: b?.name ?? '',
  kind: b?.kind ?? 'community-health-centre',
  boundOn: b?.boundOn ?? '',
  method: b?.method ?? '',
  note: b?.note ?? '',
});

/** Record a new binding (or correct one from the history). Refuses a date inside the previous lock. */
export function BindingForm({
  person,
  bindings,
  editing,
  onSaved,
  onCancel,
}: {
  person: Profile;
  bindings: ClinicBinding[];
  editing: ClinicBinding | undefined;
  onSaved: (message: string) => void;
  onCancel: () => void;
}) {
  const { t, i18n } = useTranslation(['clinic', 'common', 'validation']);
  const today = useToday();
  const initial = fromBinding(editing);
  const { formRef, values, setValues, set, errors, formError, setFormError, showErrors } = useForm(initial);
  const { submitting, submitOnce } = useSubmitOnce();
  const { version } = useEditedRecord(editing, initial, values, setValues);
  // The values the user was warned about (a date inside the worked-out lock): saving them again records them.
  const [warnedFor, setWarnedFor] = useState<string | null>(null);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    const parsed = clinicBindingSchema.safeParse({
      ...values,
      id: editing?.id ?? 'draft',
      profileId: person.id,
    });
    const next: FieldErrors = parsed.success ? {} : fieldErrorsFromIssues(parsed.error.issues);
    if (parsed.success) {
      for (const problem of bindingProblems(parsed.data, bindings, person.dateOfBirth, today)) {
        const valuesFor: Record<string, string | number> | undefined =
          problem.key === 'clinic:errors.locked'
            ? {
                clinic: problem.clinic,
                date: formatCalendarDate(problem.from, currentLanguageOf(i18n)),
              }
            : problem.key === 'clinic:errors.hospitalAge'
              ? { age: problem.age }
              : undefined;
        next[problem.field] ??= valuesFor ? { key: problem.key, values: valuesFor } : { key: problem.key };
      }
    }
    // The one-month lock is worked out, not official (content audit M-6): inside it, the first Save warns,
    // and a second Save of the same values records the binding (the change may really have been accepted).
    const onlyLock = Object.keys(next).every((field) => next[field]?.key === 'clinic:errors.locked');
    const shown = JSON.stringify(values);
    if (parsed.success && onlyLock && next.boundOn && warnedFor === shown) delete next.boundOn;
    else if (onlyLock && next.boundOn) setWarnedFor(shown);
    if (showErrors(next) || !parsed.success) return;
    setWarnedFor(null);
    const { id: _draft, ...data } = parsed.data;
    const stored = await version.store(
      (seen) => saveBinding(editing ? { ...data, id: editing.id } : data, seen),
      (error) => setFormError(t(saveErrorKey(error))),
    );
    if (!stored) return;
    void requestPersistentStorage();
    setValues(fromBinding(undefined));
    onSaved(t('clinic:saved', { name: stored.name }));
  };

  return (
    <form ref={formRef} className="form" noValidate onSubmit={submitOnce(onSubmit)}>
      <TextField
        name="name"
        label={t('clinic:fields.name')}
        hint={t('clinic:hints.name')}
        required
        value={values.name}
        error={errors.name}
        onChange={(v) => set('name', v)}
      />
      <SelectField
        name="kind"
        label={t('clinic:fields.kind')}
        hint={t('clinic:hints.kind')}
        required
        value={values.kind}
        error={errors.kind}
        options={CLINIC_KINDS.map((value) => ({ value, label: t(`clinic:kinds.${value}`) }))}
        onChange={(v) => set('kind', v)}
      />
      <TextField
        name="boundOn"
        type="date"
        label={t('clinic:fields.boundOn')}
        required
        value={values.boundOn}
        error={errors.boundOn}
        onChange={(v) => set('boundOn', v)}
      />
      <SelectField
        name="method"
        label={t('clinic:fields.method')}
        placeholder={t('clinic:notSet')}
        value={values.method}
        error={errors.method}
        options={BINDING_METHODS.map((value) => ({ value, label: t(`clinic:methods.${value}.name`) }))}
        onChange={(v) => set('method', v)}
      />
      <TextField
        name="note"
        label={t('clinic:fields.note')}
        value={values.note}
        error={errors.note}
        onChange={(v) => set('note', v)}
      />
      <FormActions formError={formError} submitting={submitting} onCancel={editing ? onCancel : undefined} />
    </form>
  );
}
