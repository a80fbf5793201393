import { Link } from '@/components/link';
import { FORM_ANSWER_IDS } from '@/domain/card/checklist';
import { useTranslation } from '@/components/translation-keys';
import { AnswerName } from './form-answers';

/**
 * The bank form's fields with nobody set up (UX review 3, H1): each under the Chinese name the form shows,
 * with its translation and what to answer, readable at the counter with no network and no data; adding the
 * person's details, which fills the answers in, is offered after it, never before.
 */
export function FormFields({ addTo }: { addTo: string }) {
  const { t } = useTranslation(['checklist']);
  return (
    <>
      <dl className="answers">
        {FORM_ANSWER_IDS.map((id) => (
          <div key={id} className="answer">
            <AnswerName id={id} />
            <dd>
              <p className="answer__note">{t(`checklist:answers.${id}.hint`)}</p>
            </dd>
          </div>
        ))}
      </dl>
      <div className="callout no-print">
        <h3>{t('checklist:fields.addHeading')}</h3>
        <p>{t('checklist:fields.add')}</p>
        <p>
          <Link className="button" to={addTo}>
            {t('checklist:fields.addLink')}
          </Link>
        </p>
      </div>
    </>
  );
}
