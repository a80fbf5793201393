import { useState } from 'react';
import { Link } from '@/components/link';
import { copyText } from '@/components/clipboard';
import { StatusMessage } from '@/components/status-message';
import type { FormAnswer, FormAnswerId } from '@/domain/card/checklist';
import { maskAddress } from '@/domain/identity/address';
import { maskMobile } from '@/domain/identity/mobile';
import { maskIdNumber } from '@/domain/identity/resident-id';
import { runtimeKey, useTranslation } from '@/components/translation-keys';

function masked(answer: FormAnswer, value: string): string {
  if (answer.id === 'idNumber') return maskIdNumber(value);
  if (answer.id === 'mobile') return maskMobile(value);
  if (answer.id === 'shenzhenAddress') return maskAddress(value);
  return value;
}

/**
 * The bank form's answers, each under the Chinese field name the form shows, with its translation, ready
 * to read out or copy. Missing answers are flagged with a link to where they are filled in.
 */
/**
 * An ID or mobile number as it is read out at the counter, in groups (430102 2007 0815 123X, 138 0013 8000):
 * on a narrow screen or in large text it wraps between groups, never inside one (UX review 1.7). Copying
 * still gives the number without spaces.
 */
function grouped(id: string, value: string): string | undefined {
  const sizes =
    id === 'idNumber' && value.length === 18
      ? [6, 4, 4, 4]
      : id === 'mobile' && value.length === 11
        ? [3, 4, 4]
        : null;
  if (!sizes) return undefined;
  let at = 0;
  return sizes.map((size) => value.slice(at, (at += size))).join(' ');
}

/** A field of the bank's form: the Chinese name it shows, and its translation. */
export function AnswerName({ id }: { id: FormAnswerId }) {
  const { t } = useTranslation(['checklist']);
  return (
    <dt>
      <span className="answer__zh" lang="zh-CN">
        {t(`checklist:answers.${id}.zh`)}
      </span>
      <span className="answer__label">{t(`checklist:answers.${id}.label`)}</span>
    </dt>
  );
}

export function FormAnswers({ answers }: { answers: FormAnswer[] }) {
  const { t } = useTranslation(['checklist']);
  const [revealed, setRevealed] = useState(false);
  const [copied, setCopied] = useState<string | null>(null);
  const missing = answers.filter((a) => a.value === undefined).length;

  const copy = async (answer: FormAnswer, text: string) => {
    const ok = await copyText(text);
    setCopied(
      ok
        ? t('checklist:copied', { field: t(`checklist:answers.${answer.id}.zh`) })
        : t('checklist:copyFailed'),
    );
  };

  return (
    <>
      {missing > 0 ? (
        <p className="notice notice--warning">{t('checklist:missingCount', { count: missing })}</p>
      ) : (
        <p className="notice">{t('checklist:allPresent')}</p>
      )}
      <button
        type="button"
        className="button button--small no-print"
        aria-pressed={revealed}
        onClick={() => setRevealed((v) => !v)}
      >
        {revealed ? t('checklist:hideAll') : t('checklist:showAll')}
      </button>
      <dl className="answers">
        {answers.map((answer) => {
          const official = answer.option
            ? t(runtimeKey(`checklist:official.${answer.option.group}.${answer.option.value}`))
            : answer.value;
          const shown =
            official === undefined
              ? undefined
              : answer.sensitive && !revealed
                ? masked(answer, official)
                : official;
          return (
            <div key={answer.id} className={official === undefined ? 'answer answer--missing' : 'answer'}>
              <AnswerName id={answer.id} />
              <dd>
                {shown === undefined || official === undefined ? (
                  <>
                    <strong className="answer__flag">{t('checklist:missing')}</strong>{' '}
                    <Link to={answer.fixAt} className="no-print">
                      {t(answer.fixAt === '/card' ? 'checklist:fixOnCard' : 'checklist:fixOnProfile')}
                    </Link>
                  </>
                ) : (
                  <>
                    <span
                      className={
                        grouped(answer.id, shown) ? 'answer__value answer__value--grouped' : 'answer__value'
                      }
                      lang={answer.option ? 'zh-CN' : undefined}
                    >
                      {grouped(answer.id, shown) ?? shown}
                    </span>
                    <button
                      type="button"
                      className="button button--small no-print"
                      onClick={() => void copy(answer, official)}
                    >
                      {t('checklist:copy', { field: t(`checklist:answers.${answer.id}.label`) })}
                    </button>
                  </>
                )}
                {answer.id === 'hukouType' ? (
                  <p className="answer__note">{t('checklist:hukouNote')}</p>
                ) : null}
                {answer.warning === 'doorNumber' ? (
                  <p className="answer__note answer__note--warning">
                    {t('checklist:doorNumber')}{' '}
                    <Link to="/profile" className="no-print">
                      {t('checklist:fixOnProfile')}
                    </Link>
                  </p>
                ) : null}
              </dd>
            </div>
          );
        })}
      </dl>
      <div className="toast">
        <StatusMessage message={copied} />
      </div>
    </>
  );
}
