import { useEffect, type FormEvent } from 'react';
import { SelectField, TextField } from '@/components/form/field';
import { FormActions } from '@/components/form/form-actions';
import { useForm, useSubmitOnce } from '@/components/form/use-form';
import { useEditedRecord } from '@/components/form/use-seen-version';
import { saveCustomTodo } from '@/data/repositories/custom-todos';
import { fieldErrorsFromIssues } from '@/domain/common/issues';
import type { Profile } from '@/domain/profile/schema';
import { customTodoSchema, type CustomTodo } from '@/domain/todo/schema';
import { saveErrorKey } from '@/components/form/save-error';
import { useTranslation } from '@/components/translation-keys';

interface Values {
  title: string;
  dueOn: string;
  profileId: string;
  note: string;
}

/** Add or edit a to-do of one's own, with an optional date. */
export function CustomTodoForm({
  profiles,
  defaultProfileId,
  editing,
  onDone,
  onSaved,
}: {
  profiles: Profile[];
  defaultProfileId: string;
  editing: CustomTodo | undefined;
  onDone: () => void;
  /** The page's one status region announces the save. */
  onSaved: (message: string) => void;
}) {
  const { t } = useTranslation(['timeline', 'common']);
  const initial: Values = {
    title: editing?.title ?? '',
    dueOn: editing?.dueOn ?? '',
    profileId: editing?.profileId ?? defaultProfileId,
    note: editing?.note ?? '',
  };
  const { formRef, values, setValues, set, errors, formError, setFormError, showErrors } = useForm(initial);
  const { submitting, submitOnce } = useSubmitOnce();
  const { version } = useEditedRecord(
    editing,
    initial,
    values,
    setValues,
    (v, l) => v.title !== l.title || v.dueOn !== l.dueOn || v.note !== l.note,
  );

  // The person chosen was deleted in another tab (security review F1): choose again, never save for nobody.
  const personGone = profiles.length > 0 && !profiles.some((p) => p.id === values.profileId);
  useEffect(() => {
    if (personGone && !editing) setValues((current) => ({ ...current, profileId: defaultProfileId }));
  }, [personGone, editing, defaultProfileId, setValues]);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    if (personGone) {
      setFormError(t('common:errors.personDeleted'));
      return;
    }
    const input = { ...values, id: editing?.id ?? 'draft', kind: 'custom', doneOn: editing?.doneOn };
    const parsed = customTodoSchema.safeParse(input);
    if (!parsed.success) {
      showErrors(fieldErrorsFromIssues(parsed.error.issues));
      return;
    }
    const { id: _draft, ...data } = parsed.data;
    const stored = await version.store(
      (seen) => saveCustomTodo(editing ? { ...data, id: editing.id } : data, seen),
      (error) => setFormError(t(saveErrorKey(error))),
    );
    if (!stored) return;
    onSaved(t('timeline:custom.saved', { title: parsed.data.title }));
    setValues({ title: '', dueOn: '', profileId: values.profileId, note: '' });
    onDone();
  };

  return (
    <form ref={formRef} className="form" noValidate onSubmit={submitOnce(onSubmit)}>
      <TextField
        name="title"
        label={t('timeline:custom.fields.title')}
        required
        value={values.title}
        error={errors.title}
        onChange={(v) => set('title', v)}
      />
      <TextField
        name="dueOn"
        type="date"
        label={t('timeline:custom.fields.dueOn')}
        value={values.dueOn}
        error={errors.dueOn}
        onChange={(v) => set('dueOn', v)}
      />
      {profiles.length > 1 ? (
        <SelectField
          name="profileId"
          label={t('timeline:custom.fields.person')}
          value={values.profileId}
          error={errors.profileId}
          options={profiles.map((p) => ({ value: p.id, label: p.name }))}
          onChange={(v) => set('profileId', v)}
        />
      ) : null}
      <TextField
        name="note"
        label={t('timeline:custom.fields.note')}
        value={values.note}
        error={errors.note}
        onChange={(v) => set('note', v)}
      />
      <FormActions formError={formError} submitting={submitting} onCancel={editing ? onDone : undefined} />
    </form>
  );
}
