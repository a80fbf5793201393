import { PlannedScreen } from '@/components/PlannedScreen';

/** The family screen: until its feature lands, a translated account of what it will hold. */
export function Component() {
  return <PlannedScreen namespace="family" itemCount={5} />;
}
