import { useRef, useState } from 'react';
import { Link } from '@/components/link';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { DateText } from '@/components/date-text';
import { PageHeader } from '@/components/page-header';
import { ShenzhenContacts } from '@/components/shenzhen-contacts';
import { PersonBar, PersonScreenState } from '@/components/people/person-bar';
import { usePeople } from '@/components/people/use-people';
import { SourceNote } from '@/components/source-note';
import { AlertMessage, StatusMessage } from '@/components/status-message';
import { useToday } from '@/components/use-today';
import { deleteFiling } from '@/data/repositories/filings';
import { cardNeed } from '@/domain/card/journey';
import { compareFilingsForList, filingValidity } from '@/domain/filing/rules';
import type { Filing, FilingType } from '@/domain/filing/schema';
import { FilingForm } from '../components/filing-form';
import { FilingWizard } from '../components/filing-wizard';
import { useFilings } from '../hooks/use-filings';
import { namespaces } from './namespaces';
import { saveErrorKey } from '@/components/form/save-error';
import { useTranslation } from '@/components/translation-keys';
import { Freshness } from '@/components/freshness';

/** The rules this screen applies: its freshness line speaks for all of them (UX review 3, M1). */
const SCREEN_FACTS = [
  'filing.who',
  'filing.validity',
  'filing.supersede',
  'filing.channels',
  'filing.temporary-6-months',
];

type Editing = { mode: 'closed' } | { mode: 'new'; type?: FilingType } | { mode: 'edit'; filing: Filing };

/** 异地就医备案: do I need to file, my filings with their validity, and where to check the result. */
export function Component() {
  const { t } = useTranslation(namespaces);
  const today = useToday();
  const people = usePeople();
  const filings = useFilings(people?.active?.id);
  const [editing, setEditing] = useState<Editing>({ mode: 'closed' });
  const [deleting, setDeleting] = useState<Filing | undefined>();
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const formHeading = useRef<HTMLHeadingElement>(null);

  const header = <PageHeader title={t('filings:title')} lead={t('filings:lead')} />;
  if (!people?.active) return <PersonScreenState header={header} loading={!people} />;
  const active = people.active;
  const { profiles } = people;
  const need = cardNeed(active);
  const open = (next: Editing) => {
    setStatus(null);
    setEditing(next);
    requestAnimationFrame(() => formHeading.current?.focus());
  };
  const byId = new Map((filings ?? []).map((f) => [f.id, f]));
  const place = (f: Filing) => [f.destinationProvince, f.destinationCity].filter(Boolean).join(' ');

  return (
    <>
      {header}
      <Freshness factIds={SCREEN_FACTS} />
      <PersonBar profiles={profiles} active={active} />
      {need.need === 'not-in-scheme' || need.need === 'other-city' ? (
        <p className="callout callout--warning">{t(`filings:scope.${need.need}`)}</p>
      ) : null}

      {need.need === 'other-city' ? (
        // The seeds hold Shenzhen's filing rules only: a Shanghai-insured person gets no Shenzhen outcome
        // (such as "no filing inside Guangdong"), but who to ask (content re-audit R-10).
        <section className="card" aria-labelledby="wizard-heading">
          <h2 id="wizard-heading">{t('filings:shanghai.heading')}</h2>
          <p>{t('filings:shanghai.body')}</p>
          <p>{t('filings:shanghai.record')}</p>
        </section>
      ) : (
        <section className="card" aria-labelledby="wizard-heading">
          <h2 id="wizard-heading">{t('filings:wizard.heading')}</h2>
          <p>{t('filings:wizard.intro')}</p>
          <FilingWizard onStart={(type) => open({ mode: 'new', type })} />
        </section>
      )}

      <section className="card" aria-labelledby="records-heading">
        <h2 id="records-heading">{t('filings:records.heading')}</h2>
        {filings === undefined ? <p className="loading">{t('common:loading')}</p> : null}
        {filings && filings.length === 0 ? <p>{t('filings:records.none')}</p> : null}
        {filings && filings.length > 0 ? (
          <ul className="timeline">
            {[...filings].sort(compareFilingsForList).map((f) => {
              const validity = filingValidity(f, today);
              const active = f.status === 'submitted' || f.status === 'approved';
              // A draft shows the end it will have; a replaced, cancelled or rejected one has none.
              const showsEnd = active || f.status === 'draft';
              return (
                <li
                  key={f.id}
                  className={`item${active && validity.kind === 'ends' && validity.state !== 'valid' ? ' item--soon' : ''}`}
                >
                  <div className="item__head">
                    <span
                      className={`status-badge status-badge--${f.status === 'approved' ? 'done' : f.status === 'rejected' ? 'overdue' : 'upcoming'}`}
                    >
                      {t(`filings:statuses.${f.status}`)}
                    </span>
                    {active && validity.kind === 'ends' && validity.state === 'expiring' ? (
                      <span className="status-badge status-badge--soon">
                        {t('filings:records.expiring', { count: validity.daysLeft })}
                      </span>
                    ) : null}
                    {active && validity.kind === 'ends' && validity.state === 'expired' ? (
                      <span className="status-badge status-badge--overdue">
                        {t('filings:records.expired')}
                      </span>
                    ) : null}
                  </div>
                  <p className="item__title">
                    {t(`filings:types.${f.type}`)} · {place(f)}
                  </p>
                  <p className="item__detail">
                    {t('filings:records.from')} <DateText date={f.startDate} />
                    {!showsEnd ? null : validity.kind === 'ends' ? (
                      <>
                        {' · '}
                        {t('filings:records.validUntil')} <DateText date={validity.on} />
                        {validity.estimated ? ` (${t('filings:records.estimated')})` : ''}
                      </>
                    ) : (
                      ` · ${t('filings:records.untilChanged')}`
                    )}
                  </p>
                  {f.submittedOn ? (
                    <p className="item__detail">
                      {t('filings:records.submitted')} <DateText date={f.submittedOn} />
                      {f.channel ? ` · ${t(`filings:channels.${f.channel}`)}` : ''}
                    </p>
                  ) : null}
                  {f.reference ? (
                    <p className="item__detail">
                      {t('filings:records.reference', { reference: f.reference })}
                    </p>
                  ) : null}
                  {f.status === 'superseded' && f.supersededBy ? (
                    <p className="item__note">
                      {t('filings:records.supersededBy', {
                        place: byId.get(f.supersededBy) ? place(byId.get(f.supersededBy)!) : '',
                      })}
                    </p>
                  ) : null}
                  {f.note ? <p className="item__note">{f.note}</p> : null}
                  <div className="item__actions">
                    <button
                      type="button"
                      className="button button--small"
                      onClick={() => open({ mode: 'edit', filing: f })}
                    >
                      {t('filings:records.edit')}
                      <span className="visually-hidden">: {place(f)}</span>
                    </button>
                    <button
                      type="button"
                      className="button button--small button--danger"
                      onClick={() => setDeleting(f)}
                    >
                      {t('common:actions.delete')}
                      <span className="visually-hidden">: {place(f)}</span>
                    </button>
                  </div>
                </li>
              );
            })}
          </ul>
        ) : null}
        {editing.mode === 'closed' ? (
          <button type="button" className="button button--primary" onClick={() => open({ mode: 'new' })}>
            {t('filings:add')}
          </button>
        ) : (
          <>
            <h3 ref={formHeading} tabIndex={-1}>
              {editing.mode === 'edit' ? t('filings:form.editHeading') : t('filings:form.heading')}
            </h3>
            <FilingForm
              key={editing.mode === 'edit' ? editing.filing.id : `new-${editing.type ?? ''}`}
              profileId={active.id}
              editing={editing.mode === 'edit' ? editing.filing : undefined}
              initialType={editing.mode === 'new' ? editing.type : undefined}
              others={filings ?? []}
              onSaved={(message) => {
                setEditing({ mode: 'closed' });
                setError(null);
                setStatus(message);
              }}
              onCancel={() => setEditing({ mode: 'closed' })}
            />
          </>
        )}
        <AlertMessage message={error} />
        <StatusMessage message={status} />
        <SourceNote factIds={['filing.validity', 'filing.supersede']} compact />
      </section>

      <section className="card" aria-labelledby="rules-heading">
        <h2 id="rules-heading">{t('filings:rules.heading')}</h2>
        <ul className="bullets">
          <li>{t('filings:rules.precondition')}</li>
          <li>{t('filings:rules.referral')}</li>
          <li>{t('filings:rules.longTerm')}</li>
          <li>{t('filings:rules.temporaryReplace')}</li>
          <li>{t('filings:rules.longTermCancel')}</li>
          <li>{t('filings:rules.residenceProof')}</li>
          <li>{t('filings:rules.pooling')}</li>
        </ul>
        <p className="notice">{t('filings:rules.national')}</p>
        <SourceNote factIds={['filing.who', 'filing.validity', 'filing.temporary-6-months']} compact />
      </section>

      <section className="card" aria-labelledby="channels-heading">
        <h2 id="channels-heading">{t('filings:how.heading')}</h2>
        <ul className="bullets">
          <li>{t('filings:how.wechat')}</li>
          <li>{t('filings:how.miniPrograms')}</li>
          <li>{t('filings:how.website')}</li>
          <li>{t('filings:how.hall')}</li>
        </ul>
        <h3>{t('filings:check.heading')}</h3>
        <ul className="bullets">
          <li>{t('filings:check.wechat')}</li>
          <li>{t('filings:check.website')}</li>
        </ul>
        <h3>{t('filings:hospital.heading')}</h3>
        <ul className="bullets">
          <li>{t('filings:hospital.lookup')}</li>
          <li>{t('filings:hospital.bring')}</li>
        </ul>
        <p>
          <Link to="/">{t('filings:timelineLink')}</Link>
        </p>
        <SourceNote factIds={['filing.channels']} compact />
      </section>

      <ConfirmDialog
        open={deleting !== undefined}
        title={t('filings:records.deleteTitle', { place: deleting ? place(deleting) : '' })}
        confirmLabel={t('common:actions.delete')}
        onCancel={() => setDeleting(undefined)}
        onConfirm={() => {
          const filing = deleting;
          setDeleting(undefined);
          if (filing)
            deleteFiling(filing.id).then(
              () => setStatus(t('filings:records.deleted')),
              (error: unknown) => setError(t(saveErrorKey(error))),
            );
        }}
      >
        <p>{t('filings:records.deleteBody')}</p>
      </ConfirmDialog>
      {active.city === 'shenzhen' ? <ShenzhenContacts /> : null}
    </>
  );
}
