import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '@/components/form/Field';
import { useUnsavedChanges } from '@/components/form/unsaved-changes';
import { saveCustomTodo } from '@/data/repositories/custom-todos';
import { fieldErrorsFromIssues, type FieldErrors } from '@/domain/common/issues';
import type { Profile } from '@/domain/profile/schema';
import { customTodoSchema, type CustomTodo } from '@/domain/todo/schema';

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
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [focusInvalid, setFocusInvalid] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  useUnsavedChanges(
    values.title !== initial.title || values.dueOn !== initial.dueOn || values.note !== initial.note,
  );
  useEffect(() => {
    if (focusInvalid > 0) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [focusInvalid]);

  const set = (key: keyof Values, value: string) => {
    setValues((v) => ({ ...v, [key]: value }));
    if (errors[key]) setErrors((e) => ({ ...e, [key]: undefined }));
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    const input = { ...values, id: editing?.id ?? 'draft', kind: 'custom', doneOn: editing?.doneOn };
    const parsed = customTodoSchema.safeParse(input);
    if (!parsed.success) {
      setErrors(fieldErrorsFromIssues(parsed.error.issues));
      setFocusInvalid((n) => n + 1);
      return;
    }
    try {
      const { id: _draft, ...data } = parsed.data;
      await saveCustomTodo(editing ? { ...data, id: editing.id } : data);
      onSaved(t('timeline:custom.saved', { title: parsed.data.title }));
      setValues({ title: '', dueOn: '', profileId: values.profileId, note: '' });
      onDone();
    } catch {
      setFormError(t('common:errors.saveFailed'));
    }
  };

  return (
    <form ref={formRef} className="form" noValidate onSubmit={(e) => void onSubmit(e)}>
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
      {formError ? (
        <p role="alert" className="alert">
          {formError}
        </p>
      ) : null}
      <div className="actions">
        <button type="submit" className="button button--primary">
          {t('common:actions.save')}
        </button>
        {editing ? (
          <button type="button" className="button" onClick={onDone}>
            {t('common:actions.cancel')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
