/** A polite live region that is always in the page, so a confirmation is announced when its text appears. */
export function StatusMessage({ message }: { message: string | null }) {
  return (
    <p role="status" className={message ? 'status status--shown' : 'status'}>
      {message}
    </p>
  );
}

/** A failure the user must see now (role="alert"), or nothing while there is none. */
export function AlertMessage({ message }: { message: string | null | undefined }) {
  if (!message) return null;
  return (
    <p role="alert" className="alert">
      {message}
    </p>
  );
}
