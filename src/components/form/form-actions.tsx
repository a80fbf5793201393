import type { ReactNode } from 'react';
import { AlertMessage } from '../status-message';
import { useTranslation } from '@/components/translation-keys';

/**
 * The end of every form: a message about the whole form (role="alert"), Save (disabled, with "Saving…" beside
 * it, while the write settles), and optional Cancel or more.
 */
export function FormActions({
  formError,
  dirty,
  submitting = false,
  onCancel,
  children,
}: {
  formError: string | null;
  dirty?: boolean;
  /** While the save is being written: Save is disabled and says so. */
  submitting?: boolean;
  onCancel?: () => void;
  children?: ReactNode;
}) {
  const { t } = useTranslation(['common']);
  return (
    <>
      <AlertMessage message={formError} />
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={submitting} aria-busy={submitting}>
          {t('common:actions.save')}
        </button>
        {submitting ? (
          <span className="muted">{t('common:actions.saving')}</span>
        ) : dirty ? (
          <span className="muted">{t('common:unsaved')}</span>
        ) : null}
        {onCancel ? (
          <button type="button" className="button" onClick={onCancel}>
            {t('common:actions.cancel')}
          </button>
        ) : null}
        {children}
      </div>
    </>
  );
}
