import { useId, useState, type ReactNode } from 'react';
import { AlertMessage } from '../status-message';
import { Link } from '@/components/link';
import type { Profile } from '@/domain/profile/schema';
import { NoPersonYet } from './no-person-yet';
import { saveErrorKey } from '@/components/form/save-error';
import { useTranslation } from '@/components/translation-keys';

/**
 * Whose data this screen shows. With several people on the phone (a parent and a child, say) it is a
 * choice list that switches the active person for every screen.
 */
export function PersonBar({ profiles, active }: { profiles: Profile[]; active: Profile }) {
  const { t } = useTranslation(['common']);
  const id = useId();
  const [failed, setFailed] = useState<ReturnType<typeof saveErrorKey> | null>(null);
  if (profiles.length < 2) {
    return (
      <p className="person-bar">
        {t('common:person.for', { name: active.name })} <Link to="/profile">{t('common:person.edit')}</Link>
      </p>
    );
  }
  return (
    <div className="person-bar">
      <label htmlFor={id}>{t('common:person.shown')}</label>
      <select
        id={id}
        className="input input--inline"
        value={active.id}
        onChange={(event) => {
          setFailed(null);
          // Loaded on use: the writers (and zod) stay out of screens that only read.
          const profileId = event.target.value;
          import('@/data/repositories/profiles')
            .then(({ setActiveProfile }) => setActiveProfile(profileId))
            .catch((error: unknown) => setFailed(saveErrorKey(error)));
        }}
      >
        {profiles.map((profile) => (
          <option key={profile.id} value={profile.id}>
            {profile.name}
          </option>
        ))}
      </select>
      <AlertMessage message={failed ? t(failed) : null} />
    </div>
  );
}

/**
 * What a person's screen shows before it can show the person: "loading" while the data loads, or the
 * invitation to add someone when nobody is on the phone yet.
 */
export function PersonScreenState({ header, loading }: { header: ReactNode; loading: boolean }) {
  const { t } = useTranslation(['common']);
  return (
    <>
      {header}
      {loading ? <p className="loading">{t('common:loading')}</p> : <NoPersonYet />}
    </>
  );
}
