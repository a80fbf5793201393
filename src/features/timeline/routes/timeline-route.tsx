import { PlannedScreen } from '@/components/PlannedScreen';

/** The timeline screen: until its feature lands, a translated account of what it will hold. */
export function Component() {
  return <PlannedScreen namespace="timeline" itemCount={6} />;
}
