import { PlannedScreen } from '@/components/PlannedScreen';

/** The filings screen: until its feature lands, a translated account of what it will hold. */
export function Component() {
  return <PlannedScreen namespace="filings" itemCount={5} />;
}
