import { useState, type FormEvent } from 'react';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { CheckboxField, SelectField, TextField } from '@/components/form/field';
import { FormActions } from '@/components/form/form-actions';
import { useForm, useSubmitOnce } from '@/components/form/use-form';
import { useUnsavedChanges } from '@/components/form/unsaved-changes';
import { useSeenVersion } from '@/components/form/use-seen-version';
import { requestPersistentStorage } from '@/components/storage';
import { useToday } from '@/components/use-today';
import { deleteProfile, saveProfile } from '@/data/repositories/profiles';
import { fieldErrorsFromIssues, type FieldErrors } from '@/domain/common/issues';
import { cardNeed } from '@/domain/card/journey';
import { hasBirthDateInNumber, ID_TYPES, idNumberProblem, type IdType } from '@/domain/identity/id-document';
import { normalizeResidentId, residentIdBirthDate } from '@/domain/identity/resident-id';
import { profileDateProblems, profileSchema, type City, type Profile } from '@/domain/profile/schema';
import type { Setup } from '@/domain/settings/audience';
import { BankFormDetails } from './bank-form-details';
import { SchoolDetails } from './school-details';
import { useProfileLabels } from './use-profile-labels';
import {
  formValuesFromProfile,
  profileInputFromForm,
  sameFormValues,
  type ProfileFormValues,
} from './profile-form-values';
import { saveErrorKey } from '@/components/form/save-error';
import { useTranslation } from '@/components/translation-keys';

interface ProfileFormProps {
  profile: Profile | undefined;
  isMe: boolean;
  /** The first visit's answers: a new person starts with the student's city and document. */
  setup?: Setup | undefined;
  onSaved: (profile: Profile) => void;
  onDeleted: () => void;
  /** Called on every edit, so the screen can clear an earlier confirmation. */
  onEdit: () => void;
}

/** The bank card form's answers, folded under "more details for the bank form". */
const BANK_FIELDS = ['educationLevel', 'hukouType', 'idIssuingAuthority', 'shenzhenAddress'] as const;

/**
 * Create or edit one person. It asks what this person's journey needs (city, document); nothing is written
 * unless every field passes.
 */
export function ProfileForm({ profile, isMe, setup, onSaved, onDeleted, onEdit }: ProfileFormProps) {
  const { t } = useTranslation(['profile', 'common', 'validation']);
  const today = useToday();
  const [saved, setSaved] = useState(() => formValuesFromProfile(profile, setup));
  const form = useForm(saved);
  const { formRef, values, setValues, errors, setErrors, formError, setFormError, showErrors } = form;
  const { submitting, submitOnce } = useSubmitOnce();
  const [savedMe, setSavedMe] = useState(isMe);
  const [me, setMe] = useState(isMe);
  // The browser's autofill may offer and keep the reader's own name, mobile and address, never those of a
  // family member entered here (autocomplete off for anyone but "me"); ID numbers never.
  // Personal numbers and the address are hidden on screen for a saved person until the user asks.
  const [idVisible, setIdVisible] = useState(!profile);
  const [mobileVisible, setMobileVisible] = useState(!profile);
  const [addressVisible, setAddressVisible] = useState(!profile);
  const [birthFromId, setBirthFromId] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [bankOpen, setBankOpen] = useState(false);

  const dirty = !sameFormValues(values, saved) || me !== savedMe;
  useUnsavedChanges(dirty);
  // Another tab saved this person: shown here unless this form holds unsaved edits (then Save says so).
  const version = useSeenVersion(profile, dirty, (current) => {
    const next = formValuesFromProfile(current);
    setSaved(next);
    setValues(next);
  });

  const set = <K extends keyof ProfileFormValues>(key: K, value: ProfileFormValues[K]) => {
    form.set(key, value);
    onEdit();
  };

  // The date of birth is filled from the ID number as soon as the number is whole and valid, as it is typed,
  // not when the field is left: leaving it by tapping Save would put the date's hint above Save between the
  // press and the release, and WebKit (every iPhone browser), which has no scroll anchoring, then loses the
  // tap. A date filled this way follows the number while it is corrected; one the person typed is kept.
  const setIdNumber = (idNumber: string) => {
    set('idNumber', idNumber);
    if (!hasBirthDateInNumber(values.idType)) return;
    if (values.dateOfBirth !== '' && !birthFromId) return;
    if (idNumberProblem(values.idType as IdType, idNumber) !== null) return;
    const birth = residentIdBirthDate(normalizeResidentId(idNumber));
    if (birth) {
      set('dateOfBirth', birth);
      setBirthFromId(true);
    }
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    const parsed = profileSchema.safeParse(profileInputFromForm(values, profile?.id));
    const nextErrors: FieldErrors = parsed.success ? {} : fieldErrorsFromIssues(parsed.error.issues);
    if (parsed.success) {
      for (const problem of profileDateProblems(parsed.data, today)) {
        nextErrors[problem.field] ??= { key: problem.key };
      }
    }
    // A refused answer inside the folded bank details: unfold them, so the message and its field show.
    if (BANK_FIELDS.some((field) => nextErrors[field])) setBankOpen(true);
    if (showErrors(nextErrors) || !parsed.success) return;
    const { id: _draftId, ...data } = parsed.data;
    const stored = await version.store(
      (seen) => saveProfile({ ...data, id: profile?.id }, { isMe: me, ...(profile ? { seen } : {}) }),
      (error) => setFormError(t(saveErrorKey(error))),
    );
    if (!stored) return;
    setSavedMe(me);
    const normalized = formValuesFromProfile(stored);
    setSaved(normalized);
    setValues(normalized);
    setErrors({});
    void requestPersistentStorage();
    onSaved(stored);
  };

  const { option, hint } = useProfileLabels();
  // Only what this person's journey needs: the bank's card form is Shenzhen's, for someone in the scheme;
  // hukou and issuing authority are a resident ID holder's (src/domain/identity/id-document.ts).
  const asksBankForm =
    cardNeed({
      idType: values.idType as IdType,
      city: values.city as City,
      hasWorkingChildCard: false,
      enrolledBySchool: values.enrolledBySchool,
    }).need === 'needed';
  const bankFilled = BANK_FIELDS.some((field) => values[field] !== '');

  return (
    <form ref={formRef} className="form" noValidate onSubmit={submitOnce(onSubmit)}>
      <p className="muted">{t('profile:requiredLegend')}</p>
      <fieldset>
        <legend>{t('profile:sections.identity')}</legend>
        <TextField
          name="name"
          label={t('profile:fields.name')}
          hint={hint('name')}
          required
          autoComplete={me ? 'name' : 'off'}
          value={values.name}
          error={errors.name}
          onChange={(v) => set('name', v)}
        />
        <SelectField
          name="idType"
          label={t('profile:fields.idType')}
          hint={t(`profile:idTypesOfficial.${values.idType}`, { defaultValue: '' }) || undefined}
          required
          value={values.idType}
          error={errors.idType}
          options={ID_TYPES.map(option('idTypes'))}
          onChange={(v) => set('idType', v)}
        />
        <TextField
          name="idNumber"
          label={t('profile:fields.idNumber')}
          hint={hint(hasBirthDateInNumber(values.idType) ? 'idNumberResident' : 'idNumberOther')}
          required
          masked={!idVisible}
          autoComplete="off"
          maxLength={40}
          value={values.idNumber}
          error={errors.idNumber}
          onChange={setIdNumber}
        />
        <button
          type="button"
          className="button button--small"
          aria-pressed={idVisible}
          onClick={() => setIdVisible((v) => !v)}
        >
          {idVisible ? t('profile:hideIdNumber') : t('profile:showIdNumber')}
        </button>
        <TextField
          name="dateOfBirth"
          type="date"
          label={t('profile:fields.dateOfBirth')}
          hint={birthFromId ? t('profile:hints.dateOfBirthFromId') : undefined}
          value={values.dateOfBirth}
          error={errors.dateOfBirth}
          onChange={(v) => {
            setBirthFromId(false);
            set('dateOfBirth', v);
          }}
        />
        <CheckboxField
          name="isMe"
          label={t('profile:fields.isMe')}
          checked={me}
          onChange={(checked) => {
            setMe(checked);
            onEdit();
          }}
        />
      </fieldset>

      <fieldset>
        <legend>{t('profile:sections.contact')}</legend>
        <TextField
          name="mobile"
          type="tel"
          inputMode="tel"
          autoComplete={me ? 'tel-national' : 'off'}
          label={t('profile:fields.mobile')}
          hint={hint(values.idType === 'resident-id' ? 'mobile' : 'mobileHmt')}
          masked={!mobileVisible}
          value={values.mobile}
          error={errors.mobile}
          onChange={(v) => set('mobile', v)}
        />
        <button
          type="button"
          className="button button--small"
          aria-pressed={mobileVisible}
          onClick={() => setMobileVisible((v) => !v)}
        >
          {mobileVisible ? t('profile:hideMobile') : t('profile:showMobile')}
        </button>
      </fieldset>

      <SchoolDetails values={values} errors={errors} set={set} />

      {asksBankForm ? (
        <BankFormDetails
          values={values}
          errors={errors}
          set={set}
          open={bankOpen || bankFilled}
          onToggle={setBankOpen}
          autoFill={me}
          addressVisible={addressVisible}
          onToggleAddress={() => setAddressVisible((v) => !v)}
        />
      ) : null}

      <FormActions formError={formError} submitting={submitting} dirty={dirty}>
        {profile ? (
          <button type="button" className="button button--danger" onClick={() => setConfirmDelete(true)}>
            {t('profile:delete.button')}
          </button>
        ) : null}
      </FormActions>
      {profile ? (
        <ConfirmDialog
          open={confirmDelete}
          title={t('profile:delete.title', { name: profile.name })}
          confirmLabel={t('common:actions.delete')}
          onCancel={() => setConfirmDelete(false)}
          onConfirm={() => {
            setConfirmDelete(false);
            deleteProfile(profile.id).then(onDeleted, (error: unknown) =>
              setFormError(t(saveErrorKey(error))),
            );
          }}
        >
          <p>{t('profile:delete.body')}</p>
        </ConfirmDialog>
      ) : null}
    </form>
  );
}
