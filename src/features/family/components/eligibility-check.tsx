import { useId, useState } from 'react';
import { cardNeed } from '@/domain/card/journey';
import { useNumberFormats } from '@/components/number-format';
import { RuleVersions } from '@/components/rule-versions';
import { SourceNote } from '@/components/source-note';
import { KNOWN_PREMIUMS } from '@/domain/enrolment/premium';
import {
  balanceThreshold,
  newerEligibility,
  seedEligibility,
  type Answer,
  type Eligibility,
  type FamilyChannelAnswers,
} from '@/domain/family/eligibility';
import { FAMILY_RELATIONS } from '@/domain/family/schema';
import type { Profile } from '@/domain/profile/schema';
import { runtimeKey, useTranslation } from '@/components/translation-keys';

const toAnswer = (value: string): Answer => (value === 'yes' ? true : value === 'no' ? false : undefined);
const fromAnswer = (answer: Answer) => (answer === undefined ? '' : answer ? 'yes' : 'no');
const toNumber = (value: string) => {
  const n = Number(value.replace(/[,\s，]/g, ''));
  return value.trim() === '' || !Number.isFinite(n) || n < 0 ? undefined : n;
};

/** The five conditions of seed 001 and the 2023 rule, checked side by side as the user answers. */
export function EligibilityCheck({ member }: { member: Profile }) {
  const { t } = useTranslation(['family']);
  const { money } = useNumberFormats();
  const id = useId();
  const defaultWage = KNOWN_PREMIUMS[0] ? String(KNOWN_PREMIUMS[0].averageMonthlyWage * 12) : '';
  const [values, setValues] = useState({
    authoriserEmployeeAccount: '',
    authoriserTier1: '',
    authoriserBalance: '',
    averageAnnualWage: defaultWage,
    // Only from what the app knows of the member's scheme, never from the city alone (UX review 2.1).
    memberInsuredInShenzhen:
      cardNeed(member).need === 'not-in-scheme' ? 'no' : member.city === 'shenzhen' ? 'yes' : '',
    memberAccountZeroOrNone: '',
    relationRegistered: '',
    relation: '',
  });
  const set = (key: keyof typeof values) => (event: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [key]: event.target.value }));
  const answers: FamilyChannelAnswers = {
    authoriserTier1: toAnswer(values.authoriserTier1),
    authoriserEmployeeAccount: toAnswer(values.authoriserEmployeeAccount),
    authoriserBalance: toNumber(values.authoriserBalance),
    averageAnnualWage: toNumber(values.averageAnnualWage),
    memberInsuredInShenzhen: toAnswer(values.memberInsuredInShenzhen),
    memberAccountZeroOrNone: toAnswer(values.memberAccountZeroOrNone),
    relationRegistered: toAnswer(values.relationRegistered),
    relation: FAMILY_RELATIONS.find((r) => r === values.relation),
  };
  const threshold =
    answers.averageAnnualWage !== undefined ? balanceThreshold(answers.averageAnnualWage) : undefined;

  const yesNo = (
    key:
      | 'authoriserEmployeeAccount'
      | 'authoriserTier1'
      | 'memberInsuredInShenzhen'
      | 'memberAccountZeroOrNone'
      | 'relationRegistered',
  ) => (
    <div className="field">
      <label className="field__label" htmlFor={`${id}-${key}`}>
        {t(`family:check.questions.${key}`)}
      </label>
      <select id={`${id}-${key}`} className="input" value={values[key]} onChange={set(key)}>
        <option value="">{t('family:check.unknown')}</option>
        <option value="yes">{t('family:check.yes')}</option>
        <option value="no">{t('family:check.no')}</option>
      </select>
    </div>
  );

  return (
    <div className="form">
      <fieldset>
        <legend>{t('family:check.legend', { name: member.name })}</legend>
        {/* Today's rule asks this; the seed's tier question below only matters for the history. */}
        {yesNo('authoriserEmployeeAccount')}
        {yesNo('authoriserTier1')}
        <div className="field">
          <label className="field__label" htmlFor={`${id}-balance`}>
            {t('family:check.questions.authoriserBalance')}
          </label>
          <input
            id={`${id}-balance`}
            className="input"
            inputMode="decimal"
            value={values.authoriserBalance}
            onChange={set('authoriserBalance')}
          />
        </div>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-wage`}>
            {t('family:check.questions.averageAnnualWage')}
          </label>
          <input
            id={`${id}-wage`}
            className="input"
            inputMode="decimal"
            aria-describedby={`${id}-wage-hint`}
            value={values.averageAnnualWage}
            onChange={set('averageAnnualWage')}
          />
          <p id={`${id}-wage-hint`} className="field__hint">
            {t('family:check.wageHint')}
            {threshold !== undefined ? ` ${t('family:check.threshold', { amount: money(threshold) })}` : ''}
          </p>
        </div>
        {yesNo('memberInsuredInShenzhen')}
        {yesNo('memberAccountZeroOrNone')}
        {yesNo('relationRegistered')}
        <div className="field">
          <label className="field__label" htmlFor={`${id}-relation`}>
            {t('family:check.questions.relation')}
          </label>
          <select id={`${id}-relation`} className="input" value={values.relation} onChange={set('relation')}>
            <option value="">{t('family:check.unknown')}</option>
            {FAMILY_RELATIONS.map((r) => (
              <option key={r} value={r}>
                {t(`family:relations.${r}`)}
              </option>
            ))}
          </select>
        </div>
      </fieldset>
      {/* One verdict under the rule that applies today; the seed's rule as history (content audit M-3). */}
      <div aria-live="polite">
        <RuleVersions
          versions={[
            {
              factId: 'family.sharing-2023',
              title: t('family:check.newerTitle'),
              content: <Result result={newerEligibility(answers)} factId="family.sharing-2023" />,
            },
            {
              factId: 'family.conditions',
              title: t('family:check.seedTitle'),
              content: <Result result={seedEligibility(answers)} factId="family.conditions" />,
            },
          ]}
        />
      </div>
      {fromAnswer(answers.authoriserTier1) === '' ? (
        <p className="muted">{t('family:check.tierHelp')}</p>
      ) : null}
    </div>
  );
}

function Result({ result, factId }: { result: Eligibility; factId: string }) {
  const { t } = useTranslation(['family']);
  return (
    <div>
      <p className={`outcome outcome--${result.outcome}`}>{t(`family:check.outcome.${result.outcome}`)}</p>
      <ul className="conditions">
        {result.conditions.map((c) => (
          <li key={c.id} className={`condition condition--${c.result}`}>
            <span aria-hidden="true">{c.result === 'met' ? '✓' : c.result === 'not-met' ? '✗' : '?'}</span>{' '}
            {t(runtimeKey(`family:check.conditions.${c.id}`))}{' '}
            <span className="visually-hidden">({t(`family:check.result.${c.result}`)})</span>
          </li>
        ))}
      </ul>
      <SourceNote factIds={[factId]} compact />
    </div>
  );
}
