import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import { useUnsavedChanges } from '@/components/form/unsaved-changes';
import { initTestI18n } from '../i18n';
import { UpdatePrompt } from './update-prompt';

const updateServiceWorker = vi.fn(async () => undefined);
const registered: { options?: { onNeedReload?: () => void } } = {};
vi.mock('virtual:pwa-register/react', () => ({
  useRegisterSW: (options: { onNeedReload?: () => void }) => {
    registered.options = options;
    return { needRefresh: [true, vi.fn()], offlineReady: [false, vi.fn()], updateServiceWorker };
  },
}));

function DirtyForm({ dirty, risk = 'unsaved' }: { dirty: boolean; risk?: 'unsaved' | 'import' }) {
  useUnsavedChanges(dirty, risk);
  return null;
}

describe('update prompt', () => {
  it('will not reload while a form has unsaved edits, and offers it once they are saved', async () => {
    const i18n = await initTestI18n('en', () => undefined);
    const user = userEvent.setup();
    const view = render(
      <I18nextProvider i18n={i18n}>
        <UpdatePrompt />
        <DirtyForm dirty />
      </I18nextProvider>,
    );
    const reload = await screen.findByRole('button', { name: 'Reload and update' });
    expect(reload).toBeDisabled();
    expect(screen.getByText(/Save or undo your changes first/)).toBeInTheDocument();
    await user.click(reload);
    expect(updateServiceWorker).not.toHaveBeenCalled();

    act(() => {
      view.rerender(
        <I18nextProvider i18n={i18n}>
          <UpdatePrompt />
          <DirtyForm dirty={false} />
        </I18nextProvider>,
      );
    });
    expect(reload).toBeEnabled();
    await user.click(reload);
    expect(updateServiceWorker).toHaveBeenCalledTimes(1);
  });

  // security review F6
  it('does not reload a tab with unsaved edits when another tab accepted the update', async () => {
    const i18n = await initTestI18n('en', () => undefined);
    render(
      <I18nextProvider i18n={i18n}>
        <UpdatePrompt />
        <DirtyForm dirty />
      </I18nextProvider>,
    );
    // The new service worker took control: vite-plugin-pwa would reload the page here.
    act(() => registered.options?.onNeedReload?.());
    expect(await screen.findByRole('heading', { name: 'The app was updated in another tab' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Reload now' })).toBeDisabled();
    expect(screen.getByText(/Save or undo your changes first/)).toBeInTheDocument();
  });

  it('says to wait for an import, not to save, while one is being written', async () => {
    const i18n = await initTestI18n('en', () => undefined);
    render(
      <I18nextProvider i18n={i18n}>
        <UpdatePrompt />
        <DirtyForm dirty risk="import" />
      </I18nextProvider>,
    );
    expect(await screen.findByText(/Wait until the import has finished/)).toBeInTheDocument();
  });
});
