import { useState } from 'react';
import { FamilyNote } from '@/components/people/family-note';
import { Link } from '@/components/link';
import { DateText } from '@/components/date-text';
import { PageHeader } from '@/components/page-header';
import { ShenzhenContacts } from '@/components/shenzhen-contacts';
import { PersonBar, PersonScreenState } from '@/components/people/person-bar';
import { usePeople } from '@/components/people/use-people';
import { SourceNote } from '@/components/source-note';
import { useToday } from '@/components/use-today';
import { cardNeed, cardStage, stageWithAnswers, expectedReady } from '@/domain/card/journey';
import { CARD_CHANNELS } from '@/domain/card/schema';
import { chinaWorkingDays } from '@/domain/dates/china-holidays';
import { CardForm } from '../components/card-form';
import { CardProgress, NextStep } from '../components/card-progress';
import { ChannelGuide } from '../components/channel-guide';
import { useCardJourney } from '../hooks/use-card-journey';
import { namespaces } from './namespaces';
import { useTranslation } from '@/components/translation-keys';
import { Freshness } from '@/components/freshness';

/** The rules this screen applies: its freshness line speaks for all of them (UX review 3, M1). */
const SCREEN_FACTS = [
  'card.receipt-code',
  'card.receipt-code.in-person',
  'card.bank-online',
  'card.bank-online.newer-wait',
  'card.bank-window',
  'card.instant-issue',
  'card.activation',
  'card.form-fields',
  'card.skip-with-child-card',
  'scheme.international-students',
  'family.e-voucher-vs-card',
  'contacts.shenzhen',
];

/** A step marked done on the to-do whose details are not here yet: said, with why they still help. */
function MarkedOnTodo({ on }: { on: string }) {
  const { t } = useTranslation(['card']);
  return (
    <div className="notice">
      <p>
        {t('card:markedOnTodo')} <DateText date={on} />
      </p>
      <p>{t('card:markedOnTodoHint')}</p>
    </div>
  );
}

/** The Shenzhen card journey: receipt code → application → ready → pickup → activation. */
export function Component() {
  const { t } = useTranslation(namespaces);
  const today = useToday();
  const people = usePeople();
  const journey = useCardJourney(people?.active?.id);
  const [channelChoice, setChannelChoice] = useState<string | null>(null);

  const header = <PageHeader title={t('card:title')} lead={t('card:lead')} />;
  if (!people?.active || !journey) return <PersonScreenState header={header} loading={!people || !journey} />;
  const active = people.active;
  const { profiles } = people;

  const need = cardNeed(active);
  // The records' stage, moved on by steps marked done on the to-do (one story on both screens).
  const answerOf = (stepId: string) => journey.answers.get(stepId)?.state;
  const stage = stageWithAnswers(cardStage({ ...journey, today, calendar: chinaWorkingDays }), answerOf);
  const markedOn = (stepId: string) => {
    const answer = journey.answers.get(stepId);
    return answer?.state === 'done' ? answer.on : undefined;
  };
  const receiptMarked = !journey.receiptCode ? markedOn('card.receipt-code') : undefined;
  const applyMarked = !journey.application?.submittedOn ? markedOn('card.apply') : undefined;
  const ready = journey.application ? expectedReady(journey.application, chinaWorkingDays) : null;
  const selected = CARD_CHANNELS.find((c) => c === (channelChoice ?? journey.application?.channel));

  return (
    <>
      {header}
      <Freshness factIds={SCREEN_FACTS} />
      <PersonBar profiles={profiles} active={active} />
      {/* A family member keeps the student's records; the student does the steps (UX review 3, M7). */}
      <FamilyNote
        person={active}
        settings={people.settings}
        note={(name) => t('card:familyNote', { name })}
      />

      {need.need === 'not-in-scheme' ? (
        <section className="callout callout--warning" aria-labelledby="card-scheme-heading">
          <h2 id="card-scheme-heading">{t('card:need.not-in-scheme.title')}</h2>
          <p>{t('card:need.not-in-scheme.body')}</p>
          <p>
            <Link to="/profile">{t('card:need.enrolledAnyway')}</Link>
          </p>
          <p>
            <Link to="/guides">{t('card:need.guidesLink')}</Link>
          </p>
          <SourceNote factIds={['scheme.international-students']} compact />
        </section>
      ) : null}
      {need.need === 'other-city' ? (
        <section className="callout" aria-labelledby="card-city-heading">
          <h2 id="card-city-heading">{t('card:need.other-city.title')}</h2>
          <p>{t('card:need.other-city.body')}</p>
          <p>
            <Link to="/shanghai">{t('card:need.shanghaiLink')}</Link>
          </p>
        </section>
      ) : null}
      {need.need === 'may-skip' ? (
        <section className="callout" aria-labelledby="card-skip-heading">
          <h2 id="card-skip-heading">{t('card:need.may-skip.title')}</h2>
          <p>{t('card:need.may-skip.body')}</p>
          <SourceNote factIds={['card.skip-with-child-card']} compact />
        </section>
      ) : null}

      <NextStep stage={stage} ready={ready} inPersonCode={need.inPersonCode} />
      <CardProgress stage={stage} />

      {/* Until the card is activated, the e-voucher bridges the weeks it takes (UX review 3, M4). */}
      {need.need === 'needed' && stage !== 'activated' ? (
        <section className="card" aria-labelledby="e-voucher-heading">
          <h2 id="e-voucher-heading">{t('card:eVoucher.heading')}</h2>
          <p>{t('card:eVoucher.same')}</p>
          <p>{t('card:eVoucher.how')}</p>
          <p className="muted">{t('card:eVoucher.notEveryWhere')}</p>
          <SourceNote factIds={['family.e-voucher-vs-card']} compact />
        </section>
      ) : null}

      <section className="card" aria-labelledby="receipt-heading">
        <h2 id="receipt-heading">{t('card:receipt.heading')}</h2>
        <p>{t('card:receipt.what')}</p>
        <ul className="bullets">
          <li>{t('card:receipt.studio')}</li>
          <li>{t('card:receipt.alipay')}</li>
        </ul>
        {need.inPersonCode ? <p className="notice">{t('card:receipt.inPerson')}</p> : null}
        {receiptMarked ? <MarkedOnTodo on={receiptMarked} /> : null}
        <SourceNote factIds={['card.receipt-code', 'card.receipt-code.in-person']} compact />
      </section>

      {/* The three ways compared before the form asks to choose one (UX review 1.5). */}
      <ChannelGuide selected={selected} />

      <section className="card" aria-labelledby="card-form-heading">
        <h2 id="card-form-heading">{t('card:form.heading')}</h2>
        <p className="notice notice--warning">{t('card:precondition')}</p>
        {applyMarked ? <MarkedOnTodo on={applyMarked} /> : null}
        <CardForm
          key={active.id}
          profileId={active.id}
          journey={journey}
          onChannelChange={setChannelChoice}
          onSaved={() => setChannelChoice(null)}
        />
        <p>
          <Link to="/checklist">{t('card:checklistLink')}</Link>
        </p>
      </section>

      <SourceNote factIds={['card.activation', 'card.form-fields']} />
      {active.city === 'shenzhen' ? <ShenzhenContacts /> : null}
    </>
  );
}
