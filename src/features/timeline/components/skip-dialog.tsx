import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from '@/components/translation-keys';

/** Asks why a step is skipped (optional), so the list can say so later. */
export function SkipDialog({
  title,
  onSkip,
  onCancel,
}: {
  title: string | null;
  onSkip: (reason: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation(['timeline', 'common']);
  const ref = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  const reasonId = useId();
  const [reason, setReason] = useState('');
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (title !== null && !dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    }
    if (title === null && dialog.open) dialog.close();
  }, [title]);
  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={headingId}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <form
        method="dialog"
        onSubmit={(event) => {
          event.preventDefault();
          onSkip(reason.trim());
          setReason('');
        }}
      >
        <h2 id={headingId}>{t('timeline:skip.title', { title: title ?? '' })}</h2>
        <div className="field">
          <label htmlFor={reasonId} className="field__label">
            {t('timeline:skip.reason')}
          </label>
          <textarea
            id={reasonId}
            className="input"
            rows={3}
            maxLength={500}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
          />
        </div>
        <div className="actions">
          <button type="button" className="button" onClick={onCancel}>
            {t('common:actions.cancel')}
          </button>
          <button type="submit" className="button button--primary">
            {t('timeline:skip.confirm')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
