import { useState, type FormEvent } from 'react';
import { DateText } from '@/components/date-text';
import { SelectField, TextField } from '@/components/form/field';
import { FormActions } from '@/components/form/form-actions';
import { useForm, useSubmitOnce } from '@/components/form/use-form';
import { useUnsavedChanges } from '@/components/form/unsaved-changes';
import { useSeenVersion } from '@/components/form/use-seen-version';
import { requestPersistentStorage } from '@/components/storage';
import { StatusMessage } from '@/components/status-message';
import { useToday } from '@/components/use-today';
import { saveCardJourney, type CardJourney } from '@/data/repositories/card';
import { cardDateProblems, CARD_CHANNEL_INFO, expectedReady } from '@/domain/card/journey';
import {
  CARD_CHANNELS,
  cardApplicationSchema,
  RECEIPT_CODE_SOURCES,
  receiptCodeSchema,
} from '@/domain/card/schema';
import { fieldErrorsFromIssues, type FieldErrors } from '@/domain/common/issues';
import { chinaWorkingDays } from '@/domain/dates/china-holidays';
import { isIsoDate, isWithinDateRange } from '@/domain/dates/iso-date';
import {
  formValuesFromJourney,
  journeyInputFromForm,
  sameCardValues,
  type CardFormValues,
} from './card-form-values';
import { saveErrorKey } from '@/components/form/save-error';
import { useTranslation } from '@/components/translation-keys';

const DRAFT_IDS = { id: 'draft', profileId: 'draft' };

/**
 * The receipt code and the application in one form with one Save: both parts are checked, and either
 * both are stored or nothing is.
 */
export function CardForm({
  profileId,
  journey,
  onChannelChange,
  onSaved,
}: {
  profileId: string;
  journey: CardJourney;
  onChannelChange: (channel: string) => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation(['card', 'common', 'validation']);
  const today = useToday();
  const [saved, setSaved] = useState(() => formValuesFromJourney(journey));
  const form = useForm(saved);
  const { formRef, values, setValues, errors, setErrors, formError, setFormError, showErrors } = form;
  const { submitting, submitOnce } = useSubmitOnce();
  const [status, setStatus] = useState<string | null>(null);
  const dirty = !sameCardValues(values, saved);
  useUnsavedChanges(dirty);
  // Another tab saved the code or the application: shown here unless this form holds unsaved edits.
  const reload = () => {
    const next = formValuesFromJourney(journey);
    setSaved(next);
    setValues(next);
  };
  const receiptVersion = useSeenVersion(journey.receiptCode, dirty, reload);
  const applicationVersion = useSeenVersion(journey.application, dirty, reload);

  const set = (key: keyof CardFormValues, value: string) => {
    form.set(key, value);
    setStatus(null);
    if (key === 'channel') onChannelChange(value);
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    const input = journeyInputFromForm(values);
    const receipt = input.receiptCode
      ? receiptCodeSchema.safeParse({ ...input.receiptCode, ...DRAFT_IDS })
      : null;
    const application = input.application
      ? cardApplicationSchema.safeParse({ ...input.application, ...DRAFT_IDS })
      : null;
    const next: FieldErrors = {
      ...(receipt && !receipt.success ? fieldErrorsFromIssues(receipt.error.issues) : {}),
      ...(application && !application.success ? fieldErrorsFromIssues(application.error.issues) : {}),
    };
    const dates = {
      obtainedOn: receipt?.success ? receipt.data.obtainedOn : undefined,
      ...(application?.success ? application.data : {}),
    };
    for (const problem of cardDateProblems(dates, today)) next[problem.field] ??= { key: problem.key };
    if (showErrors(next)) {
      setStatus(null);
      return;
    }
    try {
      const stored = await saveCardJourney(profileId, input, {
        receiptCode: receiptVersion.seen(),
        application: applicationVersion.seen(),
      });
      receiptVersion.saved(stored.receiptCode);
      applicationVersion.saved(stored.application);
      const normalized = formValuesFromJourney(stored);
      setSaved(normalized);
      setValues(normalized);
      setErrors({});
      setStatus(t('card:saved'));
      void requestPersistentStorage();
      onSaved();
    } catch (error) {
      receiptVersion.failed(error);
      applicationVersion.failed(error);
      setFormError(t(saveErrorKey(error)));
    }
  };

  const channel = CARD_CHANNELS.find((c) => c === values.channel);
  const computed =
    channel && isIsoDate(values.submittedOn) && isWithinDateRange(values.submittedOn)
      ? expectedReady({ channel, submittedOn: values.submittedOn }, chinaWorkingDays)
      : null;
  const rule = channel ? CARD_CHANNEL_INFO[channel].ready : undefined;
  // Bank windows are closed at weekends and on public holidays (seed 001): a soft word, never a refusal.
  const closedDay =
    channel === 'bank-window' &&
    isIsoDate(values.submittedOn) &&
    isWithinDateRange(values.submittedOn) &&
    !chinaWorkingDays.isWorkingDay(values.submittedOn);

  return (
    <form ref={formRef} className="form" noValidate onSubmit={submitOnce(onSubmit)}>
      <fieldset>
        <legend>{t('card:form.receiptLegend')}</legend>
        <TextField
          name="code"
          label={t('card:fields.code')}
          hint={t('card:hints.code')}
          autoComplete="off"
          autoCapitalize="characters"
          maxLength={20}
          value={values.code}
          error={errors.code}
          onChange={(v) => set('code', v)}
          onBlur={() => set('code', values.code.replace(/[\s-]/g, '').toUpperCase())}
        />
        <SelectField
          name="obtainedVia"
          label={t('card:fields.obtainedVia')}
          placeholder={t('card:notSet')}
          value={values.obtainedVia}
          error={errors.obtainedVia}
          options={RECEIPT_CODE_SOURCES.map((value) => ({ value, label: t(`card:codeSources.${value}`) }))}
          onChange={(v) => set('obtainedVia', v)}
        />
        <TextField
          name="obtainedOn"
          type="date"
          label={t('card:fields.obtainedOn')}
          value={values.obtainedOn}
          error={errors.obtainedOn}
          onChange={(v) => set('obtainedOn', v)}
        />
      </fieldset>

      <fieldset>
        <legend>{t('card:form.applicationLegend')}</legend>
        <SelectField
          name="channel"
          label={t('card:fields.channel')}
          hint={t('card:hints.channel')}
          placeholder={t('card:notSet')}
          value={values.channel}
          error={errors.channel}
          options={CARD_CHANNELS.map((value) => ({ value, label: t(`card:channels.${value}.name`) }))}
          onChange={(v) => set('channel', v)}
        />
        <TextField
          name="bank"
          label={t('card:fields.bank')}
          hint={t('card:hints.bank')}
          value={values.bank}
          error={errors.bank}
          onChange={(v) => set('bank', v)}
        />
        <TextField
          name="pickupBranch"
          label={t('card:fields.pickupBranch')}
          hint={t('card:hints.pickupBranch')}
          value={values.pickupBranch}
          error={errors.pickupBranch}
          onChange={(v) => set('pickupBranch', v)}
        />
        <TextField
          name="submittedOn"
          type="date"
          label={t('card:fields.submittedOn')}
          hint={closedDay ? t('card:hints.submittedOnClosed') : undefined}
          value={values.submittedOn}
          error={errors.submittedOn}
          onChange={(v) => set('submittedOn', v)}
        />
        <div className="computed" aria-live="polite">
          <p className="computed__label">{t('card:expected.label')}</p>
          {computed && rule ? (
            <>
              <p className="computed__value">
                <DateText date={computed.date} />
              </p>
              <p className="muted">{t(`card:expected.basis.${rule.kind}`)}</p>
              {computed.fallbackYears.length > 0 ? (
                <p className="notice notice--warning">
                  {t('card:expected.fallback', { years: computed.fallbackYears.join(', ') })}
                </p>
              ) : null}
              <p className="muted">{t('card:expected.notOfficial')}</p>
            </>
          ) : (
            <p className="muted">{t('card:expected.needsInput')}</p>
          )}
        </div>
      </fieldset>

      <fieldset>
        <legend>{t('card:form.pickupLegend')}</legend>
        <TextField
          name="expectedReadyOverride"
          type="date"
          label={t('card:fields.expectedReadyOverride')}
          hint={t('card:hints.expectedReadyOverride')}
          value={values.expectedReadyOverride}
          error={errors.expectedReadyOverride}
          onChange={(v) => set('expectedReadyOverride', v)}
        />
        <TextField
          name="pickedUpOn"
          type="date"
          label={t('card:fields.pickedUpOn')}
          value={values.pickedUpOn}
          error={errors.pickedUpOn}
          onChange={(v) => set('pickedUpOn', v)}
        />
        <TextField
          name="activatedOn"
          type="date"
          label={t('card:fields.activatedOn')}
          hint={t('card:hints.activatedOn')}
          value={values.activatedOn}
          error={errors.activatedOn}
          onChange={(v) => set('activatedOn', v)}
        />
      </fieldset>

      <FormActions formError={formError} submitting={submitting} dirty={dirty} />
      <StatusMessage message={status} />
    </form>
  );
}
