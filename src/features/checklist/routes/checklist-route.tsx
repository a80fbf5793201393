import { PlannedScreen } from '@/components/PlannedScreen';

/** The checklist screen: until its feature lands, a translated account of what it will hold. */
export function Component() {
  return <PlannedScreen namespace="checklist" itemCount={5} />;
}
