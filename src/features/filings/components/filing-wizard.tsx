import { useState } from 'react';
import { SourceNote } from '@/components/source-note';
import type { FilingType } from '@/domain/filing/schema';
import { askedSteps, wizard, type WizardAnswers, type WizardStep } from '@/domain/filing/wizard';
import { runtimeKey, useTranslation } from '@/components/translation-keys';

const OPTIONS: Record<WizardStep, readonly string[]> = {
  emergency: ['yes', 'no'],
  reason: ['home-holiday', 'short-trip', 'internship', 'study-away', 'referral'],
  where: ['guangdong', 'other-province', 'outside-mainland'],
  longStay: ['yes', 'no'],
};

/** "Do I need to file?": one question at a time, earlier answers can be changed, then an outcome. */
export function FilingWizard({ onStart }: { onStart: (type: FilingType) => void }) {
  const { t } = useTranslation(['filings']);
  const [answers, setAnswers] = useState<WizardAnswers>({});
  const state = wizard(answers);
  const steps = askedSteps(answers);

  const answer = (step: WizardStep, value: string) => {
    // Changing an answer drops the ones after it.
    const index = steps.indexOf(step);
    const kept: WizardAnswers = {};
    for (const s of steps.slice(0, index)) (kept as Record<string, string | undefined>)[s] = answers[s];
    setAnswers({ ...kept, [step]: value });
  };

  return (
    <div className="wizard">
      {steps.map((step) => (
        <fieldset key={step} className="wizard__step">
          <legend>{t(`filings:wizard.questions.${step}`)}</legend>
          <div className="choices">
            {OPTIONS[step].map((value) => (
              <button
                key={value}
                type="button"
                className="button"
                aria-pressed={answers[step] === value}
                onClick={() => answer(step, value)}
              >
                {t(runtimeKey(`filings:wizard.answers.${step}.${value}`))}
              </button>
            ))}
          </div>
        </fieldset>
      ))}
      {state.outcome ? (
        <div
          className={
            // "Not covered there" is a warning, never drawn as good news (UX review 3, L8).
            state.outcome === 'not-covered-outside-mainland'
              ? 'callout callout--warning'
              : state.filingType
                ? 'callout'
                : 'callout callout--done'
          }
          role="region"
          aria-live="polite"
          aria-label={t('filings:wizard.outcomeLabel')}
        >
          <h3>{t(`filings:wizard.outcomes.${state.outcome}.title`)}</h3>
          <p>{t(`filings:wizard.outcomes.${state.outcome}.body`)}</p>
          {state.filingType ? <p>{t('filings:wizard.precondition')}</p> : null}
          <SourceNote
            factIds={
              state.outcome === 'temporary' ? ['filing.who', 'filing.temporary-6-months'] : ['filing.who']
            }
            compact
          />
          <div className="actions">
            {state.filingType ? (
              <button
                type="button"
                className="button button--primary"
                onClick={() => onStart(state.filingType!)}
              >
                {t('filings:wizard.start')}
              </button>
            ) : null}
            <button type="button" className="button" onClick={() => setAnswers({})}>
              {t('filings:wizard.again')}
            </button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
