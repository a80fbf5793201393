import type { FormEvent } from 'react';
import { SelectField, TextField } from '@/components/form/field';
import { FormActions } from '@/components/form/form-actions';
import { useForm, useSubmitOnce } from '@/components/form/use-form';
import { useUnsavedChanges } from '@/components/form/unsaved-changes';
import { useToday } from '@/components/use-today';
import { saveFamilyLink } from '@/data/repositories/family';
import { fieldErrorsFromIssues, type FieldErrors } from '@/domain/common/issues';
import { compareIsoDates } from '@/domain/dates/iso-date';
import { FAMILY_RELATIONS, familyLinkSchema } from '@/domain/family/schema';
import type { Profile } from '@/domain/profile/schema';
import { saveErrorKey } from '@/components/form/save-error';
import { useTranslation } from '@/components/translation-keys';

const EMPTY = {
  authoriserProfileId: '',
  relation: '',
  authoriserSocialSecurityNumber: '',
  registeredOn: '',
  note: '',
};

/** Records a family account link: whose account pays for this member, and the data the link needs. */
export function LinkForm({
  member,
  relatives,
  onSaved,
}: {
  member: Profile;
  relatives: Profile[];
  onSaved: (message: string) => void;
}) {
  const { t } = useTranslation(['family', 'common', 'validation']);
  const today = useToday();
  const { formRef, values, setValues, set, errors, formError, setFormError, showErrors } = useForm(EMPTY);
  const { submitting, submitOnce } = useSubmitOnce();
  useUnsavedChanges(JSON.stringify(values) !== JSON.stringify(EMPTY));

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    const parsed = familyLinkSchema.safeParse({ ...values, id: 'draft', profileId: member.id });
    const next: FieldErrors = parsed.success ? {} : fieldErrorsFromIssues(parsed.error.issues);
    if (parsed.success && parsed.data.registeredOn && compareIsoDates(parsed.data.registeredOn, today) > 0)
      next.registeredOn = { key: 'validation:future' };
    if (showErrors(next) || !parsed.success) return;
    try {
      const { id: _draft, ...data } = parsed.data;
      await saveFamilyLink(data);
      const authoriser = relatives.find((r) => r.id === data.authoriserProfileId);
      setValues(EMPTY);
      onSaved(t('family:links.saved', { name: authoriser?.name ?? '' }));
    } catch (error) {
      setFormError(t(saveErrorKey(error)));
    }
  };

  return (
    <form ref={formRef} className="form" noValidate onSubmit={submitOnce(onSubmit)}>
      <SelectField
        name="authoriserProfileId"
        label={t('family:links.fields.authoriser')}
        hint={t('family:links.hints.authoriser')}
        required
        placeholder={t('family:links.choose')}
        value={values.authoriserProfileId}
        error={errors.authoriserProfileId}
        options={relatives.map((r) => ({ value: r.id, label: r.name }))}
        onChange={(v) => set('authoriserProfileId', v)}
      />
      <SelectField
        name="relation"
        label={t('family:links.fields.relation')}
        hint={t('family:links.hints.relation')}
        required
        placeholder={t('family:links.choose')}
        value={values.relation}
        error={errors.relation}
        options={FAMILY_RELATIONS.map((r) => ({ value: r, label: t(`family:relations.${r}`) }))}
        onChange={(v) => set('relation', v)}
      />
      <TextField
        name="authoriserSocialSecurityNumber"
        label={t('family:links.fields.socialSecurityNumber')}
        hint={t('family:links.hints.socialSecurityNumber')}
        autoComplete="off"
        value={values.authoriserSocialSecurityNumber}
        error={errors.authoriserSocialSecurityNumber}
        onChange={(v) => set('authoriserSocialSecurityNumber', v)}
      />
      <TextField
        name="registeredOn"
        type="date"
        label={t('family:links.fields.registeredOn')}
        value={values.registeredOn}
        error={errors.registeredOn}
        onChange={(v) => set('registeredOn', v)}
      />
      <TextField
        name="note"
        label={t('family:links.fields.note')}
        value={values.note}
        error={errors.note}
        onChange={(v) => set('note', v)}
      />
      <FormActions formError={formError} submitting={submitting} />
    </form>
  );
}
