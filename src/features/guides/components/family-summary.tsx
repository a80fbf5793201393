import { useEffect, useId, useState } from 'react';
import { Trans } from 'react-i18next';
import { Link } from '@/components/link';
import { copyText, shareOrCopy } from '@/components/clipboard';
import { formatCalendarDate } from '@/components/date-format';
import { currentLanguageOf } from '@/components/language';
import { StatusMessage } from '@/components/status-message';
import { useToday } from '@/components/use-today';
import { HTML_LANG, LANGUAGES, type Language } from '@/domain/settings/languages';
import { useFamilySummary } from '../hooks/use-family-summary';
import { familyLine, itemDates, summaryLines } from './family-summary-lines';
import { type Translate, useTranslation } from '@/components/translation-keys';

const NAMESPACES = ['guides', 'timeline', 'card', 'filings', 'profile', 'common', 'shanghai'];
/** A one-page summary of a person's status and next steps, in the reader's language, to print, copy or share. */
export function FamilySummary() {
  const { t, i18n } = useTranslation(['guides', 'common']);
  const today = useToday();
  const summary = useFamilySummary(today);
  const id = useId();
  const [personId, setPersonId] = useState<string | undefined>();
  const [reader, setReader] = useState<Language>(currentLanguageOf(i18n));
  const [withId, setWithId] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const [readerT, setReaderT] = useState<{ lng: Language; t: Translate } | null>(null);

  useEffect(() => {
    let cancelled = false;
    void i18n.reloadResources([reader], NAMESPACES).then(() => {
      if (!cancelled) setReaderT({ lng: reader, t: i18n.getFixedT(reader) });
    });
    return () => {
      cancelled = true;
    };
  }, [reader, i18n]);

  if (!summary) return <p className="loading">{t('common:loading')}</p>;
  if (summary.people.length === 0)
    return (
      <section className="card">
        <p>{t('guides:share.nobody')}</p>
        <p>
          <Link className="button button--primary" to="/start">
            {t('guides:share.start')}
          </Link>
        </p>
      </section>
    );
  const person =
    summary.people.find((p) => p.profile.id === (personId ?? summary.activeProfileId)) ?? summary.people[0]!;
  const lines = readerT ? summaryLines(readerT.t, person, readerT.lng, today, withId) : [];
  const text = lines
    .map((l) => (l.kind === 'item' ? `• ${l.text}${l.date ? ` (${l.date})` : ''}` : l.text))
    .join('\n');

  const share = async () => {
    const result = await shareOrCopy({ text });
    if (result === 'copied') setStatus(t('guides:share.copied'));
    else if (result === 'failed') setStatus(t('guides:share.failed'));
  };

  return (
    <>
      <div className="form no-print">
        {summary.people.length > 1 ? (
          <div className="field">
            <label className="field__label" htmlFor={`${id}-person`}>
              {t('guides:share.person')}
            </label>
            <select
              id={`${id}-person`}
              className="input"
              value={person.profile.id}
              onChange={(e) => setPersonId(e.target.value)}
            >
              {summary.people.map((p) => (
                <option key={p.profile.id} value={p.profile.id}>
                  {p.profile.name}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <div className="field">
          <label className="field__label" htmlFor={`${id}-reader`}>
            {t('guides:share.reader')}
          </label>
          <select
            id={`${id}-reader`}
            className="input"
            value={reader}
            onChange={(e) => setReader(e.target.value as Language)}
          >
            {LANGUAGES.map((lng) => (
              <option key={lng} value={lng} lang={HTML_LANG[lng]}>
                {t(`common:languageNames.${lng}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field field--checkbox">
          <input
            id={`${id}-withId`}
            type="checkbox"
            checked={withId}
            onChange={(e) => setWithId(e.target.checked)}
          />
          <label htmlFor={`${id}-withId`}>{t('guides:share.withId')}</label>
        </div>
        <div className="actions">
          <button type="button" className="button button--primary" onClick={() => window.print()}>
            {t('guides:share.print')}
          </button>
          <button
            type="button"
            className="button"
            onClick={() =>
              void copyText(text).then((ok) =>
                setStatus(ok ? t('guides:share.copied') : t('guides:share.failed')),
              )
            }
          >
            {t('guides:share.copy')}
          </button>
          <button type="button" className="button" onClick={() => void share()}>
            {t('guides:share.share')}
          </button>
        </div>
        <StatusMessage message={status} />
      </div>
      {readerT ? (
        <article className="card share-sheet" lang={HTML_LANG[readerT.lng]} aria-label={lines[0]?.text}>
          {lines.map((line, i) =>
            line.kind === 'heading' ? (
              i === 0 ? (
                <h2 key={i}>{line.text}</h2>
              ) : (
                <h3 key={i}>{line.text}</h3>
              )
            ) : line.kind === 'item' || line.kind === 'footer' ? null : line.key && line.iso ? (
              <p key={i}>
                <Trans
                  t={readerT.t}
                  i18nKey={line.key}
                  values={line.values}
                  components={{ time: <time dateTime={line.iso} /> }}
                />
              </p>
            ) : (
              <p key={i}>{line.text}</p>
            ),
          )}
          <ul className="bullets">
            {person.upcoming.map((item) => {
              const when = itemDates(item);
              const time = (iso: string) => (
                <time dateTime={iso}>{formatCalendarDate(iso, readerT.lng)}</time>
              );
              return (
                <li key={item.key}>
                  {readerT.t(`timeline:status.${item.status}`)}:{' '}
                  {familyLine(readerT.t, item, person.profile.name)}
                  {when ? (
                    <>
                      {' · '}
                      {when.end ? (
                        // The range's words in the reader's order, each date a <time>.
                        <Trans
                          t={readerT.t}
                          i18nKey="guides:share.range"
                          values={{
                            start: formatCalendarDate(when.start, readerT.lng),
                            end: formatCalendarDate(when.end, readerT.lng),
                          }}
                          components={{
                            start: <time dateTime={when.start} />,
                            end: <time dateTime={when.end} />,
                          }}
                        />
                      ) : (
                        time(when.start)
                      )}
                    </>
                  ) : null}
                </li>
              );
            })}
          </ul>
          <p className="muted">{lines.at(-1)?.text}</p>
        </article>
      ) : (
        <p className="loading">{t('common:loading')}</p>
      )}
    </>
  );
}
