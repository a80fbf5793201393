/**
 * A small line icon (no icon font, no request): one SVG path drawn here, or a symbol of the page's sprite
 * (the frame's icons, src/app/layout/icon-paths.ts). Decorative: the text beside it says what it is.
 */
export function SvgIcon({
  path,
  symbol,
  size = 24,
  className = 'icon',
}: {
  size?: number;
  className?: string;
} & ({ path: string; symbol?: never } | { symbol: string; path?: never })) {
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
      {symbol ? <use href={`#${symbol}`} /> : <path d={path} />}
    </svg>
  );
}
