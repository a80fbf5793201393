import { useEffect, useRef, useState } from 'react';
import { AlertMessage } from '@/components/StatusMessage';
import { cardNeed } from '@/domain/card/journey';
import { Link } from 'react-router';
import { useLargeText } from '@/components/large-text';
import { PageHeader } from '@/components/PageHeader';
import { PersonBar, PersonScreenState } from '@/components/people/PersonBar';
import { usePeople } from '@/components/people/use-people';
import { SourceNote } from '@/components/SourceNote';
import { useToday } from '@/components/use-today';
import { useWakeLock } from '@/components/wake-lock';
import { setStepStates } from '@/data/repositories/step-states';
import { BRING_ITEMS, bringStepId, formAnswers } from '@/domain/card/checklist';
import { FormAnswers } from '../components/FormAnswers';
import { useChecklist } from '../hooks/use-checklist';
import { namespaces } from './namespaces';
import { saveErrorKey } from '@/components/form/save-error';
import { useTranslation } from '@/components/translation-keys';

/** At the bank counter, with no network: what to bring, and the form's answers ready to read out. */
export function Component() {
  const { t } = useTranslation(namespaces);
  const today = useToday();
  const people = usePeople();
  const data = useChecklist(people?.active?.id);
  const [largeText, setLargeText] = useLargeText();
  const wakeLock = useWakeLock();
  const [saveError, setSaveError] = useState<ReturnType<typeof saveErrorKey> | null>(null);
  const [saved, setSaved] = useState(false);
  /**
   * Ticks being written. A tick shows at once, marked "Saving…" until its transaction has committed; then
   * "Saved." says so, and the stored state takes over as soon as the database reports a change (`basis`:
   * the data on screen when the write committed). A write that fails is undone on screen and said.
   */
  const [writes, setWrites] = useState<ReadonlyMap<string, { done: boolean; basis?: unknown }>>(new Map());
  const latest = useRef(data);
  useEffect(() => {
    latest.current = data;
  });

  const header = <PageHeader title={t('checklist:title')} lead={t('checklist:lead')} />;
  if (!people?.active || !data) return <PersonScreenState header={header} loading={!people || !data} />;
  const active = people.active;
  const { profiles } = people;

  /** The write for a step that still speaks for it: in flight, or committed and not yet reported. */
  const writeFor = (stepId: string) => {
    const write = writes.get(stepId);
    return write && (write.basis === undefined || write.basis === data) ? write : undefined;
  };
  const inFlight = (stepId: string) => {
    const write = writeFor(stepId);
    return write !== undefined && write.basis === undefined;
  };
  const saving = BRING_ITEMS.some((item) => inFlight(bringStepId(item)));

  const tick = (stepIds: readonly string[], done: boolean) => {
    setSaveError(null);
    setSaved(false);
    const update = (change: (next: Map<string, { done: boolean; basis?: unknown }>) => void) =>
      setWrites((current) => {
        const next = new Map(current);
        change(next);
        return next;
      });
    update((next) => stepIds.forEach((id) => next.set(id, { done })));
    setStepStates(active.id, stepIds, done ? { state: 'done', on: today } : null).then(
      () => {
        const basis = latest.current;
        update((next) =>
          stepIds.forEach((id) => next.get(id)?.done === done && next.set(id, { done, basis })),
        );
        setSaved(true);
      },
      (error: unknown) => {
        update((next) => stepIds.forEach((id) => next.get(id)?.done === done && next.delete(id)));
        setSaveError(saveErrorKey(error));
      },
    );
  };

  // The checklist is the Shenzhen card's: a Shanghai student or someone outside the schemes has no bank
  // form to fill, so nothing is counted missing (UX review 3.3).
  const need = cardNeed(active).need;
  if (need === 'other-city' || need === 'not-in-scheme')
    return (
      <div className="checklist">
        {header}
        <PersonBar profiles={profiles} active={active} />
        <section className="card">
          <p>{t(`checklist:notNeeded.${need}`, { name: active.name })}</p>
          <p>
            <Link className="button" to={need === 'other-city' ? '/shanghai' : '/guides/not-covered'}>
              {t(`checklist:notNeeded.${need}Link`)}
            </Link>
          </p>
        </section>
      </div>
    );

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
        <p className="notice notice--warning">{t('checklist:precondition')}</p>
        <ul className="ticks">
          {BRING_ITEMS.map((item) => {
            const stepId = bringStepId(item);
            const write = writeFor(stepId);
            const busy = inFlight(stepId);
            return (
              <li key={item} aria-busy={busy}>
                <label className="tick">
                  <input
                    type="checkbox"
                    checked={write?.done ?? data.ticked.has(stepId)}
                    onChange={(event) => tick([stepId], event.target.checked)}
                  />
                  <span>
                    <strong>{t(`checklist:bring.items.${item}.title`)}</strong>
                    <span className="tick__detail">{t(`checklist:bring.items.${item}.detail`)}</span>
                    {busy ? <span className="muted">{t('common:actions.saving')}</span> : null}
                  </span>
                </label>
              </li>
            );
          })}
        </ul>
        <AlertMessage message={saveError ? t(saveError) : null} />
        <p role="status" className="muted">
          {saved && !saving ? t('checklist:bring.saved') : ''}
        </p>
        {data.ticked.size > 0 ? (
          <button
            type="button"
            className="button button--small no-print"
            onClick={() => tick(BRING_ITEMS.map(bringStepId), false)}
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
