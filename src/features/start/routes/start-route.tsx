import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { Link } from '@/components/link';
import { CheckboxField, RadioGroup, SelectField } from '@/components/form/field';
import { FormActions } from '@/components/form/form-actions';
import { saveErrorKey } from '@/components/form/save-error';
import { useSubmitOnce } from '@/components/form/use-form';
import { useUnsavedChanges } from '@/components/form/unsaved-changes';
import { PageHeader } from '@/components/page-header';
import { usePeople } from '@/components/people/use-people';
import { StatusMessage } from '@/components/status-message';
import { saveSetup } from '@/data/repositories/settings';
import { ID_TYPES, type IdType } from '@/domain/identity/id-document';
import { CITIES, type City } from '@/domain/profile/schema';
import { ROLES, type Role, type Setup } from '@/domain/settings/audience';
import { namespaces } from './namespaces';
import { useTranslation } from '@/components/translation-keys';

const DEFAULT_SETUP: Setup = { role: 'student', city: 'shenzhen', idType: 'resident-id' };

/**
 * The first visit's three questions, and the same questions later from Settings: who uses the app, the
 * student's city, the student's document. The answers choose the tabs, the fields asked, what the checklist
 * counts and what the to-do holds; then the way on: the student's details.
 */
export function Component() {
  const { t } = useTranslation(namespaces);
  const people = usePeople();
  if (!people) return <p className="loading">{t('common:loading')}</p>;
  return (
    <>
      <PageHeader title={t('start:title')} lead={t('start:lead')} />
      <StartForm initial={people.settings.setup} hasPeople={people.profiles.length > 0} />
    </>
  );
}

function StartForm({ initial, hasPeople }: { initial: Setup | undefined; hasPeople: boolean }) {
  const { t } = useTranslation(namespaces);
  const navigate = useNavigate();
  const [setup, setSetup] = useState<Setup>(initial ?? DEFAULT_SETUP);
  const [savedSetup, setSavedSetup] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const { submitting, submitOnce } = useSubmitOnce();
  const dirty =
    savedSetup === undefined ||
    (['role', 'city', 'idType', 'followOnly'] as const).some((k) => savedSetup[k] !== setup[k]);
  // Not asked on the first visit: nothing is lost there by leaving.
  useUnsavedChanges(dirty && initial !== undefined);

  const change = <K extends keyof Setup>(key: K, value: Setup[K]) => {
    setStatus(null);
    setError(null);
    setSetup((current) => ({ ...current, [key]: value }));
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const answers: Setup = {
      role: setup.role,
      city: setup.city,
      idType: setup.idType,
      ...(setup.role === 'family' ? { followOnly: setup.followOnly ?? false } : {}),
    };
    try {
      await saveSetup(answers);
      setSavedSetup(answers);
      // The tabs follow by themselves: src/app/main.tsx watches the settings (tab-set-source.ts).
      if (hasPeople) setStatus(t('start:saved'));
      // The next step: the student's own details, asked for this city and document.
      else void navigate('/profile?add=1');
    } catch (reason) {
      setError(t(saveErrorKey(reason)));
    }
  };

  const family = setup.role === 'family';
  return (
    <form className="card form" noValidate onSubmit={submitOnce(onSubmit)}>
      <p className="muted">{t('start:unofficial')}</p>
      <RadioGroup<Role>
        legend={t('start:role.legend')}
        name="role"
        value={setup.role}
        options={ROLES.map((role) => ({
          value: role,
          label: t(`start:role.${role}.label`),
          detail: t(`start:role.${role}.detail`),
        }))}
        onChange={(role) => change('role', role)}
      />
      <RadioGroup<City>
        legend={t(family ? 'start:city.legendFamily' : 'start:city.legend')}
        name="city"
        value={setup.city}
        options={CITIES.map((city) => ({
          value: city,
          label: t(`profile:cities.${city}`),
          detail: t(`start:city.${city}`),
        }))}
        onChange={(city) => change('city', city)}
      />
      <SelectField
        name="idType"
        label={t(family ? 'start:document.labelFamily' : 'start:document.label')}
        hint={t(`start:document.hints.${setup.idType}`)}
        value={setup.idType}
        options={ID_TYPES.map((idType) => ({ value: idType, label: t(`profile:idTypes.${idType}`) }))}
        onChange={(idType) => change('idType', idType as IdType)}
      />
      {family ? (
        <CheckboxField
          name="followOnly"
          label={t('start:followOnly.label')}
          hint={t('start:followOnly.hint')}
          checked={setup.followOnly ?? false}
          onChange={(on) => change('followOnly', on)}
        />
      ) : null}
      <FormActions formError={error} submitting={submitting} dirty={dirty && initial !== undefined} />
      <StatusMessage message={status} />
      {family && !hasPeople ? (
        <p>
          <Link className="button" to="/guides/parents">
            {t('start:familyGuide')}
          </Link>
        </p>
      ) : null}
    </form>
  );
}
