import { useId, useState, type FormEvent } from 'react';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { filingsEndedOnSuccess } from '@/domain/filing/rules';
import { Field, SelectField, TextField } from '@/components/form/field';
import { FormActions } from '@/components/form/form-actions';
import { useForm, useSubmitOnce } from '@/components/form/use-form';
import { useEditedRecord } from '@/components/form/use-seen-version';
import { requestPersistentStorage } from '@/components/storage';
import { useToday } from '@/components/use-today';
import { LongTermOverlapError, saveFiling } from '@/data/repositories/filings';
import { fieldErrorsFromIssues, type FieldErrors } from '@/domain/common/issues';
import { compareIsoDates } from '@/domain/dates/iso-date';
import { findPlace, isInGuangdong, placeInSentence, PLACES } from '@/domain/filing/places';
import { PLACE_NAME_WITH_PINYIN } from '@/domain/settings/languages';
import { currentLanguageOf } from '@/components/language';
import {
  FILING_CHANNELS,
  FILING_STATUSES,
  FILING_TYPES,
  filingSchema,
  type Filing,
  type FilingType,
} from '@/domain/filing/schema';
import { saveErrorKey } from '@/components/form/save-error';
import { useTranslation } from '@/components/translation-keys';

interface Values {
  type: string;
  destination: string;
  startDate: string;
  submittedOn: string;
  status: string;
  channel: string;
  reference: string;
  validUntilOverride: string;
  note: string;
}

const destinationText = (f: Filing) =>
  PLACES.find((p) => p.province === f.destinationProvince && p.city === f.destinationCity)?.label ??
  [f.destinationProvince, f.destinationCity].filter(Boolean).join(' ');

/** Add or edit a filing. Applies the supersede and overlap rules when it is saved. */
export function FilingForm({
  profileId,
  editing,
  initialType,
  others,
  onSaved,
  onCancel,
}: {
  profileId: string;
  editing: Filing | undefined;
  initialType: FilingType | undefined;
  /** The person's filings, to warn before this one ends one of them. */
  others: readonly Filing[];
  onSaved: (message: string) => void;
  onCancel: () => void;
}) {
  const { t, i18n } = useTranslation(['filings', 'common', 'validation']);
  const inSentence = (f: Filing) => placeInSentence(f, PLACE_NAME_WITH_PINYIN[currentLanguageOf(i18n)]);
  const today = useToday();
  const listId = useId();
  const initial: Values = {
    type: editing?.type ?? initialType ?? '',
    destination: editing ? destinationText(editing) : '',
    startDate: editing?.startDate ?? '',
    submittedOn: editing?.submittedOn ?? '',
    // A new filing is a plan until the user says it was submitted (UX review 5.3).
    status: editing?.status ?? 'draft',
    channel: editing?.channel ?? '',
    reference: editing?.reference ?? '',
    validUntilOverride: editing?.validUntilOverride ?? '',
    note: editing?.note ?? '',
  };
  const { formRef, values, setValues, set, errors, formError, setFormError, showErrors } = useForm(initial);
  const { submitting, submitOnce, runOnce } = useSubmitOnce();
  const { version } = useEditedRecord(editing, initial, values, setValues);

  /** A checked filing that would end others: the dialog asks before it is saved. */
  const [pending, setPending] = useState<{ data: Filing; ending: Filing[] } | null>(null);

  const place = findPlace(values.destination);
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    const typed = values.destination.trim();
    const input = {
      profileId,
      type: values.type,
      // A place from the list is stored as province and city; anything else is kept as typed.
      destinationProvince: place ? place.province : typed,
      destinationCity: place?.city,
      startDate: values.startDate,
      submittedOn: values.submittedOn,
      status: values.status,
      channel: values.channel,
      reference: values.reference,
      validUntilOverride: values.validUntilOverride,
      note: values.note,
      supersededBy: editing?.supersededBy,
    };
    const parsed = filingSchema.safeParse({ ...input, id: editing?.id ?? 'draft' });
    const next: FieldErrors = parsed.success ? {} : fieldErrorsFromIssues(parsed.error.issues);
    if (next.destinationProvince) next.destination = next.destinationProvince;
    if (parsed.success && parsed.data.submittedOn && compareIsoDates(parsed.data.submittedOn, today) > 0)
      next.submittedOn = { key: 'validation:future' };
    if (showErrors(next) || !parsed.success) return;
    // Before it ends a temporary filing in force elsewhere: say so, with the rule, and let the user stop.
    const ends = filingsEndedOnSuccess(
      { ...parsed.data, id: editing?.id ?? parsed.data.id },
      others.filter((f) => f.id !== editing?.id),
    ).filter((f) => !editing || editing.status !== 'approved' || f.supersededBy !== editing.id);
    if (ends.length > 0) {
      setPending({ data: parsed.data, ending: ends });
      return;
    }
    await save(parsed.data);
  };

  const save = async (checked: Filing) => {
    const { id: _draft, ...data } = checked;
    const result = await version.store(
      (seen) => saveFiling(editing ? { ...data, id: editing.id } : data, seen),
      (error) =>
        setFormError(
          error instanceof LongTermOverlapError
            ? t('filings:errors.longTermOverlap', {
                type: t(`filings:types.${error.conflicting.type}`),
                place: inSentence(error.conflicting),
              })
            : t(saveErrorKey(error)),
        ),
      (stored) => stored.filing,
    );
    if (!result) return;
    void requestPersistentStorage();
    const parts = [t('filings:saved')];
    if (result.superseded.length > 0)
      parts.push(t('filings:supersededNotice', { count: result.superseded.length }));
    if (result.replacesOnApproval.length > 0)
      parts.push(
        t('filings:replacesOnApproval', {
          place: result.replacesOnApproval.map(inSentence).join(t('common:punctuation.list')),
        }),
      );
    if (result.restored.length > 0)
      parts.push(t('filings:restoredNotice', { count: result.restored.length }));
    if (result.needsResidenceProof) parts.push(t('filings:residenceProof'));
    onSaved(parts.join(' '));
  };

  const temporaryInGuangdong =
    values.type === 'temporary-travel' && place !== undefined && isInGuangdong(place);
  return (
    <form ref={formRef} className="form" noValidate onSubmit={submitOnce(onSubmit)}>
      <SelectField
        name="type"
        label={t('filings:fields.type')}
        hint={t('filings:hints.type')}
        required
        placeholder={t('filings:choose')}
        value={values.type}
        error={errors.type}
        options={FILING_TYPES.map((value) => ({ value, label: t(`filings:types.${value}`) }))}
        onChange={(v) => set('type', v)}
      />
      <Field
        label={t('filings:fields.destination')}
        required
        hint={
          place
            ? t('filings:destinationFound', { place: place.label })
            : values.destination.trim()
              ? t('filings:destinationFree')
              : t('filings:hints.destination')
        }
        error={errors.destination}
      >
        {(control) => (
          <input
            {...control}
            className="input"
            name="destination"
            list={listId}
            autoComplete="off"
            value={values.destination}
            onChange={(e) => set('destination', e.target.value)}
          />
        )}
      </Field>
      <datalist id={listId}>
        {PLACES.map((p) => (
          <option key={p.label} value={p.label} />
        ))}
      </datalist>
      {temporaryInGuangdong ? <p className="notice">{t('filings:inGuangdong')}</p> : null}
      <TextField
        name="startDate"
        type="date"
        label={t('filings:fields.startDate')}
        required
        value={values.startDate}
        error={errors.startDate}
        onChange={(v) => set('startDate', v)}
      />
      <TextField
        name="submittedOn"
        type="date"
        label={t('filings:fields.submittedOn')}
        value={values.submittedOn}
        error={errors.submittedOn}
        onChange={(v) => set('submittedOn', v)}
      />
      <SelectField
        name="status"
        label={t('filings:fields.status')}
        value={values.status}
        error={errors.status}
        options={FILING_STATUSES.map((value) => ({ value, label: t(`filings:statuses.${value}`) }))}
        onChange={(v) => set('status', v)}
      />
      <SelectField
        name="channel"
        label={t('filings:fields.channel')}
        placeholder={t('filings:notSet')}
        value={values.channel}
        error={errors.channel}
        options={FILING_CHANNELS.map((value) => ({ value, label: t(`filings:channels.${value}`) }))}
        onChange={(v) => set('channel', v)}
      />
      <TextField
        name="reference"
        label={t('filings:fields.reference')}
        value={values.reference}
        error={errors.reference}
        onChange={(v) => set('reference', v)}
      />
      <TextField
        name="validUntilOverride"
        type="date"
        label={t('filings:fields.validUntilOverride')}
        hint={t('filings:hints.validUntilOverride')}
        value={values.validUntilOverride}
        error={errors.validUntilOverride}
        onChange={(v) => set('validUntilOverride', v)}
      />
      <TextField
        name="note"
        label={t('filings:fields.note')}
        value={values.note}
        error={errors.note}
        onChange={(v) => set('note', v)}
      />
      <FormActions formError={formError} submitting={submitting} onCancel={onCancel} />
      <ConfirmDialog
        open={pending !== null}
        title={t('filings:replaceWarning.title', {
          place: (pending?.ending ?? []).map(inSentence).join(t('common:punctuation.list')),
        })}
        confirmLabel={t('filings:replaceWarning.continue')}
        onCancel={() => setPending(null)}
        onConfirm={() => {
          const data = pending?.data;
          setPending(null);
          // Through the same guard as Save: a double tap on "Save anyway" saves once.
          if (data) runOnce(() => save(data));
        }}
      >
        <p>{t('filings:replaceWarning.rule')}</p>
        <p>{t('filings:replaceWarning.advice')}</p>
      </ConfirmDialog>
    </form>
  );
}
