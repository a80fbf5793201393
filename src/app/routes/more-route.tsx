import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/PageHeader';
import { Icon } from '../layout/Icon';
import { SCREENS } from '../navigation';

/** Every screen with a line on what it is for: the bottom bar has room for four. */
export function Component() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('common:more.title')} />
      <ul className="menu">
        {SCREENS.map((screen) => (
          <li key={screen.path}>
            <Link to={screen.path} className="menu__link">
              <Icon name={screen.icon} />
              <span>
                <strong>{t(`common:nav.${screen.key}`)}</strong>
                <span className="muted">{t(`common:more.describe.${screen.key}`)}</span>
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
