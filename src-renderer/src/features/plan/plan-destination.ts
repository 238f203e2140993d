// Where an item's "next action" button goes. Destinations whose screen this build does not
// have yet get no button; the item still says what to do.
import type { PlanDestination } from '@shared/plan';
import { useNavigationStore } from '../../state/navigation-store';

export function useDestination(): (destination: PlanDestination) => (() => void) | null {
  const go = useNavigationStore((s) => s.go);
  const openPost = useNavigationStore((s) => s.openPost);
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
