import { SvgIcon } from '@/components/svg-icon';
import type { IconName } from '../navigation';
import { iconId } from './icon-paths';

/**
 * One of the frame's icons, from the page's sprite (src/app/layout/icon-paths.ts). Decorative: the link
 * text names the screen.
 */
export function Icon({ name }: { name: IconName }) {
  return <SvgIcon symbol={iconId(name)} />;
}
