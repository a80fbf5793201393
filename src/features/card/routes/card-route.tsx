import { PlannedScreen } from '@/components/PlannedScreen';

/** The card screen: until its feature lands, a translated account of what it will hold. */
export function Component() {
  return <PlannedScreen namespace="card" itemCount={5} />;
}
