import { isRouteErrorResponse, useRouteError } from 'react-router';
import { useTranslation } from 'react-i18next';

/** Shown when a screen fails to load or crashes: says so, keeps the data safe, and offers a reload. */
export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  return (
    <main id="main" className="main">
      <h1>{notFound ? t('common:notFound.title') : t('common:routeError.title')}</h1>
      <p role="alert">{notFound ? t('common:notFound.body') : t('common:routeError.body')}</p>
      <p>
        <button type="button" className="button" onClick={() => window.location.reload()}>
          {t('common:routeError.reload')}
        </button>
      </p>
    </main>
  );
}
