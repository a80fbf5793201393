import { DateText } from '@/components/date-text';
import { CARD_STAGES, type CardStage, type ExpectedReady } from '@/domain/card/journey';
import { useTranslation } from '@/components/translation-keys';

/**
 * The journey at a glance: each step as an action (get the code, apply, wait, collect, activate, use), the
 * steps behind the current stage done, the current one marked (UX review 1.5: never "✓ not started").
 */
export function CardProgress({ stage }: { stage: CardStage }) {
  const { t } = useTranslation(['card']);
  const current = CARD_STAGES.indexOf(stage);
  return (
    <ol className="progress" aria-label={t('card:progress.label')}>
      {CARD_STAGES.map((s, index) => (
        <li
          key={s}
          className={
            index < current
              ? 'progress__step progress__step--done'
              : index === current
                ? 'progress__step progress__step--current'
                : 'progress__step'
          }
          aria-current={index === current ? 'step' : undefined}
        >
          <span className="progress__marker" aria-hidden="true">
            {index < current ? '✓' : index + 1}
          </span>
          <span>{t(`card:progress.steps.${s}`)}</span>
          {index < current ? <span className="visually-hidden"> ({t('card:progress.done')})</span> : null}
        </li>
      ))}
    </ol>
  );
}

/** What to do now, by stage. After pickup, the activation step is impossible to miss. */
export function NextStep({
  stage,
  ready,
  inPersonCode = false,
}: {
  stage: CardStage;
  ready: ExpectedReady | null;
  /** The receipt code is taken in person (a document other than the resident ID): no Alipay photo. */
  inPersonCode?: boolean;
}) {
  const { t } = useTranslation(['card']);
  const tone =
    stage === 'collected'
      ? 'callout callout--urgent'
      : stage === 'activated'
        ? 'callout callout--done'
        : 'callout';
  return (
    <section className={tone} aria-labelledby="card-next-heading">
      <h2 id="card-next-heading">{t(`card:next.${stage}.title`)}</h2>
      <p>
        {t(
          `card:next.${stage}.body`,
          stage === 'not-started' && inPersonCode ? { context: 'inPerson' } : undefined,
        )}
      </p>
      {stage === 'submitted' && ready ? (
        <p>
          {t('card:next.readyOn')} <DateText date={ready.date} />
        </p>
      ) : null}
    </section>
  );
}
