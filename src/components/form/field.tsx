import { useId, type ReactNode } from 'react';
import type { FieldMessage } from '@/domain/common/issues';
import { EARLIEST_DATE, LATEST_DATE } from '@/domain/dates/iso-date';
import { runtimeKey, useTranslation } from '../translation-keys';

export interface FieldControlProps {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

interface FieldProps {
  label: string;
  hint?: ReactNode;
  error?: FieldMessage | undefined;
  required?: boolean;
  children: (control: FieldControlProps) => ReactNode;
}

/**
 * A labelled form field. A refused value sets aria-invalid and links its message by aria-describedby,
 * next to the field; the hint (e.g. the official Chinese name) is linked the same way.
 */
export function Field({ label, hint, error, required, children }: FieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      <div className="field__label-row">
        <label htmlFor={id} className="field__label">
          {label}
        </label>
        {required ? (
          <span className="field__required" aria-hidden="true">
            *
          </span>
        ) : null}
      </div>
      {children({ id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy })}
      {error ? <FieldError id={errorId!} error={error} /> : null}
      {hint ? (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      ) : null}
    </div>
  );
}

/**
 * A field's message, in its own component: only a field with a message asks for the translations, so a
 * keystroke that re-renders a form of twenty fields does not run react-i18next's hook twenty times (on a
 * slow phone, a third of a keystroke's work).
 */
function FieldError({ id, error }: { id: string; error: FieldMessage }) {
  const { t } = useTranslation();
  return (
    <p id={id} className="field__error">
      {t(runtimeKey(error.key), error.values)}
    </p>
  );
}

export interface Option {
  value: string;
  label: string;
}

type BaseInput = {
  label: string;
  hint?: ReactNode;
  error?: FieldMessage | undefined;
  required?: boolean;
  name: string;
  value: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
};

export function TextField({
  type = 'text',
  inputMode,
  autoCapitalize,
  autoComplete,
  masked,
  maxLength,
  ...props
}: BaseInput & {
  type?: 'text' | 'tel' | 'date' | 'email';
  inputMode?: 'text' | 'tel' | 'numeric' | 'decimal';
  /** 'characters' for codes printed in capitals (the receipt code), so a phone's keyboard starts in them. */
  autoCapitalize?: 'off' | 'characters';
  autoComplete?: string;
  masked?: boolean;
  maxLength?: number;
}) {
  return (
    <Field label={props.label} hint={props.hint} error={props.error} required={props.required}>
      {(control) => (
        <input
          {...control}
          className={masked ? 'input input--masked' : 'input'}
          type={type}
          name={props.name}
          value={props.value}
          inputMode={inputMode}
          autoCapitalize={autoCapitalize}
          autoComplete={autoComplete}
          maxLength={maxLength}
          {...(type === 'date' ? { min: EARLIEST_DATE, max: LATEST_DATE } : {})}
          required={props.required}
          spellCheck={false}
          onChange={(event) => props.onChange(event.target.value)}
          onBlur={props.onBlur}
        />
      )}
    </Field>
  );
}

export function SelectField({
  options,
  placeholder,
  ...props
}: BaseInput & { options: Option[]; placeholder?: string }) {
  return (
    <Field label={props.label} hint={props.hint} error={props.error} required={props.required}>
      {(control) => (
        <select
          {...control}
          className="input"
          name={props.name}
          value={props.value}
          required={props.required}
          onChange={(event) => props.onChange(event.target.value)}
        >
          {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

export function CheckboxField({
  label,
  hint,
  name,
  checked,
  onChange,
}: {
  label: string;
  hint?: ReactNode;
  name: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  const id = useId();
  return (
    <div className="field field--checkbox">
      <input
        id={id}
        type="checkbox"
        name={name}
        checked={checked}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(event) => onChange(event.target.checked)}
      />
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      ) : null}
    </div>
  );
}

/** One choice out of a few, each with an optional explanation under it. */
export function RadioGroup<V extends string>({
  legend,
  name,
  value,
  options,
  onChange,
}: {
  legend: string;
  name: string;
  value: V;
  options: readonly { value: V; label: string; detail?: string }[];
  onChange: (value: V) => void;
}) {
  return (
    <fieldset className="radios">
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option.value} className="radio">
          <input
            type="radio"
            name={name}
            value={option.value}
            checked={value === option.value}
            onChange={() => onChange(option.value)}
          />
          <span>
            {option.detail ? <strong>{option.label}</strong> : option.label}
            {option.detail ? <span className="tick__detail">{option.detail}</span> : null}
          </span>
        </label>
      ))}
    </fieldset>
  );
}
