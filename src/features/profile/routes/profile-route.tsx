import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { Link } from '@/components/link';
import type { Profile } from '@/domain/profile/schema';
import { InstallOffer } from '@/components/install/install-offer';
import { PageHeader } from '@/components/page-header';
import { AlertMessage, StatusMessage } from '@/components/status-message';
import { setActiveProfile } from '@/data/repositories/profiles';
import { PeopleList } from '../components/people-list';
import { ProfileForm } from '../components/profile-form';
import { usePeople } from '@/components/people/use-people';
import { namespaces } from './namespaces';
import { saveErrorKey } from '@/components/form/save-error';
import { useTranslation } from '@/components/translation-keys';

/**
 * Whose form is open: the active person, a new person, or a chosen one. A person just saved is carried along
 * (`saved`) until the live query has caught up, so the form never flashes back to "New person" after a save.
 */
type Target = 'active' | 'new' | { profileId: string; saved?: Profile };

/** The people on this device and the form for one of them (the active person unless another is chosen). */
export function Component() {
  const { t } = useTranslation(namespaces);
  const people = usePeople();
  // Other screens link here to add someone (?add=1) or to edit a given person (?person=<id>).
  const [params] = useSearchParams();
  const [target, setTarget] = useState<Target>(() => {
    const person = params.get('person');
    return params.get('add') ? 'new' : person ? { profileId: person } : 'active';
  });
  const [status, setStatus] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  /** A person just added: the next step is offered instead of the same long form again. */
  const [added, setAdded] = useState<Profile | null>(null);
  const [activationError, setActivationError] = useState<ReturnType<typeof saveErrorKey> | null>(null);

  if (!people) return <p className="loading">{t('common:loading')}</p>;
  const { profiles, settings, active } = people;
  const family = settings.setup?.role === 'family';
  const profile =
    target === 'new'
      ? undefined
      : target === 'active'
        ? active
        : (profiles.find((p) => p.id === target.profileId) ?? target.saved);

  const open = (next: Target) => {
    setStatus(null);
    setAdded(null);
    setTarget(next);
  };

  const header = (
    <PageHeader title={t('profile:title')} lead={t(family ? 'profile:leadFamily' : 'profile:lead')} />
  );
  if (added) {
    return (
      <>
        {header}
        <section aria-labelledby="next-heading" className="card card--next">
          <h2 id="next-heading">{t('profile:next.heading', { name: added.name })}</h2>
          <StatusMessage message={status} />
          <p>{t(family ? 'profile:next.bodyFamily' : 'profile:next.body', { name: added.name })}</p>
          <div className="actions">
            <Link className="button button--primary" to="/">
              {t('profile:next.todo')}
            </Link>
            <button
              type="button"
              className="button"
              onClick={() => open({ profileId: added.id, saved: added })}
            >
              {t('profile:next.edit')}
            </button>
            <button type="button" className="button" onClick={() => open('new')}>
              {t('profile:people.add')}
            </button>
          </div>
        </section>
        {saved ? <InstallOffer once /> : null}
      </>
    );
  }

  return (
    <>
      {header}
      {profiles.length > 0 ? (
        <section aria-labelledby="people-heading" className="card">
          <h2 id="people-heading">{t('profile:people.heading')}</h2>
          <PeopleList
            profiles={profiles}
            activeId={active?.id}
            meId={settings.meProfileId}
            editingId={profile?.id}
            onEdit={(profileId) => open({ profileId })}
            onActivate={(profileId) => {
              setActivationError(null);
              setActiveProfile(profileId).then(
                () => open({ profileId }),
                (error: unknown) => setActivationError(saveErrorKey(error)),
              );
            }}
          />
          <AlertMessage message={activationError ? t(activationError) : null} />
          <button type="button" className="button" onClick={() => open('new')}>
            {t('profile:people.add')}
          </button>
        </section>
      ) : null}
      <section aria-labelledby="profile-form-heading" className="card">
        <h2 id="profile-form-heading">
          {profile
            ? t('profile:form.editHeading', { name: profile.name })
            : t(family ? 'profile:form.newHeadingFamily' : 'profile:form.newHeading')}
        </h2>
        {profiles.length === 0 ? (
          <p>{t(family ? 'profile:form.firstIntroFamily' : 'profile:form.firstIntro')}</p>
        ) : null}
        <p className="muted">{t('profile:form.privacy')}</p>
        <ProfileForm
          key={profile?.id ?? 'new'}
          profile={profile}
          isMe={profile ? settings.meProfileId === profile.id : profiles.length === 0 && !family}
          setup={settings.setup}
          onEdit={() => setStatus(null)}
          onSaved={(stored) => {
            if (!profile) setAdded(stored);
            setTarget({ profileId: stored.id, saved: stored });
            setStatus(t('profile:saved', { name: stored.name }));
            setSaved(true);
          }}
          onDeleted={() => {
            setTarget('active');
            setStatus(t('profile:delete.done'));
          }}
        />
        <StatusMessage message={status} />
      </section>
      {/* A calm moment to offer the home screen, once: a person has just been saved. */}
      {saved ? <InstallOffer once /> : null}
    </>
  );
}
