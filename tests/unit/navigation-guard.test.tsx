import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter, Route, Routes } from 'react-router';
import { Link } from '@/components/link';
import { describe, expect, it } from 'vitest';
import { initTestI18n } from '@/app/i18n';
import { leaveRisk, useUnsavedChanges, type LeaveRisk } from '@/components/form/unsaved-changes';
import { NavigationGuard } from '@/components/navigation-guard';

function Editor({ risk }: { risk: LeaveRisk }) {
  const [text, setText] = useState('');
  useUnsavedChanges(text !== '', risk);
  return (
    <>
      <h1>Editor</h1>
      <label>
        Note
        <input value={text} onChange={(event) => setText(event.target.value)} />
      </label>
      <a href="#main">Skip</a>
      <a href="https://example.org/" target="_blank" rel="noreferrer">
        Elsewhere
      </a>
    </>
  );
}

/** The question on screen, if any (a closed <dialog> stays in the document). */
const openDialog = () => document.querySelector('dialog[open]');

async function renderApp(risk: LeaveRisk = 'unsaved', language: 'en' | 'es' = 'en') {
  const i18n = await initTestI18n(language, () => undefined);
  render(
    <I18nextProvider i18n={i18n}>
      <MemoryRouter initialEntries={['/edit']}>
        <Link to="/other">Other screen</Link>
        <Routes>
          <Route path="/edit" element={<Editor risk={risk} />} />
          <Route path="/other" element={<h1>Other</h1>} />
        </Routes>
        <NavigationGuard />
      </MemoryRouter>
    </I18nextProvider>,
  );
  return userEvent.setup();
}

describe('NavigationGuard', () => {
  it('lets a link go when nothing would be lost', async () => {
    const user = await renderApp();
    expect(leaveRisk()).toBeNull();
    await user.click(screen.getByRole('link', { name: 'Other screen' }));
    expect(await screen.findByRole('heading', { name: 'Other' })).toBeInTheDocument();
    expect(openDialog()).toBeNull();
  });

  it('asks before a link leaves unsaved edits: Stay keeps them, Leave goes', async () => {
    const user = await renderApp();
    await user.type(screen.getByLabelText('Note'), 'half a thought');
    expect(leaveRisk()).toBe('unsaved');

    await user.click(screen.getByRole('link', { name: 'Other screen' }));
    const dialog = await screen.findByRole('dialog', { name: 'Leave without saving?' });
    expect(dialog).toHaveAttribute('open');
    expect(screen.getByRole('heading', { name: 'Editor' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Stay' }));
    expect(openDialog()).toBeNull();
    expect(screen.getByLabelText('Note')).toHaveValue('half a thought');

    await user.click(screen.getByRole('link', { name: 'Other screen' }));
    await user.click(await screen.findByRole('button', { name: 'Leave' }));
    expect(await screen.findByRole('heading', { name: 'Other' })).toBeInTheDocument();
    expect(leaveRisk()).toBeNull();
  });

  it('does not ask for a link within the screen or one that opens elsewhere', async () => {
    const user = await renderApp();
    await user.type(screen.getByLabelText('Note'), 'x');
    await user.click(screen.getByRole('link', { name: 'Skip' }));
    expect(openDialog()).toBeNull();
    // A new tab leaves this page as it is.
    screen.getByRole('link', { name: 'Elsewhere' }).addEventListener('click', (e) => e.preventDefault());
    await user.click(screen.getByRole('link', { name: 'Elsewhere' }));
    expect(openDialog()).toBeNull();
    expect(screen.getByRole('heading', { name: 'Editor' })).toBeInTheDocument();
  });

  it('says a running import would stop, in the reader’s language', async () => {
    const user = await renderApp('import', 'es');
    await user.type(screen.getByLabelText('Note'), 'x');
    expect(leaveRisk()).toBe('import');
    await user.click(screen.getByRole('link', { name: 'Other screen' }));
    expect(await screen.findByRole('dialog', { name: '¿Detener la importación?' })).toHaveAttribute('open');
    expect(screen.getByRole('button', { name: 'Quedarse' })).toBeInTheDocument();
  });
});
