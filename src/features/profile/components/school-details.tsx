import { CheckboxField, SelectField, TextField } from '@/components/form/field';
import type { FieldErrors } from '@/domain/common/issues';
import { CITIES } from '@/domain/profile/schema';
import type { ProfileFormValues } from './profile-form-values';
import { useProfileLabels } from './use-profile-labels';

/**
 * Where the person studies (city, school, student number, entry date), and what follows from it: whether a
 * passport holder's school enrolled them in the scheme, and whether a Shenzhen student already holds a
 * working child's card (then no new card is needed, seed 000).
 */
export function SchoolDetails({
  values,
  errors,
  set,
}: {
  values: ProfileFormValues;
  errors: FieldErrors;
  set: <K extends keyof ProfileFormValues>(key: K, value: ProfileFormValues[K]) => void;
}) {
  const { t, option, hint } = useProfileLabels();
  return (
    <>
      <fieldset>
        <legend>{t('profile:sections.school')}</legend>
        <SelectField
          name="city"
          label={t('profile:fields.city')}
          hint={hint('city')}
          required
          value={values.city}
          error={errors.city}
          options={CITIES.map(option('cities'))}
          onChange={(v) => set('city', v)}
        />
        <TextField
          name="school"
          label={t('profile:fields.school')}
          value={values.school}
          error={errors.school}
          onChange={(v) => set('school', v)}
        />
        <TextField
          name="studentNumber"
          label={t('profile:fields.studentNumber')}
          hint={hint('studentNumber')}
          value={values.studentNumber}
          error={errors.studentNumber}
          onChange={(v) => set('studentNumber', v)}
        />
        <TextField
          name="entryDate"
          type="date"
          label={t('profile:fields.entryDate')}
          hint={hint('entryDate')}
          value={values.entryDate}
          error={errors.entryDate}
          onChange={(v) => set('entryDate', v)}
        />
      </fieldset>

      {values.idType === 'passport' ? (
        <fieldset>
          <legend>{t('profile:sections.scheme')}</legend>
          <CheckboxField
            name="enrolledBySchool"
            label={t('profile:fields.enrolledBySchool')}
            hint={hint('enrolledBySchool')}
            checked={values.enrolledBySchool}
            onChange={(v) => set('enrolledBySchool', v)}
          />
        </fieldset>
      ) : null}

      {values.city === 'shenzhen' ? (
        <CheckboxField
          name="hasWorkingChildCard"
          label={t('profile:fields.hasWorkingChildCard')}
          hint={hint('hasWorkingChildCard')}
          checked={values.hasWorkingChildCard}
          onChange={(v) => set('hasWorkingChildCard', v)}
        />
      ) : null}
    </>
  );
}
