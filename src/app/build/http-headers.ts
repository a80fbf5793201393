// Build-time only: imported by vite.config.ts and the shell plugin, never by the app.

/**
 * The one source of the HTTP headers the app is served with: `vite preview` sends them, the build writes
 * them for static hosts (`dist/_headers`, read by Netlify and Cloudflare Pages) and for nginx
 * (`dist/_nginx/headers.conf`, included by deploy/nginx.conf).
 *
 * One Content-Security-Policy for the whole app: nothing from another origin, and no inline code but the
 * prerendered shell's one style and one script, which the build allows by their SHA-256 hashes
 * (src/app/shell/shell-plugin.ts). `frame-ancestors` only works as a header, so the <meta> copy leaves it out.
 */
export const CSP_DIRECTIVES: readonly string[] = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

/** Directives that only work as a header. */
export const HEADER_ONLY_DIRECTIVES: readonly string[] = ["frame-ancestors 'none'"];

/** Sent with every response, beside the Content-Security-Policy. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/**
 * How long a browser (or a CDN) may keep a response. The page, the service worker and the manifest are
 * checked every time: a cached copy of any of them keeps old code alive for days. Files under /assets/ have
 * their content's hash in their name, so they never change and may be kept for a year.
 */
export const CACHE_CONTROL = {
  revalidate: 'no-cache',
  immutable: 'public, max-age=31536000, immutable',
} as const;

/** Paths that must always be checked with the server (besides every app route, answered by index.html). */
export const ALWAYS_REVALIDATE: readonly string[] = ['/index.html', '/sw.js', '/manifest.webmanifest'];

/** The full policy for the header: the one in the page's <meta>, plus the header-only directives. */
export function headerPolicy(metaPolicy: string): string {
  return [metaPolicy, ...HEADER_ONLY_DIRECTIVES].join('; ');
}

/** Every security header with the given policy. */
export function securityHeaders(policy: string): Record<string, string> {
  return { 'Content-Security-Policy': policy, ...SECURITY_HEADERS };
}

/**
 * `_headers` for static hosts (Netlify, Cloudflare Pages): the security headers everywhere, then caching.
 * Those hosts join the values of a header that several rules give, so each path gets one Cache-Control.
 */
export function headersFile(policy: string): string {
  const block = (path: string, headers: Record<string, string>) =>
    [path, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n');
  return `${[
    '# Written by the build (src/app/build/http-headers.ts): do not edit.',
    block('/*', securityHeaders(policy)),
    ...['/', ...ALWAYS_REVALIDATE].map((path) => block(path, { 'Cache-Control': CACHE_CONTROL.revalidate })),
    block('/assets/*', { 'Cache-Control': CACHE_CONTROL.immutable }),
  ].join('\n\n')}\n`;
}

/** The same headers as nginx `add_header` lines, for deploy/nginx.conf to include in each location. */
export function nginxHeaders(policy: string): string {
  const quote = (value: string) => `"${value.replace(/(["\\$])/g, '\\$1')}"`;
  return `${[
    '# Written by the build (src/app/build/http-headers.ts): do not edit.',
    ...Object.entries(securityHeaders(policy)).map(
      ([name, value]) => `add_header ${name} ${quote(value)} always;`,
    ),
  ].join('\n')}\n`;
}
