import type { ReactNode } from 'react';

/**
 * A wide table's own scrolling box: the page never scrolls sideways on a phone, the table does, and a
 * keyboard user can reach and scroll it (a named region in the tab order).
 */
export function ScrollBox({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-wrap" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
