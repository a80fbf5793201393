import { lazy, type ComponentType } from 'react';
import { Route, Routes } from 'react-router';
import { AppShell } from './layout/AppShell';

/**
 * Each screen is its own chunk, loaded on first visit (and precached by the service worker). The app uses
 * React Router's declarative mode: it has no loaders or actions, and the data router would add about 15 KB
 * (gzip) to the first load for nothing.
 */
const screen = (load: () => Promise<{ Component: ComponentType }>) =>
  lazy(() => load().then((module) => ({ default: module.Component })));

const Timeline = screen(() => import('@/features/timeline/routes/timeline-route'));
const Profile = screen(() => import('@/features/profile/routes/profile-route'));
const Card = screen(() => import('@/features/card/routes/card-route'));
const Clinic = screen(() => import('@/features/clinic/routes/clinic-route'));
const Filings = screen(() => import('@/features/filings/routes/filings-route'));
const Shanghai = screen(() => import('@/features/shanghai/routes/shanghai-route'));
const Family = screen(() => import('@/features/family/routes/family-route'));
const Checklist = screen(() => import('@/features/checklist/routes/checklist-route'));
const Guides = screen(() => import('@/features/guides/routes/guides-route'));
const Settings = screen(() => import('@/features/settings/routes/settings-route'));
const More = screen(() => import('./routes/more-route'));
const NotFound = screen(() => import('./routes/not-found-route'));

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<AppShell />}>
        <Route index element={<Timeline />} />
        <Route path="profile" element={<Profile />} />
        <Route path="card" element={<Card />} />
        <Route path="clinic" element={<Clinic />} />
        <Route path="filings" element={<Filings />} />
        <Route path="shanghai" element={<Shanghai />} />
        <Route path="family" element={<Family />} />
        <Route path="checklist" element={<Checklist />} />
        <Route path="guides/:id?" element={<Guides />} />
        <Route path="settings" element={<Settings />} />
        <Route path="more" element={<More />} />
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  );
}
