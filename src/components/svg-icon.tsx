/**
 * A small line icon drawn inline from one SVG path (no icon font, no request). Decorative: the text beside
 * it says what it is.
 */
export function SvgIcon({
  path,
  size = 24,
  className = 'icon',
}: {
  path: string;
  size?: number;
  className?: string;
}) {
  return (
    <svg
      className={className}
      viewBox="0 0 24 24"
      width={size}
      height={size}
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d={path} />
    </svg>
  );
}
