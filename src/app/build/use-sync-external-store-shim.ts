/**
 * What the build gives for `use-sync-external-store/shim` (vite.config.ts, resolve.alias): react-i18next
 * imports that package for React 17, where the hook did not exist. React 19 has it, and the package's shim
 * only checks for it at run time: this saves its code from the first load.
 */
export { useSyncExternalStore } from 'react';
