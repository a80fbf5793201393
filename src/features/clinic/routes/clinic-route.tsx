import { useState } from 'react';
import { FamilyNote } from '@/components/people/family-note';
import { Link } from '@/components/link';
import { DateText } from '@/components/date-text';
import { PageHeader } from '@/components/page-header';
import { RuleVersions } from '@/components/rule-versions';
import { ShenzhenContacts } from '@/components/shenzhen-contacts';
import { enrolmentYearFor, firstEnrolmentYear } from '@/domain/timeline/windows';
import { PersonBar, PersonScreenState } from '@/components/people/person-bar';
import { usePeople } from '@/components/people/use-people';
import { SourceNote } from '@/components/source-note';
import { AlertMessage, StatusMessage } from '@/components/status-message';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { useToday } from '@/components/use-today';
import { deleteBinding } from '@/data/repositories/clinic';
import { cardNeed } from '@/domain/card/journey';
import {
  allowedClinicKinds,
  canChangeFrom,
  currentBinding,
  isLocked,
  isUnderBindingAge,
} from '@/domain/clinic/binding';
import { BINDING_METHODS, type ClinicBinding } from '@/domain/clinic/schema';
import { BindingForm } from '../components/binding-form';
import { EnrolmentSection } from '../components/enrolment-section';
import { useClinic } from '../hooks/use-clinic';
import { namespaces } from './namespaces';
import { saveErrorKey } from '@/components/form/save-error';
import { runtimeKey, useTranslation } from '@/components/translation-keys';
import { Freshness } from '@/components/freshness';

/** The rules this screen applies: its freshness line speaks for all of them (UX review 3, M1). */
const SCREEN_FACTS = [
  'clinic.outpatient-bound-only',
  'clinic.not-reimbursed',
  'clinic.lock-one-month',
  'clinic.age-rule',
  'clinic.methods',
  'scheme.resident-insurance-2023',
  'enrolment.window',
  'enrolment.premium',
  'enrolment.premium.known',
  'enrolment.late',
  'contacts.shenzhen',
];

const METHOD_STEPS: Record<(typeof BINDING_METHODS)[number], number> = {
  website: 3,
  wechat: 4,
  'on-site': 3,
};

/** The bound clinic (社康), its one-month lock, the rules that cost money, and the yearly enrolment. */
export function Component() {
  const { t } = useTranslation(namespaces);
  const today = useToday();
  const people = usePeople();
  const data = useClinic(people?.active?.id);
  const [editing, setEditing] = useState<ClinicBinding | undefined>();
  const [deleting, setDeleting] = useState<ClinicBinding | undefined>();
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const header = <PageHeader title={t('clinic:title')} lead={t('clinic:lead')} />;
  if (!people?.active || !data) return <PersonScreenState header={header} loading={!people || !data} />;
  const active = people.active;
  const { profiles } = people;

  const current = currentBinding(data.bindings);
  const age = allowedClinicKinds(active.dateOfBirth, today);
  const need = cardNeed(active);
  // The same year as the to-do's: a missed window stays this year's until confirmed or answered.
  const enrolmentYear = enrolmentYearFor(
    data.enrolments,
    today,
    (year) => data.answered.has(`enrolment.window.${year}`),
    firstEnrolmentYear(active),
  );
  const history = [...data.bindings].reverse();

  return (
    <>
      {header}
      <Freshness factIds={SCREEN_FACTS} />
      <PersonBar profiles={profiles} active={active} />
      {/* A family member keeps the student's records; the student does the steps (UX review 3, M7). */}
      <FamilyNote
        person={active}
        settings={people.settings}
        note={(name) => t('clinic:familyNote', { name })}
      />
      {need.need === 'not-in-scheme' || need.need === 'other-city' ? (
        <section className="callout callout--warning" aria-labelledby="clinic-scope">
          <h2 id="clinic-scope">{t('clinic:scope.title')}</h2>
          <p>{t(`clinic:scope.${need.need}`)}</p>
          <p>
            <Link to={need.need === 'other-city' ? '/shanghai' : '/guides'}>
              {t(`clinic:scope.link.${need.need}`)}
            </Link>
          </p>
        </section>
      ) : null}

      <section
        className={current ? 'callout' : 'callout callout--warning'}
        aria-labelledby="current-clinic-heading"
      >
        <h2 id="current-clinic-heading">{t('clinic:current.heading')}</h2>
        {current ? (
          <>
            <p className="next__title">{current.name}</p>
            <p>
              {t(`clinic:kinds.${current.kind}`)} · {t('clinic:current.boundOn')}{' '}
              <DateText date={current.boundOn} />
            </p>
            <p>
              {isLocked(current.boundOn, today)
                ? t('clinic:current.locked')
                : t('clinic:current.unlockedSince')}{' '}
              <DateText date={canChangeFrom(current.boundOn)} />
            </p>
          </>
        ) : (
          <p>{t('clinic:current.none')}</p>
        )}
      </section>

      <section className="card" aria-labelledby="rules-heading">
        <h2 id="rules-heading">{t('clinic:rules.heading')}</h2>
        <ul className="bullets">
          <li>{t('clinic:rules.boundOnly')}</li>
          <li>{t('clinic:rules.unbound')}</li>
          <li>{t('clinic:rules.notReimbursed')}</li>
          <li>{t('clinic:rules.inpatient')}</li>
          <li>{t('clinic:rules.lock')}</li>
        </ul>
        <p className="notice">
          {age.age === undefined
            ? t('clinic:age.unknown')
            : !isUnderBindingAge(age.age)
              ? t('clinic:age.over', { age: age.age })
              : t('clinic:age.under', { age: age.age })}{' '}
          {age.age === undefined ? <Link to="/profile">{t('clinic:age.addBirthDate')}</Link> : null}
        </p>
        <SourceNote
          factIds={[
            'clinic.outpatient-bound-only',
            'clinic.not-reimbursed',
            'clinic.lock-one-month',
            'clinic.age-rule',
          ]}
          compact
        />
      </section>

      <section className="card" aria-labelledby="binding-form-heading">
        <h2 id="binding-form-heading">{editing ? t('clinic:form.editHeading') : t('clinic:form.heading')}</h2>
        <BindingForm
          key={`${active.id}-${editing?.id ?? 'new'}`}
          person={active}
          bindings={data.bindings}
          editing={editing}
          onSaved={(message) => {
            setEditing(undefined);
            setError(null);
            setStatus(message);
          }}
          onCancel={() => setEditing(undefined)}
        />
      </section>
      <AlertMessage message={error} />
      <StatusMessage message={status} />

      {history.length > 0 ? (
        <section className="card" aria-labelledby="history-heading">
          <h2 id="history-heading">{t('clinic:history.heading')}</h2>
          <ul className="timeline">
            {history.map((b) => (
              <li key={b.id} className="item">
                <p className="item__title">{b.name}</p>
                <p className="item__detail">
                  {t(`clinic:kinds.${b.kind}`)} · <DateText date={b.boundOn} />
                  {b.method ? ` · ${t(`clinic:methods.${b.method}.name`)}` : null}
                </p>
                <div className="item__actions">
                  <button type="button" className="button button--small" onClick={() => setEditing(b)}>
                    {t('clinic:history.correct')}
                    <span className="visually-hidden">: {b.name}</span>
                  </button>
                  <button
                    type="button"
                    className="button button--small button--danger"
                    onClick={() => setDeleting(b)}
                  >
                    {t('common:actions.delete')}
                    <span className="visually-hidden">: {b.name}</span>
                  </button>
                </div>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section className="card" aria-labelledby="methods-heading">
        <h2 id="methods-heading">{t('clinic:methodsHeading')}</h2>
        {BINDING_METHODS.map((method) => (
          <details key={method} className="disclosure">
            <summary>
              <strong>{t(`clinic:methods.${method}.name`)}</strong>
            </summary>
            <ol className="steps">
              {Array.from({ length: METHOD_STEPS[method] }, (_, i) => (
                <li key={i}>{t(runtimeKey(`clinic:methods.${method}.steps.${i + 1}`))}</li>
              ))}
            </ol>
          </details>
        ))}
        <SourceNote factIds={['clinic.methods']} compact />
      </section>

      <EnrolmentSection
        key={`${active.id}-${enrolmentYear}-${data.enrolments.length}`}
        profileId={active.id}
        year={enrolmentYear}
        enrolment={data.enrolments.find((e) => e.year === enrolmentYear)}
        today={today}
        onSaved={setStatus}
      />

      <section className="card" aria-labelledby="scheme-heading">
        <h2 id="scheme-heading">{t('clinic:scheme.heading')}</h2>
        <RuleVersions
          versions={[
            {
              factId: 'scheme.resident-insurance-2023',
              title: t('clinic:scheme.newerTitle'),
              content: (
                <>
                  <p>{t('clinic:scheme.newer')}</p>
                  <SourceNote factIds={['scheme.resident-insurance-2023']} compact />
                </>
              ),
            },
            {
              factId: 'scheme.tier2',
              title: t('clinic:scheme.seedTitle'),
              content: (
                <>
                  <p>{t('clinic:scheme.seed')}</p>
                  <SourceNote factIds={['scheme.tier2']} compact />
                </>
              ),
            },
          ]}
        />
      </section>

      <ConfirmDialog
        open={deleting !== undefined}
        title={t('clinic:history.deleteTitle', { name: deleting?.name ?? '' })}
        confirmLabel={t('common:actions.delete')}
        onCancel={() => setDeleting(undefined)}
        onConfirm={() => {
          const binding = deleting;
          setDeleting(undefined);
          if (binding)
            deleteBinding(binding.id).then(
              () => setStatus(t('clinic:history.deleted', { name: binding.name })),
              (error: unknown) => setError(t(saveErrorKey(error))),
            );
        }}
      >
        <p>{t('clinic:history.deleteBody')}</p>
      </ConfirmDialog>
      {active.city === 'shenzhen' ? <ShenzhenContacts /> : null}
    </>
  );
}
