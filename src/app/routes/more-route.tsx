import { Link } from '@/components/link';
import { PageHeader } from '@/components/page-header';
import { useTabSet } from '@/components/tab-set';
import { Icon } from '../layout/icon';
import { MENU_SCREENS, secondaryPaths } from '../navigation';
import { useTranslation } from '@/components/translation-keys';

/** The screens the bottom bar has no room for, each with a line on what it is for, then the tabs' screens. */
export function Component() {
  const { t } = useTranslation();
  const behindMore = secondaryPaths(useTabSet());
  const screens = [
    ...MENU_SCREENS.filter((screen) => behindMore.includes(screen.path)),
    ...MENU_SCREENS.filter((screen) => !behindMore.includes(screen.path)),
  ];
  return (
    <>
      <PageHeader title={t('common:more.title')} />
      <ul className="menu">
        {screens.map((screen) => (
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
