import { PlannedScreen } from '@/components/PlannedScreen';

/** The guides screen: until its feature lands, a translated account of what it will hold. */
export function Component() {
  return <PlannedScreen namespace="guides" itemCount={5} />;
}
