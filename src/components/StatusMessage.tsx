/** A polite live region that is always in the page, so a confirmation is announced when its text appears. */
export function StatusMessage({ message }: { message: string | null }) {
  return (
    <p role="status" className={message ? 'status status--shown' : 'status'}>
      {message}
    </p>
  );
}
