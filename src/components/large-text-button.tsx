import { useLargeText } from './large-text';

/** The large-text switch (a pressed button), wherever a screen offers it; `label` is the screen's words. */
export function LargeTextButton({ label }: { label: string }) {
  const [largeText, setLargeText] = useLargeText();
  return (
    <button
      type="button"
      className="button"
      aria-pressed={largeText}
      onClick={() => setLargeText(!largeText)}
    >
      {label}
    </button>
  );
}
