import { useEffect, useId, useRef, useState } from 'react';
import { AlertMessage } from '@/components/status-message';
import { DateText } from '@/components/date-text';
import { cardNeed, cardStage, expectedReady, stageWithAnswers } from '@/domain/card/journey';
import { chinaWorkingDays } from '@/domain/dates/china-holidays';
import { speaksAbout } from '@/domain/settings/audience';
import { useSearchParams } from 'react-router';
import { Link } from '@/components/link';
import { LargeTextButton } from '@/components/large-text-button';
import { PageHeader } from '@/components/page-header';
import { PersonBar, PersonScreenState } from '@/components/people/person-bar';
import { usePeople } from '@/components/people/use-people';
import { SourceNote } from '@/components/source-note';
import { useToday } from '@/components/use-today';
import { useWakeLock } from '@/components/wake-lock';
import { setStepStates } from '@/data/repositories/step-states';
import {
  BRING_BY_PHASE,
  bringStepId,
  CHECKLIST_PHASES,
  checklistPhase,
  formAnswers,
  type BringItem,
  type ChecklistPhase,
} from '@/domain/card/checklist';
import { RadioGroup } from '@/components/form/field';
import { FormAnswers } from '../components/form-answers';
import { FormFields } from '../components/form-fields';
import { useChecklist } from '../hooks/use-checklist';
import { namespaces } from './namespaces';
import { saveErrorKey } from '@/components/form/save-error';
import { runtimeKey, useTranslation } from '@/components/translation-keys';
import { Freshness } from '@/components/freshness';

/** The rules this screen applies: its freshness line speaks for all of them (UX review 3, M1). */
const SCREEN_FACTS = ['card.form-fields', 'card.bank-window', 'card.activation'];

/**
 * At the bank counter, with no network: what to bring, and the form's fields with the person's answers
 * ready to read out. Readable by anyone, before anyone is set up (UX review 3, H1); it follows the card's
 * stage (apply, or collect and activate) and speaks about the student to a family member (M7).
 */
export function Component() {
  const { t } = useTranslation(namespaces);
  const today = useToday();
  const people = usePeople();
  const data = useChecklist(people?.active?.id);
  const wakeLock = useWakeLock();
  const [saveError, setSaveError] = useState<ReturnType<typeof saveErrorKey> | null>(null);
  const [saved, setSaved] = useState(false);
  // The trip chosen by hand, kept in the address (?trip=collect): a reload or Back keeps it.
  // The router applies the new address in a transition: the tap shows at once from `picked`, which
  // counts only while the address is still the one it was made over (Back or a reload: the address wins).
  const [params, setParams] = useSearchParams();
  const trip = params.get('trip');
  const [picked, setPicked] = useState<{ phase: ChecklistPhase; over: string | null } | null>(null);
  const phaseChoice =
    picked && picked.over === trip
      ? picked.phase
      : (CHECKLIST_PHASES.find((phase) => phase === trip) ?? null);
  const setPhaseChoice = (phase: ChecklistPhase) => {
    setPicked({ phase, over: trip });
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        next.set('trip', phase);
        return next;
      },
      { replace: true },
    );
  };
  const id = useId();
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
  if (!people || !data) return <PersonScreenState header={header} loading />;
  const active = people.active;
  const { profiles, settings } = people;
  const toolbar = (
    <div className="toolbar no-print">
      <LargeTextButton label={t('checklist:largeText')} />
      <button type="button" className="button" onClick={() => window.print()}>
        {t('checklist:print')}
      </button>
      <p className="muted">{t(`checklist:wakeLock.${wakeLock}`)}</p>
    </div>
  );
  const counter = (about: string | undefined) => (
    <section className="card" aria-labelledby="counter-heading">
      <h2 id="counter-heading">{t('checklist:counter.heading')}</h2>
      <ul className="bullets">
        <li>{t('checklist:counter.hours')}</li>
        <li>{about ? t('checklist:counter.ownFamily', { name: about }) : t('checklist:counter.own')}</li>
        <li>
          {about ? t('checklist:counter.activateFamily', { name: about }) : t('checklist:counter.activate')}
        </li>
      </ul>
    </section>
  );
  const sources = <SourceNote factIds={SCREEN_FACTS} />;
  /** The trip chooser: the stage's trip chosen, the other one tap away. */
  const phaseChooser = (phase: ChecklistPhase, note: string | null) => (
    <div className="phase-choice no-print">
      <RadioGroup
        legend={t('checklist:phase.legend')}
        name={`${id}-phase`}
        value={phase}
        options={CHECKLIST_PHASES.map((option) => ({ value: option, label: t(`checklist:phase.${option}`) }))}
        onChange={setPhaseChoice}
      />
      {note ? <p className="field__hint">{note}</p> : null}
    </div>
  );
  const itemTitle = (item: BringItem, phase: ChecklistPhase, about: string | undefined) =>
    phase === 'apply'
      ? about
        ? t(runtimeKey(`checklist:bring.itemsFamily.${item}`), { name: about })
        : t(runtimeKey(`checklist:bring.items.${item}.title`))
      : about
        ? t(runtimeKey(`checklist:bring.collectItemsFamily.${item}`), { name: about })
        : t(runtimeKey(`checklist:bring.collectItems.${item}.title`));
  const itemDetail = (item: BringItem, phase: ChecklistPhase, inPersonCode: boolean) =>
    phase === 'apply'
      ? t(
          runtimeKey(`checklist:bring.items.${item}.detail`),
          item === 'receipt-code' && inPersonCode ? { context: 'inPerson' } : undefined,
        )
      : t(runtimeKey(`checklist:bring.collectItems.${item}.detail`));

  // Nobody on the phone yet: the lists as they are, readable offline; adding the answers comes after.
  if (!active) {
    const phase = phaseChoice ?? 'apply';
    return (
      <div className="checklist">
        {header}
        <Freshness factIds={SCREEN_FACTS} />
        {toolbar}
        {phaseChooser(phase, null)}
        <section className="card" aria-labelledby="bring-heading">
          <h2 id="bring-heading">{t('checklist:bring.heading')}</h2>
          {phase === 'apply' ? <p className="notice notice--warning">{t('checklist:precondition')}</p> : null}
          <ul className="bullets">
            {BRING_BY_PHASE[phase].map((item) => (
              <li key={item}>
                <strong>{itemTitle(item, phase, undefined)}</strong>
                <span className="tick__detail">{itemDetail(item, phase, false)}</span>
              </li>
            ))}
          </ul>
        </section>
        {phase === 'apply' ? (
          <section className="card" aria-labelledby="answers-heading">
            <h2 id="answers-heading">{t('checklist:fields.heading')}</h2>
            <p>{t('checklist:fields.intro')}</p>
            <FormFields addTo={settings.setup ? '/profile?add=1' : '/start'} />
          </section>
        ) : (
          pickup(undefined, undefined)
        )}
        {counter(undefined)}
        {sources}
      </div>
    );
  }

  /** The pickup trip: the form is behind; the branch and the ready date where they are known. */
  function pickup(branch: string | undefined, readyOn: string | undefined) {
    return (
      <section className="card" aria-labelledby="pickup-heading">
        <h2 id="pickup-heading">{t('checklist:pickup.heading')}</h2>
        <ul className="bullets">
          {branch ? <li>{t('checklist:pickup.branch', { branch })}</li> : null}
          {readyOn ? (
            <li>
              {t('checklist:pickup.readyOn')} <DateText date={readyOn} />
            </li>
          ) : null}
          <li>{t('checklist:pickup.formDone')}</li>
          <li>{t('checklist:pickup.activate')}</li>
        </ul>
      </section>
    );
  }

  /** The write for a step that still speaks for it: in flight, or committed and not yet reported. */
  const writeFor = (stepId: string) => {
    const write = writes.get(stepId);
    return write && (write.basis === undefined || write.basis === data) ? write : undefined;
  };
  const inFlight = (stepId: string) => {
    const write = writeFor(stepId);
    return write !== undefined && write.basis === undefined;
  };
  const saving = [...writes.keys()].some(inFlight);

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

  const about = speaksAbout(active.id, settings) ? active.name : undefined;
  const stage = stageWithAnswers(
    cardStage({ ...data.card, today, calendar: chinaWorkingDays }),
    (stepId) => data.answers.get(stepId)?.state,
  );
  const stagePhase = checklistPhase(stage);
  const phase = phaseChoice ?? (stagePhase === 'done' ? 'collect' : stagePhase);
  const phaseNote =
    stagePhase === 'done'
      ? about
        ? t('checklist:phase.doneFamily', { name: about })
        : t('checklist:phase.done')
      : phaseChoice === null || phaseChoice === stagePhase
        ? about
          ? t('checklist:phase.fromStageFamily', { name: about, stage: t(`card:stages.${stage}`) })
          : t('checklist:phase.fromStage', { stage: t(`card:stages.${stage}`) })
        : null;
  const stepIds = BRING_BY_PHASE[phase].map((item) => bringStepId(item, phase));
  const ready = data.card.application ? expectedReady(data.card.application, chinaWorkingDays) : null;

  return (
    <div className="checklist">
      {header}
      <Freshness factIds={SCREEN_FACTS} />
      <PersonBar profiles={profiles} active={active} />
      {toolbar}
      {phaseChooser(phase, phaseNote)}
      {about ? (
        <p className="callout callout--warning" role="note">
          {t('checklist:inPerson', { name: about })}
        </p>
      ) : null}

      <section className="card" aria-labelledby="bring-heading">
        <h2 id="bring-heading">
          {about ? t('checklist:bring.headingFamily', { name: about }) : t('checklist:bring.heading')}
        </h2>
        {phase === 'apply' ? (
          <p className="notice notice--warning">
            {about ? t('checklist:preconditionFamily', { name: about }) : t('checklist:precondition')}
          </p>
        ) : null}
        <ul className="ticks">
          {BRING_BY_PHASE[phase].map((item) => {
            const stepId = bringStepId(item, phase);
            const write = writeFor(stepId);
            const busy = inFlight(stepId);
            return (
              <li key={stepId} aria-busy={busy}>
                <label className="tick">
                  <input
                    type="checkbox"
                    checked={write?.done ?? data.ticked.has(stepId)}
                    onChange={(event) => tick([stepId], event.target.checked)}
                  />
                  <span>
                    <strong>{itemTitle(item, phase, about)}</strong>
                    <span className="tick__detail">
                      {itemDetail(item, phase, cardNeed(active).inPersonCode)}
                    </span>
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
        {stepIds.some((stepId) => data.ticked.has(stepId)) ? (
          <button
            type="button"
            className="button button--small no-print"
            onClick={() => tick(stepIds, false)}
          >
            {t('checklist:bring.clear')}
          </button>
        ) : null}
      </section>

      {phase === 'apply' ? (
        <section className="card" aria-labelledby="answers-heading">
          <h2 id="answers-heading">{t('checklist:answersHeading')}</h2>
          <p>{t('checklist:answersIntro')}</p>
          <FormAnswers answers={formAnswers(active, data.card)} />
        </section>
      ) : (
        pickup(data.card.application?.pickupBranch, ready?.date)
      )}
      {counter(about)}
      {sources}
    </div>
  );
}
