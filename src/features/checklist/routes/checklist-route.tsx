import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLargeText } from '@/components/large-text';
import { PageHeader } from '@/components/PageHeader';
import { PersonBar, PersonScreenState } from '@/components/people/PersonBar';
import { usePeople } from '@/components/people/use-people';
import { SourceNote } from '@/components/SourceNote';
import { useToday } from '@/components/use-today';
import { useWakeLock } from '@/components/wake-lock';
import { setStepState } from '@/data/repositories/step-states';
import { BRING_ITEMS, bringStepId, formAnswers } from '@/domain/card/checklist';
import { FormAnswers } from '../components/FormAnswers';
import { useChecklist } from '../hooks/use-checklist';
import { namespaces } from './namespaces';

/** At the bank counter, with no network: what to bring, and the form's answers ready to read out. */
export function Component() {
  const { t } = useTranslation(namespaces);
  const today = useToday();
  const people = usePeople();
  const data = useChecklist(people?.active?.id);
  const [largeText, setLargeText] = useLargeText();
  const wakeLock = useWakeLock();
  const [saveFailed, setSaveFailed] = useState(false);
  // A tick shows at once; the stored state takes over as soon as the database reports any change.
  const [optimistic, setOptimistic] = useState<{ basis: unknown; ticks: ReadonlyMap<string, boolean> }>();
  const pending = optimistic && optimistic.basis === data ? optimistic.ticks : new Map<string, boolean>();

  const header = <PageHeader title={t('checklist:title')} lead={t('checklist:lead')} />;
  if (!people?.active || !data) return <PersonScreenState header={header} loading={!people || !data} />;
  const active = people.active;
  const { profiles } = people;

  const tick = (stepId: string, done: boolean) => {
    setSaveFailed(false);
    setOptimistic({ basis: data, ticks: new Map(pending).set(stepId, done) });
    setStepState(active.id, stepId, done ? { state: 'done', on: today } : null).catch(() => {
      setOptimistic(undefined);
      setSaveFailed(true);
    });
  };

  return (
    <div className="checklist">
      {header}
      <PersonBar profiles={profiles} active={active} />
      <div className="toolbar no-print">
        <button
          type="button"
          className="button"
          aria-pressed={largeText}
          onClick={() => setLargeText(!largeText)}
        >
          {t('checklist:largeText')}
        </button>
        <button type="button" className="button" onClick={() => window.print()}>
          {t('checklist:print')}
        </button>
        <p className="muted">{t(`checklist:wakeLock.${wakeLock}`)}</p>
      </div>

      <section className="card" aria-labelledby="bring-heading">
        <h2 id="bring-heading">{t('checklist:bring.heading')}</h2>
        <ul className="ticks">
          {BRING_ITEMS.map((item) => {
            const stepId = bringStepId(item);
            return (
              <li key={item}>
                <label className="tick">
                  <input
                    type="checkbox"
                    checked={pending.get(stepId) ?? data.ticked.has(stepId)}
                    onChange={(event) => tick(stepId, event.target.checked)}
                  />
                  <span>
                    <strong>{t(`checklist:bring.items.${item}.title`)}</strong>
                    <span className="tick__detail">{t(`checklist:bring.items.${item}.detail`)}</span>
                  </span>
                </label>
              </li>
            );
          })}
        </ul>
        {saveFailed ? (
          <p role="alert" className="alert">
            {t('common:errors.saveFailed')}
          </p>
        ) : null}
        {data.ticked.size > 0 ? (
          <button
            type="button"
            className="button button--small no-print"
            onClick={() => BRING_ITEMS.forEach((item) => tick(bringStepId(item), false))}
          >
            {t('checklist:bring.clear')}
          </button>
        ) : null}
      </section>

      <section className="card" aria-labelledby="answers-heading">
        <h2 id="answers-heading">{t('checklist:answersHeading')}</h2>
        <p>{t('checklist:answersIntro')}</p>
        <FormAnswers answers={formAnswers(active, data.card)} />
      </section>

      <section className="card" aria-labelledby="counter-heading">
        <h2 id="counter-heading">{t('checklist:counter.heading')}</h2>
        <ul className="bullets">
          <li>{t('checklist:counter.hours')}</li>
          <li>{t('checklist:counter.own')}</li>
          <li>{t('checklist:counter.activate')}</li>
        </ul>
      </section>
      <SourceNote factIds={['card.form-fields', 'card.bank-window', 'card.activation']} />
    </div>
  );
}
