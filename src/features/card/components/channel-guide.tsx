import { SourceNote } from '@/components/source-note';
import { CARD_CHANNEL_INFO } from '@/domain/card/journey';
import { CARD_CHANNELS, type CardChannel } from '@/domain/card/schema';
import { runtimeKey, useTranslation } from '@/components/translation-keys';

/** The three ways to apply, each with its own steps and facts; the chosen one is open. */
export function ChannelGuide({ selected }: { selected: CardChannel | undefined }) {
  const { t } = useTranslation(['card']);
  return (
    <section className="card" aria-labelledby="channels-heading">
      <h2 id="channels-heading">{t('card:channelGuide.heading')}</h2>
      <p>{t('card:channelGuide.intro')}</p>
      {CARD_CHANNELS.map((channel) => {
        const info = CARD_CHANNEL_INFO[channel];
        return (
          <details
            key={`${channel}-${selected === channel}`}
            className="disclosure"
            open={selected === channel}
          >
            <summary>
              <strong>{t(`card:channels.${channel}.name`)}</strong> · {t(`card:channels.${channel}.wait`)}
            </summary>
            <p>{t(`card:channels.${channel}.where`)}</p>
            <ol className="steps">
              {Array.from({ length: info.stepCount }, (_, i) => (
                <li key={i}>{t(runtimeKey(`card:channels.${channel}.steps.${i + 1}`))}</li>
              ))}
            </ol>
            {channel === 'instant-issue' ? <p>{t('card:channels.instant-issue.banks')}</p> : null}
            {channel === 'bank-online' ? (
              <p className="notice">{t('card:channels.bank-online.newer')}</p>
            ) : null}
            <SourceNote factIds={info.factIds} compact />
          </details>
        );
      })}
    </section>
  );
}
