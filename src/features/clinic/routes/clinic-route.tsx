import { PlannedScreen } from '@/components/PlannedScreen';

/** The clinic screen: until its feature lands, a translated account of what it will hold. */
export function Component() {
  return <PlannedScreen namespace="clinic" itemCount={5} />;
}
