import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { Link } from './link';

function Where() {
  const { pathname, search, hash } = useLocation();
  return <output aria-label="where">{`${pathname}${search}${hash}`}</output>;
}

function renderAt(path: string, element: React.ReactNode) {
  render(
    <MemoryRouter initialEntries={[path]}>
      <Routes>
        <Route path="/people/*" element={element} />
        <Route path="*" element={element} />
      </Routes>
      <Where />
    </MemoryRouter>,
  );
  return userEvent.setup();
}

const where = () => screen.getByRole('status', { name: 'where' }).textContent;

describe('Link', () => {
  it('is a real link to its address, which a tap follows inside the app', async () => {
    const user = renderAt('/', <Link to="/clinic#enrolment-heading">Clinic</Link>);
    const link = screen.getByRole('link', { name: 'Clinic' });
    expect(link).toHaveAttribute('href', '/clinic#enrolment-heading');
    await user.click(link);
    expect(where()).toBe('/clinic#enrolment-heading');
  });

  it('resolves a relative address from the route it is in', () => {
    renderAt('/people/2', <Link to="edit">Edit</Link>);
    expect(screen.getByRole('link', { name: 'Edit' })).toHaveAttribute('href', '/people/2/edit');
  });

  it('leaves a click with a modifier, a middle click or another target to the browser', () => {
    renderAt(
      '/',
      <>
        <Link to="/card">Card</Link>
        <Link to="/guides" target="_blank">
          Guides
        </Link>
      </>,
    );
    // Whether the app kept the click from the browser, seen after React's handlers (and then kept from the
    // test's browser, which would otherwise try to open the address).
    const leftToBrowser: boolean[] = [];
    const record = (event: MouseEvent) => {
      leftToBrowser.push(!event.defaultPrevented);
      event.preventDefault();
    };
    window.addEventListener('click', record);
    const card = screen.getByRole('link', { name: 'Card' });
    for (const click of [{ ctrlKey: true }, { metaKey: true }, { shiftKey: true }, { button: 1 }])
      fireEvent.click(card, click);
    fireEvent.click(screen.getByRole('link', { name: 'Guides' }));
    fireEvent.click(card);
    window.removeEventListener('click', record);
    expect(leftToBrowser).toEqual([true, true, true, true, true, false]);
    expect(where()).toBe('/card'); // only the plain click
  });

  it("runs the screen's own click handler first, which may keep the tap for itself", async () => {
    const onClick = vi.fn((event: React.MouseEvent) => event.preventDefault());
    const user = renderAt(
      '/',
      <Link to="/card" onClick={onClick}>
        Card
      </Link>,
    );
    await user.click(screen.getByRole('link', { name: 'Card' }));
    expect(onClick).toHaveBeenCalledOnce();
    expect(where()).toBe('/');
  });
});
