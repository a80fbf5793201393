import { PlannedScreen } from '@/components/PlannedScreen';

/** The shanghai screen: until its feature lands, a translated account of what it will hold. */
export function Component() {
  return <PlannedScreen namespace="shanghai" itemCount={5} />;
}
