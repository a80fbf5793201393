import { useState } from 'react';
import { maskIdNumber } from '@/domain/identity/resident-id';
import type { Profile } from '@/domain/profile/schema';
import { useTranslation } from '@/components/translation-keys';

interface PeopleListProps {
  profiles: Profile[];
  activeId: string | undefined;
  meId: string | undefined;
  editingId: string | undefined;
  onEdit: (profileId: string) => void;
  onActivate: (profileId: string) => void;
}

/** Everyone on this device. ID numbers are masked until the user asks to see one. */
export function PeopleList({ profiles, activeId, meId, editingId, onEdit, onActivate }: PeopleListProps) {
  const { t } = useTranslation(['profile', 'common']);
  const [revealed, setRevealed] = useState<string | null>(null);
  return (
    <ul className="people">
      {profiles.map((profile) => {
        const shown = revealed === profile.id;
        return (
          <li key={profile.id} className={profile.id === editingId ? 'person person--editing' : 'person'}>
            <div className="person__main">
              <strong>{profile.name}</strong>
              {profile.id === meId ? <span className="badge">{t('profile:badges.me')}</span> : null}
              {profile.id === activeId ? (
                <span className="badge badge--active">{t('profile:badges.active')}</span>
              ) : null}
              <span className="muted">
                {t(`profile:cities.${profile.city}`)} · {t(`profile:idTypes.${profile.idType}`)}{' '}
                <span className="mono">{shown ? profile.idNumber : maskIdNumber(profile.idNumber)}</span>
              </span>
            </div>
            <div className="actions">
              <button
                type="button"
                className="button button--small"
                aria-pressed={shown}
                onClick={() => setRevealed(shown ? null : profile.id)}
              >
                {shown
                  ? t('profile:hideIdNumberOf', { name: profile.name })
                  : t('profile:showIdNumberOf', { name: profile.name })}
              </button>
              <button type="button" className="button button--small" onClick={() => onEdit(profile.id)}>
                {t('profile:editPerson', { name: profile.name })}
              </button>
              {profile.id !== activeId ? (
                <button type="button" className="button button--small" onClick={() => onActivate(profile.id)}>
                  {t('profile:makeActive', { name: profile.name })}
                </button>
              ) : null}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
