import { useState } from 'react';
import { Link } from '@/components/link';
import { DateText } from '@/components/date-text';
import { PageHeader } from '@/components/page-header';
import { isHmtDocument } from '@/domain/identity/id-document';
import {
  entryYearFor,
  getsShanghaiEVoucher,
  paidFor,
  shanghaiConfirmWindow,
  shanghaiEntryCover,
  shanghaiEVoucherFrom,
  shanghaiPaymentWindow,
  shanghaiPaymentYearFor,
} from '@/domain/timeline/windows';
import { PersonBar, PersonScreenState } from '@/components/people/person-bar';
import { usePeople } from '@/components/people/use-people';
import { SourceNote } from '@/components/source-note';
import { StatusMessage } from '@/components/status-message';
import { useToday } from '@/components/use-today';
import { compareIsoDates } from '@/domain/dates/iso-date';
import { BenefitsTable } from '../components/benefits-table';
import { CostEstimator } from '../components/cost-estimator';
import { ShanghaiForm } from '../components/shanghai-form';
import { useShanghaiEnrolment } from '../hooks/use-shanghai';
import { namespaces } from './namespaces';
import { useTranslation } from '@/components/translation-keys';
import { Freshness } from '@/components/freshness';

/** The rules this screen applies: its freshness line speaks for all of them (UX review 3, M1). */
const SCREEN_FACTS = [
  'shanghai.confirm',
  'shanghai.e-voucher',
  'shanghai.free-cover',
  'shanghai.benefits',
  'shanghai.hotline',
  'shanghai.late-enrolment',
  'shanghai.confirmation-2024',
  'shanghai.payment',
];

/** Shanghai freshmen: confirm in 随申办 by 31 October, the account result, the e-voucher, benefits and costs. */
export function Component() {
  const { t } = useTranslation(namespaces);
  const today = useToday();
  const people = usePeople();
  const data = useShanghaiEnrolment(people?.active?.id);
  const [status, setStatus] = useState<string | null>(null);

  const header = <PageHeader title={t('shanghai:title')} lead={t('shanghai:lead')} />;
  if (!people?.active || !data) return <PersonScreenState header={header} loading={!people || !data} />;
  const active = people.active;
  const { profiles } = people;
  const record = data.record;
  const entryYear = entryYearFor(record?.entryYear, active.entryDate, today);
  const deadline = record?.confirmBy ?? shanghaiConfirmWindow(entryYear).end;
  const cover = shanghaiEntryCover(entryYear);
  const confirmed = record?.confirmedOn;
  const eVoucher = shanghaiEVoucherFrom(record);
  const withEVoucher = getsShanghaiEVoucher(active);
  // Every year's central payment, as the to-do has it (the same domain functions).
  const paymentYear = shanghaiPaymentYearFor(entryYear, today, record?.payments, (y) =>
    data.answered.has(`shanghai.payment.${y}`),
  );
  const payment = shanghaiPaymentWindow(record?.payments, paymentYear);
  const paid = paidFor(record?.payments, paymentYear);
  const missedPayment =
    !paid && !data.answered.has(`shanghai.payment.${paymentYear}`) && compareIsoDates(today, payment.end) > 0;
  // A missed period never hides the next one (content re-audit R-4).
  const nextPayment = missedPayment ? shanghaiPaymentWindow(record?.payments, paymentYear + 1) : undefined;
  const paidYears = (record?.payments ?? []).filter((p) => p.paidOn);
  const stepState = (done: boolean, late = false) => (done ? 'done' : late ? 'overdue' : 'due');

  return (
    <>
      {header}
      <Freshness factIds={SCREEN_FACTS} />
      <PersonBar profiles={profiles} active={active} />
      {active.idType === 'passport' ? (
        <section className="callout callout--warning" aria-labelledby="sh-excluded">
          <h2 id="sh-excluded">{t('shanghai:excluded.international.title')}</h2>
          <p>{t('shanghai:excluded.international.body')}</p>
          <Link to="/guides">{t('shanghai:excluded.guides')}</Link>
        </section>
      ) : null}
      {isHmtDocument(active.idType) ? (
        <p className="callout callout--warning">{t('shanghai:excluded.hkMacaoTaiwan')}</p>
      ) : null}
      {active.city !== 'shanghai' ? <p className="callout">{t('shanghai:otherCity')}</p> : null}

      <section className="card" aria-labelledby="sh-steps">
        <h2 id="sh-steps">{t('shanghai:steps.heading', { year: entryYear })}</h2>
        {/* Neither the record nor the profile says when they started: the year is a guess (content audit M-10). */}
        {!record?.entryYear && !active.entryDate ? (
          <p className="notice notice--warning">{t('shanghai:entryYearGuessed', { year: entryYear })}</p>
        ) : null}
        <ol className="timeline">
          <li
            className={`item item--${stepState(Boolean(confirmed), !confirmed && compareIsoDates(today, deadline) > 0)}`}
          >
            <p className="item__title">{t('shanghai:steps.confirm.title')}</p>
            <p className="item__date">
              {confirmed ? (
                <>
                  {t('shanghai:steps.doneOn')} <DateText date={confirmed} />
                </>
              ) : (
                <>
                  {t('shanghai:steps.by')} <DateText date={deadline} />
                  {record?.confirmBy ? '' : ` (${t('shanghai:steps.deadlineEstimated')})`}
                </>
              )}
            </p>
            <p className="item__detail">{t('shanghai:steps.confirm.body')}</p>
          </li>
          <li className={`item item--${stepState(record?.accountResult === 'success')}`}>
            <p className="item__title">{t('shanghai:steps.account.title')}</p>
            {record?.accountResult ? (
              <p className="item__date">{t(`shanghai:accountResults.${record.accountResult}`)}</p>
            ) : null}
            <p className="item__detail">{t('shanghai:steps.account.body')}</p>
            {record?.accountResult === 'failed' ? (
              <p className="notice notice--warning">{t('shanghai:steps.account.failed')}</p>
            ) : null}
          </li>
          {withEVoucher ? (
            <li className={`item item--${stepState(Boolean(record?.eVoucherActivatedOn))}`}>
              <p className="item__title">{t('shanghai:steps.eVoucher.title')}</p>
              {record?.eVoucherActivatedOn ? (
                <p className="item__date">
                  {t('shanghai:steps.doneOn')} <DateText date={record.eVoucherActivatedOn} />
                </p>
              ) : eVoucher ? (
                <p className="item__date">
                  {t('shanghai:steps.from')} <DateText date={eVoucher.date} />
                  {eVoucher.estimated ? ` (${t('shanghai:steps.eVoucher.estimated')})` : ''}
                </p>
              ) : null}
              <p className="item__detail">{t('shanghai:steps.eVoucher.body')}</p>
            </li>
          ) : (
            <li className="item">
              <p className="item__title">{t('shanghai:steps.card.title')}</p>
              <p className="item__detail">{t('shanghai:excluded.hkMacaoTaiwan')}</p>
            </li>
          )}
          <li className="item">
            <p className="item__title">{t('shanghai:steps.cover.title', { year: entryYear })}</p>
            <p className="item__date">
              <DateText date={cover.start} /> – <DateText date={cover.end} />
            </p>
            <p className="item__detail">{t('shanghai:steps.cover.body')}</p>
          </li>
          <li className={`item item--${stepState(paid, missedPayment)}`}>
            <p className="item__title">{t('shanghai:steps.payment.title', { year: paymentYear + 1 })}</p>
            <p className="item__date">
              <DateText date={payment.start} /> – <DateText date={payment.end} />
              {payment.estimated ? ` (${t('shanghai:steps.payment.estimated')})` : ''}
            </p>
            <p className="item__detail">
              {missedPayment ? t('shanghai:steps.payment.missed') : t('shanghai:steps.payment.body')}
            </p>
            {/* Money in one line (UX review): what, when and where, and whether family can pay. */}
            <p className="item__detail">{t('shanghai:steps.payment.money', { year: paymentYear + 1 })}</p>
          </li>
          {nextPayment ? (
            <li className="item item--upcoming">
              <p className="item__title">{t('shanghai:steps.payment.title', { year: paymentYear + 2 })}</p>
              <p className="item__date">
                <DateText date={nextPayment.start} /> – <DateText date={nextPayment.end} />
                {nextPayment.estimated ? ` (${t('shanghai:steps.payment.estimated')})` : ''}
              </p>
              <p className="item__detail">{t('shanghai:steps.payment.nextBody')}</p>
            </li>
          ) : null}
        </ol>
        {paidYears.length > 0 ? (
          <>
            <h3>{t('shanghai:payments.heading')}</h3>
            <ul className="bullets">
              {paidYears.map((p) => (
                <li key={p.year}>
                  {t('shanghai:payments.paid', { premium: p.year + 1 })} <DateText date={p.paidOn!} />
                </li>
              ))}
            </ul>
          </>
        ) : null}
        <SourceNote factIds={['shanghai.confirm', 'shanghai.e-voucher', 'shanghai.free-cover']} compact />
      </section>

      <section className="card" aria-labelledby="sh-form">
        <h2 id="sh-form">{t('shanghai:form.heading')}</h2>
        <ShanghaiForm
          key={`${active.id}-${record?.id ?? 'new'}`}
          profileId={active.id}
          record={record}
          entryYear={entryYear}
          paymentYear={paymentYear}
          fromProfile={active.entryDate !== undefined}
          onSaved={setStatus}
        />
        <StatusMessage message={status} />
      </section>

      <section className="card" aria-labelledby="sh-newer">
        <h2 id="sh-newer">{t('shanghai:newer.heading')}</h2>
        <ul className="bullets">
          <li>{t('shanghai:newer.lateEnrolment')}</li>
          <li>{t('shanghai:newer.confirmation2024')}</li>
          <li>{t('shanghai:newer.payment')}</li>
          <li>{t('shanghai:newer.hkMacaoTaiwan')}</li>
          <li>{t('shanghai:newer.international')}</li>
        </ul>
        <SourceNote
          factIds={[
            'shanghai.late-enrolment',
            'shanghai.confirmation-2024',
            'shanghai.payment',
            'scheme.international-students',
          ]}
          compact
        />
      </section>

      <section className="card" aria-labelledby="sh-benefits">
        <h2 id="sh-benefits">{t('shanghai:benefits.heading')}</h2>
        <BenefitsTable />
        <p className="notice notice--warning">{t('shanghai:benefits.ocr')}</p>
        <SourceNote factIds={['shanghai.benefits']} compact />
      </section>

      <section className="card" aria-labelledby="sh-estimator">
        <h2 id="sh-estimator">{t('shanghai:estimator.heading')}</h2>
        <CostEstimator />
      </section>

      <section className="card" aria-labelledby="sh-hotline">
        <h2 id="sh-hotline">{t('shanghai:hotline.heading')}</h2>
        <p>
          {t('shanghai:hotline.body')} <span className="mono">{t('shanghai:hotline.number')}</span>
        </p>
        <p>
          {/* 医保服务热线: the national medical-security number (docs/domain.md, corrections). */}
          <a className="button" href="tel:12393">
            {t('shanghai:hotline.call')}
          </a>
        </p>
        <p className="muted">{t('shanghai:hotline.confirm')}</p>
      </section>
    </>
  );
}
