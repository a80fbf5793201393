import { SelectField, TextField } from '@/components/form/field';
import type { FieldErrors } from '@/domain/common/issues';
import { asksHukouAndAuthority } from '@/domain/identity/id-document';
import { EDUCATION_LEVELS, HUKOU_TYPES } from '@/domain/profile/schema';
import type { ProfileFormValues } from './profile-form-values';
import { useProfileLabels } from './use-profile-labels';

/**
 * "More details for the bank form": the answers the bank's card form asks (seed 000), folded until wanted,
 * for a Shenzhen student in the scheme. A holder of another document than the resident ID is not asked for
 * a hukou type or an issuing authority (UX review 4.2).
 */
export function BankFormDetails({
  values,
  errors,
  set,
  open,
  onToggle,
  autoFill,
  addressVisible,
  onToggleAddress,
}: {
  values: ProfileFormValues;
  errors: FieldErrors;
  set: <K extends keyof ProfileFormValues>(key: K, value: ProfileFormValues[K]) => void;
  open: boolean;
  onToggle: (open: boolean) => void;
  /** The browser may offer the reader's own address (the phone's owner), never a relative's. */
  autoFill: boolean;
  addressVisible: boolean;
  onToggleAddress: () => void;
}) {
  const { t, option, hint } = useProfileLabels();
  return (
    <details className="form-more" open={open} onToggle={(event) => onToggle(event.currentTarget.open)}>
      <summary>{t('profile:sections.cardForm')}</summary>
      <p className="muted">{t('profile:cardFormIntro')}</p>
      <SelectField
        name="educationLevel"
        label={t('profile:fields.educationLevel')}
        hint={hint('educationLevel')}
        placeholder={t('profile:notSet')}
        value={values.educationLevel}
        error={errors.educationLevel}
        options={EDUCATION_LEVELS.map(option('educationLevels'))}
        onChange={(v) => set('educationLevel', v)}
      />
      {asksHukouAndAuthority(values.idType) ? (
        <>
          <SelectField
            name="hukouType"
            label={t('profile:fields.hukouType')}
            hint={`${hint('hukouType')} ${hint('hukouTypeOptions')}`}
            placeholder={t('profile:notSet')}
            value={values.hukouType}
            error={errors.hukouType}
            options={HUKOU_TYPES.map(option('hukouTypes'))}
            onChange={(v) => set('hukouType', v)}
          />
          <TextField
            name="idIssuingAuthority"
            label={t('profile:fields.idIssuingAuthority')}
            hint={hint('idIssuingAuthority')}
            value={values.idIssuingAuthority}
            error={errors.idIssuingAuthority}
            onChange={(v) => set('idIssuingAuthority', v)}
          />
        </>
      ) : (
        <p className="muted">{t('profile:noHukou')}</p>
      )}
      <TextField
        name="shenzhenAddress"
        label={t('profile:fields.shenzhenAddress')}
        hint={hint('shenzhenAddress')}
        autoComplete={autoFill ? 'street-address' : 'off'}
        masked={!addressVisible}
        value={values.shenzhenAddress}
        error={errors.shenzhenAddress}
        onChange={(v) => set('shenzhenAddress', v)}
      />
      <button
        type="button"
        className="button button--small"
        aria-pressed={addressVisible}
        onClick={onToggleAddress}
      >
        {addressVisible ? t('profile:hideAddress') : t('profile:showAddress')}
      </button>
    </details>
  );
}
