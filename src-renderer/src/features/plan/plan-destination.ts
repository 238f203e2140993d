// Where an item's "next action" button goes. Destinations whose screen this build does not
// have yet get no button; the item still says what to do.
import type { PlanDestination } from '@shared/plan';
import { useNavigation } from '../../app/navigation';

export function useDestination(): (destination: PlanDestination) => (() => void) | null {
  const go = useNavigation((s) => s.go);
  const openPost = useNavigation((s) => s.openPost);
  return (destination) => {
    switch (destination) {
      case 'composer':
        return () => openPost(null);
      case 'calendar':
      case 'settings':
      case 'brand-kit':
      case 'inbox':
      case 'insights':
        return () => go(destination);
    }
  };
}
